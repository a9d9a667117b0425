// End to end over the browser host: KPIs equal the engine's, live edits, inline errors, language, compare.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveScenario } from '../../electron/services/scenario-loader';
import type { BundledScenario } from '../../electron/shared/ipc-contract';
import { runDispatch } from '../../solver/run';
import { formatKpi, type NumericKpi } from '../../solver/results/labels';
import type { DispatchResult } from '../../solver/results/types';
import { setAt } from '../../renderer/store/paths';
import { HEADLINE_KPIS } from '../../renderer/features/overview/rows';
import { en } from '../../renderer/features/i18n/en';
import {
  ROOT,
  VIEWPORT,
  appUrl,
  ensureRendererBuilt,
  invoke,
  launchChromium,
  shot,
  startTestHost,
  waitSolved,
  type Host,
} from './harness';

const CARD_KPIS: readonly NumericKpi[] = [...HEADLINE_KPIS, 'geothermalShare', 'unservedHeatMWh'];
type Lang = 'zh' | 'en';

let host: Host;
let browser: Browser;
let page: Page;
let bundled: readonly BundledScenario[];
const errors: string[] = [];

async function engine(raw: unknown): Promise<DispatchResult> {
  const { scenario, weather } = await resolveScenario(raw, join(ROOT, 'scenarios'));
  return runDispatch(scenario, weather, { includeHourly: false });
}
const islandRaw = async () =>
  JSON.parse(await readFile(join(ROOT, 'scenarios', 'energy-island-1.json'), 'utf8')) as unknown;
const lang = async (): Promise<Lang> =>
  (await page.getAttribute('html', 'lang'))?.startsWith('zh') ? 'zh' : 'en';
const cardText = (k: NumericKpi) => page.textContent(`[data-testid=kpi-${k}] [data-testid=kpi-value-${k}]`);
const stripText = (k: NumericKpi) =>
  page.textContent(`[data-testid=strip-${k}] [data-testid=kpi-value-${k}]`);

async function expectCards(r: DispatchResult) {
  const l = await lang();
  for (const k of CARD_KPIS) expect(await cardText(k), k).toBe(formatKpi(k, r.season[k], l));
}

beforeAll(async () => {
  ensureRendererBuilt();
  host = await startTestHost();
  bundled = await invoke<readonly BundledScenario[]>(host, 'island:scenario:list-bundled', undefined);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('the app over the browser host', () => {
  it('opens on Energy Island No. 1 with the KPIs of `island run --json`', async () => {
    const [expected] = await Promise.all([islandRaw().then(engine), page.goto(appUrl(host))]);
    await waitSolved(page);
    expect(await page.textContent('[data-testid=doc-name]')).toMatch(/Energy Island No\. 1|1号能源岛/);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    await expectCards(expected);
    expect(await page.textContent('[data-testid=mode-badge]')).toMatch(/HiGHS/);
    await shot(page, `overview-${await lang()}`);
  });

  it('re-solves when a capacity changes and shows the new KPIs', async () => {
    const before = await stripText('operatingCostCny');
    await page.click('[data-testid=nav-editor]');
    const field = page.locator('[data-testid=tech-geothermalWells_1] input.num').first();
    await field.fill('5');
    await page.waitForSelector(
      '[data-testid=solve-status][data-state=solving], [data-testid=solve-status][data-state=stale]',
    );
    await waitSolved(page);
    const expected = await engine(setAt(await islandRaw(), ['technologies', 0, 'params', 'doublets'], 5));
    expect(await stripText('operatingCostCny')).not.toBe(before);
    expect(await stripText('operatingCostCny')).toBe(
      formatKpi('operatingCostCny', expected.season.operatingCostCny, await lang()),
    );
    await page.click('[data-testid=nav-overview]');
    await expectCards(expected);
    await page.click('[data-testid=undo]');
    await waitSolved(page);
  });

  it('explains a bad value inline and keeps the last good result', async () => {
    await page.click('[data-testid=nav-editor]');
    const good = await stripText('operatingCostCny');
    const field = page.locator('[data-testid=tech-geothermalWells_1] input.num').first();
    await field.fill('1000');
    const error = page.locator('[data-testid=tech-geothermalWells_1] [role=alert]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/100/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getAttribute('[data-testid=solve-status]', 'data-state')).toBe('invalid');
    await page.waitForTimeout(800);
    expect(await stripText('operatingCostCny')).toBe(good);
    await shot(page, `editor-invalid-${await lang()}`, false);
    await field.fill('6');
    await waitSolved(page);
    expect(await stripText('operatingCostCny')).toBe(good);
  });

  it('switches every visible label between English and Chinese, and remembers it', async () => {
    for (const view of ['overview', 'dispatch', 'editor', 'compare', 'report'] as const) {
      await page.click(`[data-testid=lang-en]`);
      await page.click(`[data-testid=nav-${view}]`);
      const english = await page.innerText('#root');
      await page.click(`[data-testid=lang-zh]`);
      // Charts re-render their ticks a frame after the switch: poll until the page has settled.
      await expect
        .poll(async () => latinLeftovers(await page.innerText('#root')), { timeout: 3000, message: view })
        .toEqual([]);
      expect(await page.innerText('#root')).not.toBe(english);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    }
    expect(await page.evaluate(() => localStorage.getItem('island.lang'))).toBe('zh');
  });

  it('compares with the coal baseline and shows the deltas', async () => {
    const coal = bundled.find((b) => /coal/i.test(b.id));
    expect(coal, 'a bundled coal baseline').toBeDefined();
    await page.click('[data-testid=lang-en]');
    await page.click('[data-testid=nav-compare]');
    await page.click(`[data-testid=compare-${coal!.id}]`);
    const cell = page.locator(`[data-testid=delta-${coal!.id}-co2T]`);
    await cell.waitFor({ timeout: 90_000 });
    const [island, baseline] = await Promise.all([
      islandRaw().then(engine),
      readFile(join(ROOT, 'scenarios', coal!.file), 'utf8').then((t) => engine(JSON.parse(t))),
    ]);
    const delta = baseline.season.co2T - island.season.co2T;
    expect(await cell.textContent()).toContain(
      `${delta > 0 ? '+' : '−'}${formatKpi('co2T', Math.abs(delta), 'en')}`,
    );
    await shot(page, 'compare-en');
  });

  it('exports through the host and downloads the file (CSV, LP)', async () => {
    await page.click('[data-testid=nav-report]');
    for (const [id, ext] of [
      ['csv', '.csv'],
      ['lp', '.lp'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.click(`[data-testid=export-${id}]`),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\${ext}$`));
      expect((await download.createReadStream()) !== null).toBe(true);
    }
  });

  it('imports an EPW file through the browser and solves with it', async () => {
    await page.click('[data-testid=lang-en]');
    const before = await stripText('operatingCostCny');
    await page.click('[data-testid=nav-editor]');
    await page.click('[data-testid=section-site]');
    await page.selectOption('select:has(option[value="epw"])', 'epw');
    await page.setInputFiles(
      'input[type=file][accept=".epw"]',
      join(ROOT, 'scenarios', 'weather', 'CHN_SX_Taiyuan.537720_TMYx.epw'),
    );
    await page.waitForSelector('text=8760');
    await waitSolved(page);
    // The same Taiyuan year as the bundled weather, now read from the imported copy: the same figures.
    expect(await stripText('operatingCostCny')).toBe(before);
    expect(await page.getAttribute('[data-testid=solve-status]', 'data-state')).toBe('idle');
    await page.click('[data-testid=undo]');
    await page.click('[data-testid=undo]');
    await page.click('[data-testid=section-technologies]');
    await waitSolved(page);
  });

  it('works from the keyboard: arrow keys move between views, Ctrl+Z undoes an edit', async () => {
    await page.click('[data-testid=lang-en]');
    await page.click('[data-testid=nav-overview]');
    await page.focus('[data-testid=nav-overview]');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('[data-testid=nav-dispatch]', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'nav-dispatch',
    );
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('[data-testid=nav-editor]', 'aria-selected')).toBe('true');
    const field = page.locator('[data-testid=tech-gasBoiler_1] input.num').first();
    const before = await field.inputValue();
    // Every editor input has an accessible name.
    const unlabelled = await page.$$eval('#root input, #root select', (els) =>
      els
        .filter((el) => {
          const e = el as HTMLInputElement;
          return !(e.labels?.length || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby'));
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    await field.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12');
    await expect.poll(() => field.inputValue()).toBe('12');
    await field.blur();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => field.inputValue()).toBe(before);
    await waitSolved(page);
  });

  it('writes a screenshot of every view in both languages', async () => {
    for (const l of ['en', 'zh'] as const) {
      await page.click(`[data-testid=lang-${l}]`);
      for (const view of ['overview', 'dispatch', 'editor', 'compare', 'report'] as const) {
        await page.click(`[data-testid=nav-${view}]`);
        await page.waitForTimeout(300);
        await shot(page, `${view}-${l}`);
      }
      await page.click('[data-testid=nav-dispatch]');
      await page.click('[data-testid=resolution-week]');
      await page.waitForTimeout(300);
      expect(await page.getAttribute('[data-testid=resolution-week]', 'aria-checked')).toBe('true');
      expect(await page.getAttribute('html', 'lang')).toBe(l === 'zh' ? 'zh-CN' : 'en');
      await shot(page, `dispatch-week-${l}`);
      await page.click('[data-testid=resolution-daily]');
    }
    expect(errors).toEqual([]);
  });
});

/**
 * Latin words left on a Chinese page once the allowed ones are removed: units, solver and file-format
 * names, instance ids, and scenario names that have no Chinese name. The English dictionary's own
 * sentences must not appear.
 */
function latinLeftovers(text: string): string[] {
  const allowed = [
    /\b[a-z][A-Za-z]*_\d+\b/g, // instance ids: geothermalWells_1, pv_1
    /(?:kgCO₂|tCO₂|CO₂|MWh|MWp|MW|GJ|CNY|tce|Nm³|kWh|m²|°C|HiGHS|javascript-lp-solver|Excel|English|N−1)(?![A-Za-z])/g,
    /\b(?:pp|h|s|[A-Z]{2,}[a-z]?)\b/g, // pp, h, s; acronyms: LP, MPS, CSV, PDF, HTML, JSON, EPW, TMYx, COP, UTC
    /\b\d+(?:[.,]\d+)*\s*[kMG]?\b/g,
  ];
  const leftovers: string[] = [];
  for (const line of text.split('\n')) {
    if (line.includes('Copernicus')) continue; // the weather data attribution is quoted as licensed, in English
    let rest = line;
    for (const re of allowed) rest = rest.replace(re, ' ');
    if (/[A-Za-z]{3,}/.test(rest) && !/[\u4e00-\u9fff]/.test(line)) leftovers.push(line.trim());
    for (const sentence of Object.values(en))
      if (sentence.length > 8 && line.includes(sentence)) leftovers.push(line.trim());
  }
  return leftovers;
}
