// Workbooks re-read with exceljs: the sheets of issue 5, numbers as numbers equal to the result, units in headers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJob, type ExportItem } from '../../electron/services/export';
import { resolveScenario } from '../../electron/services/scenario-loader';
import { KPI_LABELS, type NumericKpi } from '../../solver/results/labels';
import type { DispatchResult } from '../../solver/results/types';
import { runDispatch } from '../../solver/run';
import { ROOT } from './tools';
import { MODEL_INPUT_COLUMNS } from '../helpers/engine-fixtures';

const SCENARIOS = join(ROOT, 'scenarios');
const item = (file: string): ExportItem => ({
  raw: JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')) as unknown,
  baseDir: SCENARIOS,
});
const solved = new Map<unknown, DispatchResult>();
const deps = {
  async solve(raw: unknown, baseDir: string | null) {
    const { scenario, weather, measuredDemandMw } = await resolveScenario(raw, baseDir);
    const r = await runDispatch(scenario, weather, { measuredDemandMw });
    solved.set(raw, r);
    return r;
  },
  htmlToPdf: () => Promise.reject(new Error('no PDF in this test')),
};

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Every row of a sheet as an array of cell values (1-based columns → 0-based). */
function rows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as unknown[]).slice(1);
  });
  return out.map((r) => r ?? []);
}

const HEADLINE_CHECKS: readonly NumericKpi[] = [
  'co2AvoidedT',
  'tceSaved',
  'geothermalShare',
  'costCnyPerGJ',
  'heatDeliveredMWh',
];

describe('results workbook of Energy Island No. 1', () => {
  let island: ExportItem;
  let wb: ExcelJS.Workbook;
  let result: DispatchResult;
  beforeAll(async () => {
    island = item('energy-island-1.json');
    const out = await exportJob({ format: 'xlsx', lang: 'en', items: [island] }, deps);
    expect(out.fileName).toMatch(/\.xlsx$/);
    wb = await read(out.bytes);
    result = solved.get(island.raw)!;
  }, 120_000);

  it('has the sheets Summary, Periods, Technologies, Hourly, Inputs, Assumptions, Design check', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Periods',
      'Technologies',
      'Hourly',
      'Inputs',
      'Assumptions',
      'Design check',
    ]);
  });

  it('Summary holds the headline KPIs as numbers equal to the result (unrounded, formatted by numFmt)', () => {
    const summary = rows(wb.getWorksheet('Summary')!);
    for (const k of HEADLINE_CHECKS) {
      const row = summary.find((r) => r[0] === KPI_LABELS[k].en);
      expect(row, k).toBeDefined();
      expect(typeof row![1], k).toBe('number');
      expect(row![1], k).toBe(result.season[k]);
    }
  });

  it('Hourly has label [unit] headers over machine keys and every step’s values exactly', () => {
    const hourly = rows(wb.getWorksheet('Hourly')!);
    const keys = hourly[1]!;
    expect(hourly[0]).toContain('Demand [MW]');
    expect(hourly[0]).toContain('Marginal heat cost [CNY/MWh]');
    const h = result.hourly!;
    expect(hourly.length - 2).toBe(h.n);
    const cols = {
      demand: keys.indexOf('demand_mw'),
      wells: keys.indexOf('heat_mw__geothermalWells_1'),
      boiler: keys.indexOf('heat_mw__gasBoiler_1'),
      level: keys.indexOf('level_mwh__phaseChangeStorage_1'),
      marginal: keys.indexOf('marginal_heat_cost_cny_mwh'),
    };
    for (const [name, c] of Object.entries(cols)) expect(c, name).toBeGreaterThan(0);
    // Exact doubles; Excel has no negative zero, so -0 reads back as 0.
    const same = (v: unknown, x: number | undefined) => expect(v === x || (v === 0 && x === 0)).toBe(true);
    for (let t = 0; t < h.n; t++) {
      const r = hourly[t + 2]!;
      expect(r[0]).toBe(t);
      same(r[cols.demand], h.demandMw[t]);
      same(r[cols.wells], h.heatMw['geothermalWells_1']![t]);
      same(r[cols.boiler], h.heatMw['gasBoiler_1']![t]);
      same(r[cols.level], h.storage['phaseChangeStorage_1']!.levelMwh[t]);
      same(r[cols.marginal], h.marginalHeatCostCnyPerMwh![t]);
    }
  });

  it('Inputs has the MODEL §10 columns first, one row per step', () => {
    const inputs = rows(wb.getWorksheet('Inputs')!);
    expect(inputs[1]!.slice(0, 7)).toEqual(MODEL_INPUT_COLUMNS);
    expect(inputs.length - 2).toBe(result.hourly!.n);
    expect(inputs[2]![1]).toBe('early');
  });

  it('Periods has each period’s operating cost as a number', () => {
    const periods = rows(wb.getWorksheet('Periods')!);
    const cost = periods.find((r) => r[0] === KPI_LABELS.operatingCostCny.en);
    expect(cost).toBeDefined();
    const numbers = cost!.filter((v): v is number => typeof v === 'number');
    for (const p of result.periods) expect(numbers).toContain(p.operatingCostCny);
    expect(numbers).toContain(result.season.operatingCostCny);
  });
});

describe('comparison workbook', () => {
  it('puts every scenario side by side on 方案比较, then one summary sheet each (zh sheet names)', async () => {
    const items = [item('energy-island-1.json'), item('baseline-coal.json')];
    const out = await exportJob({ format: 'xlsx', lang: 'zh', items }, deps);
    const wb = await read(out.bytes);
    expect(wb.worksheets.map((w) => w.name)[0]).toBe('方案比较');
    expect(wb.worksheets).toHaveLength(3);
    const compare = rows(wb.getWorksheet('方案比较')!);
    const co2 = compare.find((r) => r[0] === KPI_LABELS.co2T.zh);
    expect(co2).toBeDefined();
    const [island, coal] = items.map((i) => solved.get(i.raw)!);
    expect(co2!.filter((v) => typeof v === 'number')).toEqual(
      expect.arrayContaining([island!.season.co2T, coal!.season.co2T]),
    );
  }, 120_000);
});
