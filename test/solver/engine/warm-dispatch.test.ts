// Live re-solves: a price or tariff edit re-prices the built LP in place and gives the cold answer exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWeather } from '../../../electron/services/scenario-loader';
import { HighsSession } from '../../../solver/backends/highs';
import { buildModel, runDispatch } from '../../../solver/run';
import { objectiveVector, onlyPricesDiffer, repriceBuilt } from '../../../solver/reprice';
import { priceData } from '../../../solver/model/build';
import { WarmDispatch } from '../../../solver/warm-dispatch';
import type { WeatherYear } from '../../../solver/weather';
import { obj, shortIslandRaw, techs, validScenario, type JsonObject } from '../../helpers/engine-fixtures';

let weather: WeatherYear;
const base = shortIslandRaw(5);
beforeAll(async () => {
  weather = await loadWeather(validScenario(base));
});

function edited(edit: (raw: JsonObject) => void) {
  const raw = structuredClone(base);
  edit(raw);
  return validScenario(raw);
}
const gasUp = (r: JsonObject) => (obj(r, 'prices')['gasCnyPerNm3'] = 4.2);
const tariffUp = (r: JsonObject) => (obj(r, 'tariff')['flatCnyPerMwh'] = 700);
const carbon = (r: JsonObject) => (obj(r, 'prices')['carbonCnyPerT'] = 90);
const capacity = (r: JsonObject) => {
  const ashp = techs(r).find((t) => t['type'] === 'airSourceHeatPump')!;
  obj(ashp, 'params')['capacityMw'] = 4;
};

describe('objectiveVector', () => {
  it('re-derives every built objective coefficient from the price data, in both modes', () => {
    for (const mode of ['season', 'representative'] as const) {
      const s = validScenario(base);
      const built = buildModel(s, weather, { mode });
      const costs = objectiveVector(built, priceData(s, built.steps.data))!;
      expect(Array.from(costs)).toEqual(Array.from(built.compiled.colCost));
    }
  });
  it('tells price-only edits from edits that shape the LP', () => {
    const s = validScenario(base);
    expect(onlyPricesDiffer(s, edited(gasUp))).toBe(true);
    expect(onlyPricesDiffer(s, edited(tariffUp))).toBe(true);
    expect(onlyPricesDiffer(s, edited(capacity))).toBe(false);
    expect(
      onlyPricesDiffer(
        s,
        edited((r) => (obj(r, 'prices')['importLimitMw'] = 5)),
      ),
    ).toBe(false);
  });
});

describe('WarmDispatch', () => {
  it('re-prices in place after price and tariff edits and matches a cold rebuild exactly', async () => {
    const warm = new WarmDispatch(await HighsSession.create());
    const cold = await HighsSession.create();
    await warm.run(validScenario(base), weather, { mode: 'season' });
    expect(warm.lastPath).toBe('rebuilt');
    for (const [edit, path] of [
      [gasUp, 'repriced'],
      [tariffUp, 'repriced'],
      [carbon, 'repriced'],
      [capacity, 'rebuilt'],
    ] as const) {
      const s = edited(edit);
      const r = await warm.run(s, weather, { mode: 'season' });
      expect(warm.lastPath).toBe(path);
      expect(r.warmStart).toBe(true);
      expect(warm.highs.lastReport?.guard).toBe('passed');
      cold.dispose();
      const reference = await runDispatch(s, weather, { mode: 'season', highs: cold });
      expect(r.objectiveCny).toBeCloseTo(reference.objectiveCny, 4);
      expect(r.season.operatingCostCny).toBeCloseTo(reference.season.operatingCostCny, 2);
      expect(r.invariants?.ok).toBe(true);
    }
    warm.reset();
    cold.dispose();
  });

  it('refuses to re-price a model whose costs the price formula does not reproduce', () => {
    const s = validScenario(base);
    const built = buildModel(s, weather, { mode: 'season' });
    const tampered = {
      ...built,
      compiled: { ...built.compiled, colCost: built.compiled.colCost.map((c) => c + 1) },
    };
    expect(repriceBuilt(tampered, s, edited(gasUp))).toBeNull();
    expect(repriceBuilt(built, s, edited(gasUp))).not.toBeNull();
  });
});
