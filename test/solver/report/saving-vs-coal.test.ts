// One "saved vs coal" figure (MODEL §9 rev 3): the coal baseline saves 0 against itself, and the island's
// saving is the same number in the Overview, Compare vs the coal scenario, the proposal and the workbook.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultWorkbook } from '../../../electron/services/export/xlsx';
import { deltaRows } from '../../../renderer/features/compare/rows';
import { HEADLINE_KPIS, periodTable } from '../../../renderer/features/overview/rows';
import { accountingTable, buildReportModel, tceSavedWith } from '../../../solver/report';
import { rawScenario, solve, type Solved } from './fixture';

/** Independent estimate: 3.6·H/(29.3076·0.70) − island tce for H ≈ 87,405 MWh (issue #11). */
const INDEPENDENT_TCE_SAVED = 13_860;

let island: Solved;
let coal: Solved;
beforeAll(async () => {
  [island, coal] = await Promise.all([
    solve(rawScenario('energy-island-1.json'), 'season'),
    solve(rawScenario('baseline-coal.json'), 'season'),
  ]);
}, 240_000);

describe('the coal baseline against itself', () => {
  it('saves 0 ± 1 tce and avoids 0 ± 3 tCO2', () => {
    console.log(`coal baseline: tce saved ${coal.result.season.tceSaved.toFixed(2)}`);
    expect(Math.abs(coal.result.season.tceSaved)).toBeLessThanOrEqual(1);
    expect(Math.abs(coal.result.season.co2AvoidedT)).toBeLessThanOrEqual(3);
  });
});

describe("the island's saving is one number", () => {
  it('is within 1 % of the independent ~13,860 tce', () => {
    const saved = island.result.season.tceSaved;
    console.log(
      `Energy Island No. 1: tce saved ${saved.toFixed(1)}, CO2 avoided ${island.result.season.co2AvoidedT.toFixed(1)} t`,
    );
    expect(Math.abs(saved / INDEPENDENT_TCE_SAVED - 1)).toBeLessThan(0.01);
  });

  it('Compare vs the coal scenario shows the same tce and tCO2 (± 1)', () => {
    const cols = [
      { key: 'island', name: 'island', result: island.result },
      { key: 'coal', name: 'coal', result: coal.result },
    ];
    const rows = deltaRows(cols, 'island', null, ['islandTce', 'co2T', 'tceSaved']);
    const delta = (key: string) => rows.find((r) => r.key === key)!.cells[1]!.delta!;
    expect(Math.abs(delta('islandTce') - island.result.season.tceSaved)).toBeLessThanOrEqual(1);
    expect(Math.abs(delta('co2T') - island.result.season.co2AvoidedT)).toBeLessThanOrEqual(3);
    expect(Math.abs(-delta('tceSaved') - island.result.season.tceSaved)).toBeLessThanOrEqual(1);
  });

  it('the Overview card and period table, the proposal and the workbook show that number', async () => {
    const saved = island.result.season.tceSaved;
    expect(HEADLINE_KPIS).toContain('tceSaved');
    expect(periodTable(island.result).find((r) => r.key === 'tceSaved')!.season).toBe(saved);
    for (const lang of ['zh', 'en'] as const) {
      const model = buildReportModel({
        scenario: island.scenario,
        result: island.result,
        lang,
        type: 'proposal',
        generatedAt: '2026-12-02T06:00:00Z',
      });
      expect(model.headlines.find((h) => h.key === 'tceSaved')!.value).toBe(saved);
    }
    const bytes = await resultWorkbook(
      { name: 'island', scenario: island.scenario, result: island.result, built: null },
      'zh',
      '2026-12-02T06:00:00Z',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('摘要')!;
    const values: number[] = [];
    summary.eachRow((row) => {
      const cells = (row.values as unknown[]).slice(1);
      if (cells[0] === '节约标准煤' && typeof cells[1] === 'number') values.push(cells[1]);
    });
    expect(values.length).toBeGreaterThanOrEqual(1);
    for (const v of values) expect(v).toBe(saved);
  });

  it('names both conventions side by side: equivalent 0.1229 and generation 0.300', () => {
    const t = accountingTable(island.result, island.scenario, 'zh');
    const labels = t.rows.map((r) => r.cells[0]);
    expect(labels).toContain('节约标准煤');
    expect(labels.some((l) => typeof l === 'string' && l.includes('0.300') && l.includes('等价值'))).toBe(
      true,
    );
    const gen = tceSavedWith(island.result.season, island.scenario, 0.3);
    const expected = island.result.season.tceSaved - island.result.season.gridImportMWh * (0.3 - 0.1229);
    expect(gen).toBeCloseTo(expected, 6);
  });
});
