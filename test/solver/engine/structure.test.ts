// Structural rules of MODEL §5: a disabled technology contributes no columns; capacity 0 breaks nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, ISLAND_TECHNOLOGY_IDS } from '../../../solver/catalog';
import { buildModel, runDispatch } from '../../../solver/run';
import type { WeatherYear } from '../../../solver/weather';
import { loadWeather } from '../../../electron/services/scenario-loader';
import {
  obj,
  relDiff,
  shortIslandRaw,
  techs,
  validScenario,
  type JsonObject,
} from '../../helpers/engine-fixtures';

const STEPS = 72;
let weather: WeatherYear;
beforeAll(async () => {
  weather = await loadWeather(validScenario(shortIslandRaw()));
});

/** Every parameter that sizes an instance set to 0 (capacity, doublets, area, store energy and power, source flow). */
const SIZE_PARAMS = [
  'capacityMw',
  'capacityMwp',
  'doublets',
  'areaM2',
  'energyMwh',
  'chargeMw',
  'dischargeMw',
  'sourceMaxMw',
  'groundMaxMwh',
];
function zeroSize(t: JsonObject): void {
  const params = obj(t, 'params');
  for (const key of SIZE_PARAMS) if (key in params) params[key] = 0;
}

function lpNames(raw: JsonObject): { cols: readonly string[]; rows: readonly string[] } {
  const c = buildModel(validScenario(raw), weather).compiled;
  return { cols: c.colNames, rows: c.rowNames };
}

describe('a disabled technology contributes no columns', () => {
  it.each(ISLAND_TECHNOLOGY_IDS)(
    '%s disabled: none of its columns or rows remain, and the LP shrinks by exactly them',
    (type) => {
      const full = lpNames(shortIslandRaw());
      const raw = shortIslandRaw();
      const inst = techs(raw).find((t) => t['type'] === type)!;
      const id = inst['id'] as string;
      inst['enabled'] = false;
      const cut = lpNames(raw);
      const mine = (names: readonly string[]) =>
        names.filter((n) => n.includes(`__${id}__`) || n.endsWith(`__${id}`));
      expect(mine(full.cols).length).toBeGreaterThanOrEqual(STEPS);
      expect(mine(cut.cols)).toEqual([]);
      expect(mine(cut.rows)).toEqual([]);
      expect(cut.cols).toEqual(full.cols.filter((n) => !mine([n]).length));
    },
  );

  it('disabling a unit the optimum does not use leaves the objective unchanged', async () => {
    const withBoiler3 = shortIslandRaw();
    techs(withBoiler3).push({
      id: 'gasBoiler_3',
      type: 'gasBoiler',
      enabled: false,
      params: { vomCnyPerMwh: 0 },
    });
    const a = await runDispatch(validScenario(shortIslandRaw()), weather, { includeHourly: false });
    const b = await runDispatch(validScenario(withBoiler3), weather, { includeHourly: false });
    expect(b.lpSize).toEqual(a.lpSize);
    expect(relDiff(a.objectiveCny, b.objectiveCny)).toBeLessThan(1e-12);
    expect(b.instances.map((i) => i.id)).not.toContain('gasBoiler_3');
  });
});

describe('capacity 0 breaks nothing', () => {
  it.each(ISLAND_TECHNOLOGY_IDS)(
    '%s sized 0: optimal, invariants hold, it produces nothing',
    async (type) => {
      const raw = shortIslandRaw();
      for (const t of techs(raw).filter((x) => x['type'] === type)) zeroSize(t);
      const r = await runDispatch(validScenario(raw), weather);
      expect(r.status).toBe('optimal');
      expect(r.invariants?.problems).toEqual([]);
      if (type === 'pv') expect(r.season.pvMWh).toBe(0);
      if (type === 'wind') expect(r.season.windMWh).toBe(0);
      const ids = r.instances.filter((i) => i.type === type).map((i) => i.id);
      for (const id of ids) {
        expect(r.season.heatByInstanceMWh[id] ?? 0).toBeCloseTo(0, 9);
        expect(r.season.storage[id]?.dischargeMWh ?? 0).toBeCloseTo(0, 9);
      }
    },
  );

  it('every technology sized 0 at once: all demand is unserved, reported, and nothing is produced', async () => {
    const raw = shortIslandRaw();
    techs(raw).forEach(zeroSize);
    const r = await runDispatch(validScenario(raw), weather);
    expect(r.status).toBe('optimal');
    expect(r.invariants?.problems).toEqual([]);
    expect(r.season.heatProducedMWh).toBeCloseTo(0, 9);
    expect(r.season.unservedHeatMWh).toBeCloseTo(r.season.demandMWh, 6);
    expect(r.season.unservedHours).toBe(STEPS);
    expect(r.season.heatDeliveredMWh).toBeCloseTo(0, 6);
    expect(r.designCheck.points.every((p) => p.firmCapacityMw === 0)).toBe(true);
  });

  it('covers every catalog entry with a size parameter in SIZE_PARAMS', () => {
    for (const def of CATALOG) expect(SIZE_PARAMS, def.id).toContain(def.capacityParam);
  });
});
