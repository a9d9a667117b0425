// Sizing mode on the real Energy Island weather: --fixed consistency, both backends, the property, bad input.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDispatch } from '../../../solver/run';
import { runSizing } from '../../../solver/sizing/run';
import { buildSizingModel, relaxIntegers } from '../../../solver/sizing/model';
import { sizingPlan } from '../../../solver/sizing/plan';
import { infeasibleConstraints } from '../../../solver/sizing/diagnose';
import { InputError } from '../../../solver/issues';
import type { WeatherYear } from '../../../solver/weather';
import { loadWeather } from '../../../electron/services/scenario-loader';
import {
  relDiff,
  shortIslandRaw,
  solveCompiled,
  validScenario,
  type JsonObject,
} from '../../helpers/engine-fixtures';
import { buildMicroSizing, solveSizingMicro, type MicroSizingSpec } from '../../helpers/sizing-fixtures';

let weather: WeatherYear;
beforeAll(async () => {
  weather = await loadWeather(validScenario(shortIslandRaw(3)));
});

/** Energy Island No. 1 cut to 3 January days, with `sizing` set. */
function island(sizing: JsonObject = {}, days = 3) {
  const raw = shortIslandRaw(days);
  raw['sizing'] = sizing;
  return validScenario(raw);
}

describe('--fixed reproduces the dispatch run', () => {
  it('operating cost equal to 1e-6 relative (season mode, every technology)', async () => {
    const s = island();
    const run = await runDispatch(s, weather, { mode: 'season', includeHourly: false });
    const sized = await runSizing(s, weather, { mode: 'season', fixed: true });
    expect(sized.status).toBe('optimal');
    expect(relDiff(sized.sizingLpOperatingCostCny, run.season.operatingCostCny)).toBeLessThan(1e-6);
    // Every capacity stays at the scenario's value, and the objective is dispatch + annual capital charge.
    for (const c of Object.values(sized.capacities)) expect(c.value).toBeCloseTo(c.current, 9);
    const e = sized.dispatch!.economics!;
    const capital = e.annualisedCapitalCny + e.fixedOmCny - e.offSeasonCreditCny;
    expect(relDiff(sized.objectiveCny, run.objectiveCny + capital)).toBeLessThan(1e-6);
  });
});

describe('sizing the short island (representative, every capacity within the default bounds)', () => {
  it('never costs more a year than the current plant, and the sized plant dispatches to the same cost', async () => {
    const s = island({ designCheck: false });
    const current = await runSizing(s, weather, {
      mode: 'representative',
      typicalDaysPerPeriod: 1,
      fixed: true,
    });
    const sized = await runSizing(s, weather, { mode: 'representative', typicalDaysPerPeriod: 1 });
    expect(sized.status).toBe('optimal');
    expect(sized.objectiveCny).toBeLessThanOrEqual(current.objectiveCny * (1 + 1e-9));
    const e = sized.dispatch!.economics!;
    const total = sized.dispatch!.objectiveCny + e.annualisedCapitalCny + e.fixedOmCny - e.offSeasonCreditCny;
    expect(relDiff(total, sized.objectiveCny)).toBeLessThan(1e-6);
    // Wells stay within the resource: [0, 6 doublets].
    expect(sized.capacities['geothermalWells_1']!.units).toBeLessThanOrEqual(6);
  });

  it('HiGHS and javascript-lp-solver agree on the representative sizing LP to 1e-6', async () => {
    const s = island({ designCheck: true });
    const plan = sizingPlan(s);
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
    const m = buildSizingModel(s, weather, plan.value, {
      mode: 'representative',
      typicalDaysPerPeriod: 1,
      fixed: false,
    });
    const lp = relaxIntegers(m.compiled);
    const h = await solveCompiled(lp, 'highs');
    const j = await solveCompiled(lp, 'jslp');
    expect(h.status).toBe('optimal');
    expect(j.status).toBe('optimal');
    expect(relDiff(h.objective, j.objective)).toBeLessThan(1e-6);
  });

  it('the design check with N−1 holds for the sized plant', async () => {
    const s = island({ designCheck: true, nMinus1: true });
    const sized = await runSizing(s, weather, { mode: 'representative', typicalDaysPerPeriod: 1 });
    expect(sized.status).toBe('optimal');
    for (const p of sized.dispatch!.designCheck.points) expect(p.nMinus1!.marginMw).toBeGreaterThan(-1e-6);
  });
});

describe('the sized plant never costs more than the current one (property over small scenarios)', () => {
  it('holds for random demand, weights and current capacities', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 1500 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 15 }),
        async (demand, weights, hpMw, boilerMw) => {
          const spec: MicroSizingSpec = {
            demandMw: demand,
            weight: weights.slice(0, demand.length),
            instances: [
              { type: 'sewageHeatPump', params: { capacityMw: hpMw, cop: 4, sourceMaxMw: 200 } },
              { type: 'gasBoiler', params: { capacityMw: boilerMw } },
            ],
          };
          const sized = await solveSizingMicro(buildMicroSizing(spec));
          const fixed = await solveSizingMicro(buildMicroSizing({ ...spec, fixed: true }));
          expect(sized.status).toBe('optimal');
          expect(sized.objective).toBeLessThanOrEqual(fixed.objective + 1e-6 * Math.max(1, fixed.objective));
        },
      ),
      { numRuns: 25, seed: 9 },
    );
  });
});

describe('bad sizing input is a named error', () => {
  const issues = (sizing: JsonObject) => {
    const r = sizingPlan(island(sizing));
    return r.ok ? [] : r.issues;
  };

  it('min above max names the bound and the range', () => {
    const found = issues({ capacities: [{ instance: 'gasBoiler_1', min: 20, max: 10 }] });
    expect(found).toEqual([expect.objectContaining({ path: 'sizing.capacities[0].min', value: 20 })]);
    expect(found[0]!.message).toMatch(/min 20 is above max 10/);
  });

  it('an unknown instance, power of a non-store and every capacity fixed', () => {
    expect(issues({ capacities: [{ instance: 'nope_1' }] })[0]!.path).toBe('sizing.capacities[0].instance');
    expect(issues({ capacities: [{ instance: 'gasBoiler_1', capacity: 'power' }] })[0]!.path).toBe(
      'sizing.capacities[0].capacity',
    );
    const fixed = issues({ capacities: [{ instance: 'gasBoiler_1', min: 14, max: 14 }] });
    expect(fixed[0]!.message).toMatch(/every capacity is fixed/);
  });

  it('runSizing throws an InputError naming the path', async () => {
    const s = island({ capacities: [{ instance: 'gasBoiler_1', min: 5, max: 1 }] });
    await expect(runSizing(s, weather, { mode: 'representative' })).rejects.toThrow(InputError);
  });

  it('schema: unit size 0, lifetime 0, discount rate −100 %, CAPEX NaN or negative', () => {
    const bad = (edit: (raw: JsonObject) => void) => {
      const raw = shortIslandRaw(3);
      edit(raw);
      return JSON.stringify(
        (() => {
          try {
            validScenario(raw);
            return [];
          } catch (error) {
            return (error as Error).message;
          }
        })(),
      );
    };
    expect(
      bad((r) => (r['sizing'] = { capacities: [{ instance: 'gasBoiler_1', integer: true, unitSize: 0 }] })),
    ).toMatch(/sizing.capacities\[0\].unitSize.*above 0/);
    expect(bad((r) => (r['economics'] = { technologies: { gasBoiler_1: { lifetimeYears: 0 } } }))).toMatch(
      /economics.technologies.gasBoiler_1.lifetimeYears.*at least 1/,
    );
    expect(bad((r) => (r['economics'] = { discountRate: -1 }))).toMatch(/economics.discountRate.*above -1/);
    expect(bad((r) => (r['economics'] = { technologies: { gasBoiler_1: { capexCnyPerUnit: -5 } } }))).toMatch(
      /economics.technologies.gasBoiler_1.capexCnyPerUnit.*at least 0/,
    );
    expect(
      bad((r) => (r['economics'] = { technologies: { gasBoiler_1: { capexCnyPerUnit: Number.NaN } } })),
    ).toMatch(/economics.technologies.gasBoiler_1.capexCnyPerUnit/);
  });

  it('a constraint that cannot be met is "infeasible", and the culprits are named', async () => {
    const s = island({ designCheck: true, capexBudgetCny: { enabled: true, value: 0 } });
    const r = await runSizing(s, weather, { mode: 'representative', typicalDaysPerPeriod: 1 });
    expect(r.status).toBe('infeasible');
    expect(r.dispatch).toBeNull();
    const which = await infeasibleConstraints(s, weather, { mode: 'representative' });
    expect(which).toEqual([
      expect.stringMatching(/^sizing.designCheck/),
      expect.stringMatching(/^sizing.capexBudgetCny/),
    ]);
  });
});
