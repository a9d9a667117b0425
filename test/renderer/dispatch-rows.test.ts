// Dispatch chart rows: windows, daily means, stacking signs, balances, storage %, marginal cost, duration curve.
import { describe, expect, it } from 'vitest';
import { periodWindow, weekWindow, weeksOf, xLabel } from '../../renderer/features/dispatch/range';
import {
  durationCurve,
  electricityChart,
  heatChart,
  marginalRows,
  storageChart,
} from '../../renderer/features/dispatch/rows';
import { designRows, marginTone } from '../../renderer/features/dispatch/design';
import { tickX, showX, seriesName } from '../../renderer/features/dispatch/names';
import { result } from './fixtures';

const r = result();
const h = r.hourly!;

describe('windows', () => {
  it('finds each period and the season', () => {
    expect(periodWindow(h, 0)).toEqual({ start: 0, end: 24 });
    expect(periodWindow(h, 1)).toEqual({ start: 24, end: 48 });
    expect(periodWindow(h, 'season')).toEqual({ start: 0, end: 48 });
    expect(periodWindow(h, 7)).toEqual({ start: 0, end: 0 });
  });
  it('clamps a week into its window and starts it at midnight', () => {
    expect(weekWindow({ start: 0, end: 48 }, 30)).toEqual({ start: 0, end: 48 });
    expect(weekWindow({ start: 0, end: 400 }, 200)).toEqual({ start: 192, end: 360 });
    expect(weekWindow({ start: 0, end: 400 }, 390)).toEqual({ start: 232, end: 400 });
  });
  it('lists weeks with their dates', () => {
    expect(weeksOf(h, { start: 0, end: 48 })).toEqual([{ start: 0, label: '11-01 – 11-02' }]);
  });
  it('labels steps, days and typical days', () => {
    expect(xLabel(r, 5, 'step')).toBe('11-01 05:00');
    expect(xLabel(r, 24, 'daily')).toBe('11-02');
    expect(xLabel({ ...r, mode: 'representative' }, 30, 'step')).toBe('D2 06:00');
  });
});

describe('heat chart', () => {
  const hourly = heatChart(r, { start: 0, end: 24 }, 'step');
  it('groups instances by technology in catalog order, storage discharge then charge after producers', () => {
    expect(hourly.series.map((s) => s.key)).toEqual([
      'geothermalWells',
      'gasBoiler',
      'dis_phaseChangeStorage',
      'ch_phaseChangeStorage',
    ]);
    expect(hourly.series.map((s) => s.note)).toEqual([undefined, undefined, 'discharge', 'charge']);
    expect(hourly.series[0]!.colour).toMatch(/^#/);
  });
  it('puts storage charge below zero and keeps the demand line', () => {
    expect(hourly.rows[0]).toMatchObject({
      x: '11-01 00:00',
      t: 0,
      geothermalWells: 10,
      gasBoiler: 2,
      dis_phaseChangeStorage: 0,
      ch_phaseChangeStorage: -2,
      demand: 10,
    });
    expect(hourly.rows[12]).toMatchObject({ geothermalWells: 8, gasBoiler: 0, dis_phaseChangeStorage: 2 });
  });
  it('never lets a series change sign (sign-stacking draws clean areas)', () => {
    for (const s of hourly.series) {
      const values = hourly.rows.map((r) => Number(r[s.key]));
      expect(values.every((v) => v >= 0) || values.every((v) => v <= 0), s.key).toBe(true);
    }
  });
  it('balances: producers + storage = demand in every hour', () => {
    for (const row of hourly.rows) {
      const sum = hourly.series.reduce((acc, s) => acc + Number(row[s.key]), 0);
      expect(sum).toBeCloseTo(Number(row['demand']), 9);
    }
  });
  it('averages days in the daily view', () => {
    const daily = heatChart(r, { start: 0, end: 48 }, 'daily');
    expect(daily.rows).toHaveLength(2);
    expect(daily.rows[0]).toMatchObject({
      x: '11-01',
      t: 0,
      geothermalWells: 9,
      gasBoiler: 1,
      dis_phaseChangeStorage: 1,
      ch_phaseChangeStorage: -1,
      demand: 10,
    });
    expect(daily.rows[1]).toMatchObject({ x: '11-02', t: 24, geothermalWells: 8, demand: 8 });
  });
  it('shows unserved heat only when there is some', () => {
    const u = result();
    u.hourly!.unservedMw[3] = 1.5;
    const chart = heatChart(u, { start: 0, end: 24 }, 'step');
    expect(chart.series.map((s) => s.key)).toContain('unserved');
    expect(chart.series.findIndex((s) => s.key === 'unserved')).toBeGreaterThan(
      chart.series.findIndex((s) => s.key === 'dis_phaseChangeStorage'),
    );
    expect(chart.rows[3]!['unserved']).toBe(1.5);
    expect(heatChart(u, { start: 24, end: 48 }, 'step').series.some((s) => s.key === 'unserved')).toBe(false);
  });
});

describe('electricity chart', () => {
  const chart = electricityChart(r, { start: 0, end: 48 }, 'step');
  it('nets sources against uses in every step', () => {
    for (const row of chart.rows) {
      const net = chart.series.reduce((acc, s) => acc + Number(row[s.key]), 0);
      expect(net).toBeCloseTo(0, 9);
    }
  });
  it('draws uses below zero and names battery directions', () => {
    expect(chart.rows[0]!['use_geothermalWells']).toBe(-0.25);
    expect(chart.rows[12]!['gen_pv']).toBe(0.1);
    expect(chart.series.find((s) => s.key === 'ch_battery')!.note).toBe('chargeEl');
    expect(chart.series.find((s) => s.key === 'dis_battery')!.note).toBe('dischargeEl');
  });
});

describe('storage, marginal cost, duration curve', () => {
  it('gives the level in % of capacity and in MWh', () => {
    const s = storageChart(r, { start: 0, end: 24 }, 'step');
    expect(s.series.map((x) => x.key)).toEqual(['phaseChangeStorage_1', 'battery_1']);
    expect(s.rows[11]).toMatchObject({
      phaseChangeStorage_1: 60,
      phaseChangeStorage_1_mwh: 24,
      battery_1: 50,
    });
  });
  it('gives the day mean and max of the marginal cost', () => {
    expect(marginalRows(r, { start: 0, end: 48 }, 'daily')).toEqual([
      { x: '11-01', t: 0, mean: 11.5, max: 23 },
      { x: '11-02', t: 24, mean: 35.5, max: 47 },
    ]);
    expect(marginalRows(r, { start: 0, end: 2 }, 'step')).toEqual([
      { x: '11-01 00:00', t: 0, mean: 0, max: 0 },
      { x: '11-01 01:00', t: 1, mean: 1, max: 1 },
    ]);
    const noDuals = result();
    expect(
      marginalRows(
        { ...noDuals, hourly: { ...noDuals.hourly!, marginalHeatCostCnyPerMwh: null } },
        { start: 0, end: 2 },
        'step',
      ),
    ).toBeNull();
  });
  it('sorts the duration curve high to low against weighted hours', () => {
    const c = durationCurve(r, { start: 0, end: 48 })!;
    expect(c[0]).toEqual({ hours: 1, value: 47 });
    expect(c.at(-1)).toEqual({ hours: 48, value: 0 });
    for (let i = 1; i < c.length; i++) expect(c[i]!.value).toBeLessThanOrEqual(c[i - 1]!.value);
    const w = result();
    w.hourly!.weight.fill(26);
    expect(durationCurve(w, { start: 0, end: 48 })!.at(-1)!.hours).toBe(48 * 26);
  });
});

describe('design check rows and names', () => {
  it('rates margins against the peak', () => {
    expect(marginTone(-1, 50)).toBe('short');
    expect(marginTone(0.2, 48)).toBe('tight');
    expect(marginTone(14, 48)).toBe('ok');
  });
  it('sums firm capacity per type, largest first', () => {
    const rows = designRows({
      points: [
        {
          kind: 'coldest',
          tOutC: -18,
          when: '01-03 11:00',
          peakLoadMw: 48.5,
          firmCapacityMw: 62.7,
          marginMw: 14.2,
          byInstance: [
            { id: 'g1', type: 'gasBoiler', firmMw: 14 },
            { id: 'g2', type: 'gasBoiler', firmMw: 14 },
            { id: 'w', type: 'geothermalWells', firmMw: 15.6 },
          ],
          nMinus1: { unitOut: 'g1', unitMw: 14, firmCapacityMw: 48.7, marginMw: 0.2 },
        },
      ],
    });
    expect(rows[0]).toMatchObject({
      tone: 'ok',
      n1Tone: 'tight',
      unitOut: 'g1',
      byType: [
        { type: 'gasBoiler', mw: 28 },
        { type: 'geothermalWells', mw: 15.6 },
      ],
    });
  });
  it('localises series names and typical-day labels', () => {
    expect(
      seriesName({ key: 'ch_battery', label: { tech: 'battery' }, colour: '#000', note: 'charge' }, 'en'),
    ).toMatch(/\(charge\)$/);
    expect(seriesName({ key: 'demand', label: { ui: 'demand' }, colour: '#000' }, 'zh')).toBe('热需求');
    expect(showX('D3 06:00', 'en')).toBe('Typical day 3 06:00');
    expect(tickX('11-01 00:00')).toBe('11-01');
    expect(tickX('11-01 13:00')).toBe('13h');
  });
});
