// Overview and compare rows: heat mix shares, per-period mix, cost breakdown, period table, deltas.
import { describe, expect, it } from 'vitest';
import {
  SEASON_KEY,
  costBreakdown,
  heatMix,
  mixByPeriod,
  periodTable,
  shareVsTarget,
} from '../../renderer/features/overview/rows';
import {
  deltaRows,
  kpisOf,
  sharedPeriods,
  deltaTone,
  metricRows,
  mixRows,
  type CompareColumn,
} from '../../renderer/features/compare/rows';
import { kpis, result } from './fixtures';

describe('overview rows', () => {
  const r = result();
  it('gives each technology its share of heat produced, catalog order, summing to 1', () => {
    const mix = heatMix(r.season);
    expect(mix.map((m) => m.type)).toEqual(['geothermalWells', 'gasBoiler']);
    expect(mix[0]!.share).toBeCloseTo(432 / 456, 12);
    expect(mix.reduce((a, m) => a + m.share, 0)).toBeCloseTo(1, 12);
    expect(heatMix(kpis({ heatByTechnologyMWh: { pv: 0, gasBoiler: 5 } })).map((m) => m.type)).toEqual([
      'gasBoiler',
    ]);
  });
  it('gives the mix of every period then the season, zero-filled', () => {
    const { rows, types } = mixByPeriod(r);
    expect(types).toEqual(['geothermalWells', 'gasBoiler']);
    expect(rows.map((x) => x.x)).toEqual(['a', 'b', SEASON_KEY]);
    expect(rows[1]).toEqual({ x: 'b', geothermalWells: 100, gasBoiler: 0 });
    expect(Number(rows[0]!['geothermalWells']) + Number(rows[0]!['gasBoiler'])).toBeCloseTo(100, 9);
  });
  it('breaks the cost down with export revenue as a negative contribution', () => {
    expect(costBreakdown(r.season)).toEqual([
      { key: 'electricityCny', cny: 100 },
      { key: 'gasCny', cny: 50 },
      { key: 'vomCny', cny: 5 },
      { key: 'exportRevenueCny', cny: -20 },
    ]);
    const sum = costBreakdown(r.season).reduce((a, c) => a + c.cny, 0);
    expect(sum).toBe(r.season.operatingCostCny);
  });
  it('tabulates season and periods per KPI', () => {
    const row = periodTable(r).find((x) => x.key === 'operatingCostCny')!;
    expect(row).toEqual({ key: 'operatingCostCny', season: 135, periods: [100, 35] });
  });
  it('judges the share as shown (one decimal)', () => {
    expect(shareVsTarget(0.69996, 0.7).met).toBe(true);
    expect(shareVsTarget(0.6994, 0.7).met).toBe(false);
    expect(shareVsTarget(0.75, 0.7).gapPts).toBeCloseTo(5, 9);
  });
});

describe('compare rows', () => {
  const island = result();
  const coal = result({
    season: kpis({
      operatingCostCny: 1000,
      co2T: 500,
      tceSaved: 0,
      heatByTechnologyMWh: { coalBoiler: 456 },
    }),
  });
  const cols: CompareColumn[] = [
    {
      key: 'current',
      name: 'Island',
      result: { ...island, season: { ...island.season, co2T: 100, tceSaved: 40 } },
    },
    { key: 'baseline-coal', name: 'Coal', result: coal },
  ];
  it('puts one row per scenario for the bars', () => {
    expect(metricRows(cols, ['operatingCostCny', 'co2T'], null)).toEqual([
      { name: 'Island', key: 'current', operatingCostCny: 135, co2T: 100 },
      { name: 'Coal', key: 'baseline-coal', operatingCostCny: 1000, co2T: 500 },
    ]);
    expect(metricRows(cols, ['operatingCostCny'], 'b')[0]!['operatingCostCny']).toBe(35);
  });
  it('compares periods by id: only the periods every scenario has', () => {
    expect(sharedPeriods(cols).map((p) => p.id)).toEqual(['a', 'b']);
    const other: CompareColumn = {
      key: 'other',
      name: 'Other',
      result: { ...cols[1]!.result, periods: [cols[1]!.result.periods[1]!] },
    };
    expect(sharedPeriods([cols[0]!, other]).map((p) => p.id)).toEqual(['b']);
    expect(() => kpisOf(other.result, 'a')).toThrow(/no period "a"/);
  });
  it('gives each scenario its heat mix over the union of technologies', () => {
    const { rows, types } = mixRows(cols, null);
    expect(types).toEqual(['geothermalWells', 'gasBoiler', 'coalBoiler']);
    expect(rows[1]).toMatchObject({ name: 'Coal', coalBoiler: 100, geothermalWells: 0, gasBoiler: 0 });
  });
  it('differences every KPI from the reference', () => {
    const rows = deltaRows(cols, 'baseline-coal', null, ['operatingCostCny', 'co2T']);
    expect(rows[0]!.cells).toEqual([
      { value: 135, delta: -865, deltaPct: -0.865 },
      { value: 1000, delta: null, deltaPct: null },
    ]);
    expect(deltaRows(cols, 'current', null, ['tceSaved'])[0]!.cells[1]).toEqual({
      value: 0,
      delta: -40,
      deltaPct: -1,
    });
    expect(deltaRows(cols, 'current', null, ['unservedHeatMWh'])[0]!.cells[1]!.deltaPct).toBeNull();
  });
  it('colours a fall in cost as better and a fall in coal saved as worse', () => {
    expect(deltaTone('operatingCostCny', -865)).toBe('better');
    expect(deltaTone('tceSaved', -40)).toBe('worse');
    expect(deltaTone('co2T', 0)).toBe('same');
  });
});
