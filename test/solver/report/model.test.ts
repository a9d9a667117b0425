// Report model: headline figures as formatKpi prints them, accounting, unserved heat never hidden, assumptions complete.
import { beforeAll, describe, expect, it } from 'vitest';
import { technologyById } from '../../../solver/catalog';
import {
  formatKpi,
  fuelKpis,
  KPI_LABELS,
  kpiLabelOf,
  kpiValue,
  type NumericKpi,
} from '../../../solver/results/labels';
import {
  buildReportModel,
  HEADLINE_KPIS,
  tceSavedWith,
  type Block,
  type ReportModel,
  type Table,
} from '../../../solver/report';
import { rawScenario, solve, withoutGasBoilers, type Solved } from './fixture';

const GENERATED = '2025-01-15T08:00:00Z';

function tables(m: ReportModel): Table[] {
  return m.sections.flatMap((s) => s.blocks.flatMap((b: Block) => (b.kind === 'table' ? [b.table] : [])));
}

function blocks(m: ReportModel): Block[] {
  return m.sections.flatMap((s) => s.blocks);
}

let island: Solved;
let short: Solved;

beforeAll(async () => {
  island = await solve(rawScenario('energy-island-1.json'), 'representative');
  short = await solve(withoutGasBoilers(), 'representative');
});

describe('buildReportModel', () => {
  it('puts the headline KPIs first, each text exactly as formatKpi prints it, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = buildReportModel({ ...island, lang, type: 'proposal', generatedAt: GENERATED });
      expect(m.headlines.map((h) => h.key)).toEqual(HEADLINE_KPIS);
      for (const h of m.headlines) {
        expect(h.value).toBe(island.result.season[h.key]);
        expect(h.text).toBe(formatKpi(h.key, island.result.season[h.key], lang));
        expect(h.label).toBe(KPI_LABELS[h.key][lang]);
      }
    }
  });

  it('states the mode beside the figures and the generation time as given', () => {
    const m = buildReportModel({ ...island, lang: 'en', type: 'proposal', generatedAt: GENERATED });
    expect(m.meta.find((x) => x.label === 'Mode')?.value).toMatch(
      /representative mode \(3 typical days per period\)/,
    );
    expect(m.meta.find((x) => x.label === 'Generated')?.value).toBe(GENERATED);
    expect(m.footer).toMatch(/representative mode/);
  });

  it('names the accounting convention, the grid factor and the generation-value alternative', () => {
    const m = buildReportModel({ ...island, lang: 'en', type: 'proposal', generatedAt: GENERATED });
    const text = blocks(m)
      .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
      .join(' ');
    const k = island.result.season;
    // island tce with 0.300 kgce/kWh: imp·0.300 instead of imp·0.1229 (kgce/kWh = tce/MWh).
    const alt = k.baselineTce - (k.islandTce + k.gridImportMWh * (0.3 - 0.1229));
    expect(tceSavedWith(k, island.scenario, 0.3)).toBeCloseTo(alt, 9);
    expect(text).toContain('0.1229 kgce/kWh (equivalent value 当量值');
    expect(text).toContain(`0.300 kgce/kWh the saving would be ${formatKpi('tceSaved', alt, 'en')}`);
    expect(text).toContain('0.5703 tCO₂/MWh');
    const acc = tables(m).find((t) => t.id === 'accounting')!;
    expect(acc.rows.map((r) => r.cells[1])).toContainEqual({ n: alt, digits: 0 });
  });

  it('is deterministic: the same input gives the same model', () => {
    const input = { ...island, lang: 'zh' as const, type: 'technical' as const, generatedAt: GENERATED };
    expect(JSON.stringify(buildReportModel(input))).toBe(JSON.stringify(buildReportModel(input)));
  });

  it('gives the technical report every KPI for the season and each period', () => {
    const m = buildReportModel({ ...island, lang: 'en', type: 'technical', generatedAt: GENERATED });
    const kpis = tables(m).find((t) => t.id === 'kpis')!;
    const keys = [...(Object.keys(KPI_LABELS) as NumericKpi[]), ...fuelKpis('both')];
    expect(kpis.rows).toHaveLength(keys.length);
    expect(kpis.columns).toHaveLength(2 + 1 + island.result.periods.length);
    for (const key of keys) {
      const cells = kpis.rows.find((r) => r.cells[0] === kpiLabelOf(key).en)!.cells;
      expect(cells[2]).toMatchObject({ n: kpiValue(island.result.season, key) });
      island.result.periods.forEach((p, j) => expect(cells[3 + j]).toMatchObject({ n: kpiValue(p, key) }));
    }
    const ids = m.sections.map((s) => s.id);
    expect(ids).toEqual([
      'run',
      'kpis',
      'heat',
      'electricity',
      'costs',
      'marginal',
      'storage',
      'constraints',
      'design',
      'appendix',
    ]);
  });

  it('lists every parameter of every enabled technology with its catalog source in the appendix', () => {
    const m = buildReportModel({ ...island, lang: 'zh', type: 'proposal', generatedAt: GENERATED });
    const a = tables(m).find((t) => t.id === 'assumptions')!;
    const sources = a.rows.map((r) => String(r.cells[4]));
    for (const inst of island.scenario.technologies.filter((t) => t.enabled)) {
      const def = technologyById(inst.type)!;
      for (const spec of Object.values(def.params)) {
        expect(a.rows.some((r) => r.cells[1] === spec.label.zh)).toBe(true);
        expect(sources.some((s) => s.includes(spec.source))).toBe(true);
      }
    }
    expect(
      a.rows.some((r) => r.cells[1] === '电网排放因子' && (r.cells[2] as { n: number }).n === 0.5703),
    ).toBe(true);
  });

  it('shows unserved heat prominently: an error alert first, flagged rows, a red chart series', () => {
    expect(short.result.season.unservedHeatMWh).toBeGreaterThan(0);
    for (const type of ['proposal', 'technical'] as const) {
      const m = buildReportModel({ ...short, lang: 'en', type, generatedAt: GENERATED });
      const first = m.sections[0]!.blocks[0]!;
      expect(first.kind).toBe('alert');
      expect(first.kind === 'alert' && first.level).toBe('error');
      expect(first.kind === 'alert' && first.text).toContain(
        formatKpi('unservedHeatMWh', short.result.season.unservedHeatMWh, 'en'),
      );
      const flagged = tables(m).flatMap((t) => t.rows.filter((r) => r.tone === 'warn'));
      expect(flagged.length).toBeGreaterThan(0);
    }
    const m = buildReportModel({ ...short, lang: 'en', type: 'proposal', generatedAt: GENERATED });
    const charts = blocks(m).flatMap((b) =>
      b.kind === 'chart' ? [b.chart] : b.kind === 'charts' ? b.charts : [],
    );
    const overview = charts.find((c) => c.id === 'overview');
    expect(overview?.kind === 'stackedArea' && overview.series.some((s) => s.key === 'unserved')).toBe(true);
  });

  it('compares with baselines side by side when given', () => {
    const m = buildReportModel({
      ...island,
      lang: 'en',
      type: 'proposal',
      generatedAt: GENERATED,
      baselines: [{ name: 'No gas', result: short.result }],
    });
    const cmp = tables(m).find((t) => t.id === 'compare')!;
    expect(cmp.columns.map((c) => c.label)).toEqual([
      'KPI',
      'Unit',
      'Energy Island No. 1, Taiyuan',
      'No gas',
    ]);
    const co2 = cmp.rows.find((r) => r.cells[0] === KPI_LABELS.co2T.en)!;
    expect(co2.cells.slice(2)).toEqual([
      { n: island.result.season.co2T, digits: 0 },
      { n: short.result.season.co2T, digits: 0 },
    ]);
  });

  it('credits a tariff to the official document only while its values are the preset’s', async () => {
    const raw = rawScenario('energy-island-1.json');
    const tariffRows = async (r: Record<string, unknown>) => {
      const { scenario, result } = await solve(r, 'representative');
      const model = buildReportModel({
        scenario,
        result,
        lang: 'en',
        type: 'proposal',
        generatedAt: GENERATED,
      });
      return JSON.stringify(model.sections);
    };
    expect(await tariffRows(raw)).toContain('2021〕479号');
    const edited = structuredClone(raw);
    (edited['tariff'] as { multipliers: { peak: number } }).multipliers.peak = 1.9;
    expect(await tariffRows(edited)).not.toContain('2021〕479号');
  });
});
