// Metamorphic tests: prices × k, permuted instances, an unused unit, and byte-identical LPs for the same scenario.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCplexLp, writeMps } from '../../../solver/backends';
import { buildModel, runDispatch } from '../../../solver/run';
import type { WeatherYear } from '../../../solver/weather';
import { loadWeather } from '../../../electron/services/scenario-loader';
import {
  buildMicro,
  obj,
  relDiff,
  shortIslandRaw,
  solveBoth,
  techs,
  validScenario,
  type JsonObject,
  type MicroInstance,
} from '../../helpers/engine-fixtures';

let weather: WeatherYear;
beforeAll(async () => {
  weather = await loadWeather(validScenario(shortIslandRaw()));
});

/** Multiplies every money input of a raw scenario by k: tariff, export, gas, coal, carbon, VOLL, dump, every VOM. */
function scalePrices(raw: JsonObject, k: number): JsonObject {
  const tariff = obj(raw, 'tariff');
  tariff['flatCnyPerMwh'] = (tariff['flatCnyPerMwh'] as number) * k;
  const prices = obj(raw, 'prices');
  for (const key of [
    'exportCnyPerMwh',
    'gasCnyPerNm3',
    'carbonCnyPerT',
    'coalCnyPerTce',
    'vollCnyPerMwh',
    'dumpCnyPerMwh',
  ]) {
    prices[key] = ((prices[key] as number | undefined) ?? defaults[key]!) * k;
  }
  for (const t of techs(raw)) {
    const params = obj(t, 'params');
    if (typeof params['vomCnyPerMwh'] === 'number') params['vomCnyPerMwh'] *= k;
  }
  return raw;
}
/** Schema defaults of the prices a scenario may leave out (scenario/schema.ts). */
const defaults: Record<string, number> = { carbonCnyPerT: 0, coalCnyPerTce: 1000 };

async function islandObjective(raw: JsonObject): Promise<number> {
  const r = await runDispatch(validScenario(raw), weather, { includeHourly: false });
  expect(r.status).toBe('optimal');
  expect(r.invariants?.ok).toBe(true);
  return r.objectiveCny;
}

describe('prices × k → objective × k', () => {
  it.each([2, 0.5])('Energy Island No. 1 (3 days, all 13 technologies), k = %s', async (k) => {
    const carbon = (raw: JsonObject) => ((obj(raw, 'prices')['carbonCnyPerT'] = 97.49), raw);
    const base = await islandObjective(carbon(shortIslandRaw()));
    const scaled = await islandObjective(scalePrices(carbon(shortIslandRaw()), k));
    expect(relDiff(scaled, k * base)).toBeLessThan(1e-9);
  });

  /* A micro-model with every price term active: pump, boiler, PV export, a store, unserved heat and dump. */
  it.each([2, 0.5])('micro-model on both backends, k = %s', async (k) => {
    const instances = (vom: number): MicroInstance[] => [
      { type: 'sewageHeatPump', params: { capacityMw: 3, cop: 4, sourceMaxMw: 200, vomCnyPerMwh: 2 * vom } },
      { type: 'gasBoiler', params: { capacityMw: 3, vomCnyPerMwh: 3 * vom } },
      { type: 'geothermalWells', params: { doublets: 1, doubletMw: 2, mustRun: 1, vomCnyPerMwh: 2 * vom } },
      { type: 'pv', params: { capacityMwp: 2 } },
      { type: 'phaseChangeStorage', params: { energyMwh: 2, chargeMw: 1, dischargeMw: 1 } },
    ];
    const spec = (f: number) => ({
      scenario: validScenario(scalePrices(shortIslandRaw(), f)),
      demandMw: [0, 6, 12, 2, 5, 8],
      ghiWm2: [0, 300, 800, 600, 100, 0],
      priceEl: [247.5, 550, 880, 550, 880, 247.5].map((p) => p * f),
      instances: instances(f),
    });
    const base = await solveBoth(buildMicro(spec(1)));
    const scaled = await solveBoth(buildMicro(spec(k)));
    expect(base.highs.kpis.unservedHeatMWh).toBeGreaterThan(0);
    expect(base.highs.kpis.dumpedHeatMWh).toBeGreaterThan(0);
    expect(relDiff(scaled.highs.objective, k * base.highs.objective)).toBeLessThan(1e-9);
    expect(relDiff(scaled.jslp.objective, k * base.jslp.objective)).toBeLessThan(1e-6);
  });
});

describe('permutations', () => {
  it('permuting technology types in the file gives a byte-identical LP (catalog order)', () => {
    const raw = shortIslandRaw();
    const list = techs(raw);
    // Reverse everything except the two gas boilers, whose relative order is their LP order.
    const boilers = list.filter((t) => t['type'] === 'gasBoiler');
    raw['technologies'] = [...list.filter((t) => t['type'] !== 'gasBoiler').reverse(), ...boilers];
    const a = buildModel(validScenario(shortIslandRaw()), weather).compiled;
    const b = buildModel(validScenario(raw), weather).compiled;
    expect(writeMps(b)).toBe(writeMps(a));
  });

  /* Boiler A (η 0.97, 10 MW) and boiler B (η 0.98, 14 MW) differ; swapping their ids must not matter. */
  it('reversing every instance, or swapping two boilers ids, leaves the objective unchanged', async () => {
    const distinct = (swap: boolean): JsonObject => {
      const raw = shortIslandRaw();
      const [a, b] = techs(raw).filter((t) => t['type'] === 'gasBoiler');
      obj(a!, 'params')['efficiency'] = 0.97;
      obj(a!, 'params')['capacityMw'] = 10;
      if (swap) [a!['id'], b!['id']] = [b!['id'], a!['id']];
      return raw;
    };
    const base = await runDispatch(validScenario(distinct(false)), weather, { includeHourly: false });
    const swapped = await runDispatch(validScenario(distinct(true)), weather, { includeHourly: false });
    const reversed = distinct(false);
    reversed['technologies'] = [...techs(reversed)].reverse();
    expect(relDiff(await islandObjective(reversed), base.objectiveCny)).toBeLessThan(1e-9);
    expect(relDiff(swapped.objectiveCny, base.objectiveCny)).toBeLessThan(1e-9);
    // The better boiler B runs first; its heat follows it to its new id.
    const heatB = base.season.heatByInstanceMWh['gasBoiler_2']!;
    expect(heatB).toBeGreaterThan(1);
    expect(swapped.season.heatByInstanceMWh['gasBoiler_1']).toBeCloseTo(heatB, 6);
  });
});

describe('an unused technology changes nothing', () => {
  it('a third gas boiler with VOM 1000 CNY/MWh is never dispatched', async () => {
    const raw = shortIslandRaw();
    techs(raw).push({ id: 'gasBoiler_3', type: 'gasBoiler', params: { capacityMw: 14, vomCnyPerMwh: 1000 } });
    const base = await runDispatch(validScenario(shortIslandRaw()), weather, { includeHourly: false });
    const more = await runDispatch(validScenario(raw), weather, { includeHourly: false });
    expect(more.lpSize.columns).toBe(base.lpSize.columns + 72);
    expect(relDiff(more.objectiveCny, base.objectiveCny)).toBeLessThan(1e-9);
    expect(more.season.heatByInstanceMWh['gasBoiler_3']).toBeCloseTo(0, 9);
    expect(relDiff(more.season.operatingCostCny, base.season.operatingCostCny)).toBeLessThan(1e-9);
    expect(relDiff(more.season.co2T, base.season.co2T)).toBeLessThan(1e-9);
  });
});

describe('determinism', () => {
  it('the same scenario gives a byte-identical LP: one compile written twice, and two builds', () => {
    const s = validScenario(shortIslandRaw());
    const first = buildModel(s, weather).compiled;
    const second = buildModel(validScenario(shortIslandRaw()), weather).compiled;
    const mps = writeMps(first);
    expect(writeMps(first)).toBe(mps);
    expect(writeMps(second)).toBe(mps);
    expect(writeCplexLp(second)).toBe(writeCplexLp(first));
    expect(mps).toContain('heat_out__gasBoiler_1__t0042');
    expect(mps).toContain('heat_balance__t0042');
  });
});
