// Proposal and technical PDFs through headless Chromium: headline numbers as `island run --json` gives them, page count, CJK font, PNGs.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKpi } from '../../solver/results/labels';
import { CJK_FONT_STACK, HEADLINE_KPIS } from '../../solver/report';
import { exportJob, type ExportDeps } from '../../electron/services/export';
import { detectCjkFont, NO_CJK_FONT_WARNING } from '../../electron/services/export/fonts';
import { htmlToPdfWithChromium } from '../../electron/services/export/pdf-chromium';
import { rawScenario, SCENARIOS_DIR, solve, withoutGasBoilers, type Solved } from '../solver/report/fixture';
import { artifacts, islandRunJson, pdfPages, pdfText, sh } from './tools';

const GENERATED = '2025-01-15T08:00:00Z';
const island = rawScenario('energy-island-1.json');

let solved: Solved;
let json: { season: Record<string, number> };
const timings: Record<string, number> = {};

beforeAll(async () => {
  [solved, json] = await Promise.all([solve(island, 'season'), islandRunJson('energy-island-1.json')]);
});

afterAll(() => {
  writeFileSync(join(artifacts(), 'timings-pdf.json'), `${JSON.stringify(timings, null, 2)}\n`);
});

const deps = (): ExportDeps => ({ solve: async () => solved.result, htmlToPdf: htmlToPdfWithChromium });

/** Writes the PDF and its first two pages as 60-dpi PNGs into test-artifacts/reports/. */
async function keep(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(artifacts(), `${name}.pdf`);
  writeFileSync(file, bytes);
  await sh('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(artifacts(), name)]);
  return file;
}

describe('proposal PDF of Energy Island No. 1', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: 4–6 A4 pages whose text holds every headline figure exactly as island run --json formats`, async () => {
      const t0 = performance.now();
      const out = await exportJob(
        {
          format: 'pdf',
          reportType: 'proposal',
          lang,
          items: [{ raw: island, baseDir: SCENARIOS_DIR }],
          generatedAt: GENERATED,
        },
        deps(),
      );
      timings[`proposal-${lang}-render-and-print-ms`] = performance.now() - t0;
      expect(out.mimeType).toBe('application/pdf');
      expect(out.fileName).toBe(`energy-island-no-1-taiyuan-proposal-${lang}.pdf`);
      expect(out.warnings).toEqual([]);
      const file = await keep(`proposal-${lang}`, out.bytes);
      const pages = await pdfPages(file);
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(6);
      const text = await pdfText(file);
      for (const key of HEADLINE_KPIS) expect(text).toContain(formatKpi(key, json.season[key]!, lang));
      expect(text).toContain(lang === 'zh' ? '清洁供热方案报告' : 'Clean heating proposal');
      expect(text).toContain(lang === 'zh' ? '全季逐时模式' : 'season mode');
      expect(text).toContain('0.5703');
      for (const page of [1, 2])
        expect(statSync(join(artifacts(), `proposal-${lang}-${page}.png`)).size).toBeGreaterThan(10_000);
    });
  }

  it('finds the CJK font the print CSS asks for (Chromium embeds it as Type 3 glyphs, so pdffonts cannot name it)', async () => {
    const font = await detectCjkFont();
    expect(font.warning).toBeNull();
    expect(font.family).toMatch(/CJK|Han|Hei/);
    expect(CJK_FONT_STACK.some((f) => f.includes(font.family!))).toBe(true);
    const text = await pdfText(join(artifacts(), 'proposal-zh.pdf'));
    expect(text).toContain('节约标准煤');
  });
});

describe('technical report and warnings', () => {
  it('prints the technical report in Chinese with every section', async () => {
    const out = await exportJob(
      {
        format: 'pdf',
        reportType: 'technical',
        lang: 'zh',
        items: [{ raw: island, baseDir: SCENARIOS_DIR }],
        generatedAt: GENERATED,
      },
      deps(),
    );
    const file = await keep('technical-zh', out.bytes);
    expect(await pdfPages(file)).toBeGreaterThanOrEqual(6);
    const text = await pdfText(file);
    for (const heading of [
      '分时期及全季指标',
      '分技术供热',
      '运行成本构成',
      '边际供热成本',
      '储能运行',
      '约束起作用情况',
      '设计校核',
      '附录',
    ])
      expect(text).toContain(heading);
    expect(text).toContain(solved.result.backend);
  });

  it('puts unserved heat on page 1 of the proposal', async () => {
    const short = await solve(withoutGasBoilers(), 'representative');
    const out = await exportJob(
      {
        format: 'pdf',
        reportType: 'proposal',
        lang: 'en',
        items: [{ raw: withoutGasBoilers(), baseDir: SCENARIOS_DIR }],
        generatedAt: GENERATED,
      },
      { solve: async () => short.result, htmlToPdf: htmlToPdfWithChromium },
    );
    expect(out.warnings.join(' ')).toMatch(/MWh of heat demand is not served/);
    const file = await keep('proposal-unserved-en', out.bytes);
    const page1 = (await sh('pdftotext', ['-f', '1', '-l', '1', file, '-'])).replace(/\s+/g, ' ');
    expect(page1).toContain(
      `Unserved heat: ${formatKpi('unservedHeatMWh', short.result.season.unservedHeatMWh, 'en')}`,
    );
  });

  it('warns when no CJK font is installed, and still prints', async () => {
    let printed = '';
    const out = await exportJob(
      {
        format: 'pdf',
        lang: 'zh',
        items: [{ raw: island, baseDir: SCENARIOS_DIR }],
        fonts: async () => ({ found: false, family: null, warning: NO_CJK_FONT_WARNING }),
      },
      {
        solve: async () => solved.result,
        htmlToPdf: async (html) => ((printed = html), new Uint8Array([37, 80, 68, 70])),
      },
    );
    expect(out.warnings).toContain(NO_CJK_FONT_WARNING);
    expect(printed).toContain("'Noto Sans CJK SC'");
  });
});
