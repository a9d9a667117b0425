// A small hand-made DispatchResult (2 days, 2 periods) whose chart rows can be checked by hand.
import { emptyKpis } from '../../solver/results/kpis';
import type { DispatchResult, Kpis, PeriodKpis } from '../../solver/results/types';

const N = 48;
const f = (fn: (t: number) => number) => Float64Array.from({ length: N }, (_, t) => fn(t));

/** Season KPIs with the fields the renderer reads; the rest zero. */
export function kpis(over: Partial<Kpis> = {}): Kpis {
  return { ...emptyKpis(), hours: 48, ...over };
}

function period(id: string, zh: string, en: string, over: Partial<Kpis>): PeriodKpis {
  return { ...kpis(over), id, label: { zh, en }, days: 1 };
}

/**
 * Day 1 (period "a"), demand 10 MW: hours 0–11 wells 10 + boilers 1 + 1 − storage charge 2; hours 12–23
 * wells 8 + storage discharge 2. Day 2 (period "b"): wells 8 MW, demand 8.
 */
export function result(over: Partial<DispatchResult> = {}): DispatchResult {
  const day1 = (t: number) => t < 24;
  return {
    scenarioName: 'fixture',
    mode: 'season',
    backend: 'highs',
    status: 'optimal',
    statusText: 'Optimal',
    objectiveCny: 1,
    warmStart: false,
    iterations: 1,
    season: kpis({
      heatByTechnologyMWh: { gasBoiler: 24, geothermalWells: 432 },
      geothermalShare: 432 / 456,
      costs: { electricityCny: 100, gasCny: 50, coalCny: 0, vomCny: 5, carbonCny: 0, exportRevenueCny: 20 },
      operatingCostCny: 135,
    }),
    periods: [
      period('a', '甲', 'A', {
        heatByTechnologyMWh: { gasBoiler: 24, geothermalWells: 240 },
        operatingCostCny: 100,
      }),
      period('b', '乙', 'B', { heatByTechnologyMWh: { geothermalWells: 192 }, operatingCostCny: 35 }),
    ],
    hourly: {
      n: N,
      label: Array.from(
        { length: N },
        (_, t) => `${t < 24 ? '11-01' : '11-02'} ${String(t % 24).padStart(2, '0')}:00`,
      ),
      weight: f(() => 1),
      period: Int32Array.from({ length: N }, (_, t) => (day1(t) ? 0 : 1)),
      tOutC: f(() => -5),
      ghiWm2: f(() => 0),
      demandMw: f((t) => (day1(t) ? 10 : 8)),
      priceElCnyPerMwh: f(() => 550),
      heatMw: {
        geothermalWells_1: f((t) => (t < 12 ? 10 : 8)),
        gasBoiler_1: f((t) => (t < 12 ? 1 : 0)),
        gasBoiler_2: f((t) => (t < 12 ? 1 : 0)),
      },
      electricityUseMw: { geothermalWells_1: f((t) => (day1(t) ? 0.25 : 0.2)) },
      renewableMw: { pv_1: f((t) => (t % 24 === 12 ? 0.1 : 0)) },
      renewableAvailableMw: { pv_1: f((t) => (t % 24 === 12 ? 0.1 : 0)) },
      storage: {
        phaseChangeStorage_1: {
          carrier: 'heat',
          chargeMw: f((t) => (t < 12 ? 2 : 0)),
          dischargeMw: f((t) => (t >= 12 && t < 24 ? 2 : 0)),
          levelMwh: f((t) => (t < 12 ? 2 * (t + 1) : t < 24 ? 24 - 2 * (t - 11) : 0)),
        },
        battery_1: {
          carrier: 'electricity',
          chargeMw: f(() => 0),
          dischargeMw: f(() => 0),
          levelMwh: f(() => 1),
        },
      },
      gridImportMw: f((t) => (day1(t) ? 0.25 : 0.2) - (t % 24 === 12 ? 0.1 : 0)),
      gridExportMw: f(() => 0),
      carrierMw: {
        grid: f((t) => (day1(t) ? 0.25 : 0.2) - (t % 24 === 12 ? 0.1 : 0)),
        gas: f(() => 0),
        coal: f(() => 0),
      },
      geothermalMw: f(() => 0),
      rejectedHeatMw: f(() => 0),
      vomCnyPerH: f(() => 0),
      unservedMw: f(() => 0),
      dumpMw: f(() => 0),
      marginalHeatCostCnyPerMwh: f((t) => t),
    },
    designCheck: { points: [] },
    policies: [],
    instances: [
      { id: 'geothermalWells_1', type: 'geothermalWells', capacity: 15.6, capacityUnit: 'MW' },
      { id: 'pv_1', type: 'pv', capacity: 0.15, capacityUnit: 'MWp' },
      { id: 'phaseChangeStorage_1', type: 'phaseChangeStorage', capacity: 40, capacityUnit: 'MWh' },
      { id: 'battery_1', type: 'battery', capacity: 2, capacityUnit: 'MWh' },
      { id: 'gasBoiler_1', type: 'gasBoiler', capacity: 14, capacityUnit: 'MW' },
      { id: 'gasBoiler_2', type: 'gasBoiler', capacity: 14, capacityUnit: 'MW' },
    ],
    invariants: null,
    lpSize: { columns: 0, rows: 0, nonzeros: 0 },
    timings: { prepareMs: 0, buildMs: 0, solveMs: 0, extractMs: 0, totalMs: 0 },
    ...over,
  };
}
