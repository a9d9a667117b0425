// Policy constraints (MODEL §7): minimum geothermal share, CO2 cap and gas maximum bind with hand-computed shadow prices.
import { describe, expect, it } from 'vitest';
import {
  GAS_CNY_PER_MWH,
  buildMicro,
  microScenario,
  obj,
  solveBoth,
  type MicroInstance,
} from '../../helpers/engine-fixtures';

const BOILER = GAS_CNY_PER_MWH / 0.98 + 3;
/** Wells made expensive (VOM 1000, the schema maximum) so a policy has to force them: cost 1000 + 0.025·π_t. */
const wells: MicroInstance = {
  type: 'geothermalWells',
  params: { doublets: 1, doubletMw: 4, vomCnyPerMwh: 1000 },
};
const pump: MicroInstance = { type: 'sewageHeatPump', params: { capacityMw: 8, cop: 4, sourceMaxMw: 200 } };

type PolicyId = 'minGeothermalShare' | 'co2CapT' | 'gasMaxMwh';
const withPolicy = (id: PolicyId, value: number, enabled = true) =>
  microScenario((raw) => (obj(raw, 'policies')[id] = { enabled, value }));

describe('minimum geothermal share', () => {
  /*
   * Pump (π/4 + 2) vs wells (1000 + 0.025π): replacing a pump MWh by a well MWh costs 998 − 0.225·π_t =
   * 942.31 (valley), 874.25 (flat), 800 (peak). s_min 0.5 of 15 MWh → 7.5 MWh of wells: 4 at the peak (cap),
   * 3.5 at flat. Objective = 2126.875 + 4·800 + 3.5·874.25 = 8386.75. One more percentage point needs
   * 0.15 MWh more at flat: shadow price 0.15·874.25 = 131.1375 CNY/pp.
   */
  it('binds, forces the geothermal heat, and has a positive shadow price', async () => {
    const m = buildMicro({
      scenario: withPolicy('minGeothermalShare', 0.5),
      demandMw: [5, 5, 5],
      instances: [pump, wells],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      expect(s.objective).toBeCloseTo(8386.75, 6);
      expect(s.kpis.geothermalShare).toBeCloseTo(0.5, 9);
    }
    const state = highs.policies.find((p) => p.id === 'minGeothermalShare')!;
    expect(state.binding).toBe(true);
    expect(state.achieved).toBeCloseTo(0.5, 9);
    expect(state.shadowPrice).toBeCloseTo(131.1375, 6);
    expect(state.shadowPriceUnit).toBe('CNY/pp');
    expect(jslp.policies.find((p) => p.id === 'minGeothermalShare')!.shadowPrice).toBeNull();
  });

  it('does not bind when the cheapest dispatch already meets it (shadow price 0)', async () => {
    const cheapWells: MicroInstance = { type: 'geothermalWells', params: { doublets: 1, doubletMw: 4 } };
    const m = buildMicro({
      scenario: withPolicy('minGeothermalShare', 0.5),
      demandMw: [5, 5, 5],
      instances: [pump, cheapWells],
    });
    const { highs } = await solveBoth(m);
    const state = highs.policies[0]!;
    expect(state.binding).toBe(false);
    expect(state.achieved).toBeCloseTo(0.8, 9);
    expect(state.shadowPrice).toBeCloseTo(0, 9);
  });

  it('a disabled policy adds no row and no state', () => {
    const m = buildMicro({
      scenario: withPolicy('minGeothermalShare', 0.5, false),
      demandMw: [5],
      instances: [pump],
    });
    expect(m.compiled.rowNames.filter((n) => n.startsWith('policy_'))).toEqual([]);
    expect(m.model.policyRows).toEqual({});
  });
});

describe('CO2 cap', () => {
  /*
   * Pump: 0.5703/4 = 0.142575 tCO2/MWh; wells: 0.025·0.5703 = 0.0142575. All-pump emits 15·0.142575 = 2.138625 t.
   * Cap 1.5 t → switch (2.138625 − 1.5)/0.1283175 = 4.97693 MWh to the wells, cheapest first: 4 at the peak,
   * 0.97693 at flat. Shadow price = flat switching cost per tonne = 874.25/0.1283175 = 6813.17 CNY/tCO2.
   */
  it('binds at the cap with shadow price = marginal abatement cost', async () => {
    const m = buildMicro({
      scenario: withPolicy('co2CapT', 1.5),
      demandMw: [5, 5, 5],
      instances: [pump, wells],
    });
    const { highs, jslp } = await solveBoth(m);
    const switched = (2.138625 - 1.5) / 0.1283175;
    for (const s of [highs, jslp]) {
      expect(s.kpis.co2T).toBeCloseTo(1.5, 9);
      expect(s.objective).toBeCloseTo(2126.875 + 4 * 800 + (switched - 4) * 874.25, 6);
    }
    const state = highs.policies.find((p) => p.id === 'co2CapT')!;
    expect(state.binding).toBe(true);
    expect(state.shadowPrice).toBeCloseTo(874.25 / 0.1283175, 4);
    expect(state.shadowPriceUnit).toBe('CNY/tCO2');
  });
});

describe('maximum gas', () => {
  /*
   * Boiler (364.1557) vs wells (1000 + 0.025π): gas ≤ 10 MWh → boiler heat ≤ 9.8 MWh; wells cover 5.2 MWh,
   * cheapest first: 4 at the valley (1006.1875), 1.2 at flat (1013.75). One more MWh of gas gives 0.98 MWh of
   * boiler heat replacing flat well heat: shadow price 0.98·(1013.75 − 364.1557) = 636.6025 CNY/MWh.
   */
  it('binds with shadow price = saving per MWh of gas', async () => {
    const m = buildMicro({
      scenario: withPolicy('gasMaxMwh', 10),
      demandMw: [5, 5, 5],
      instances: [{ type: 'gasBoiler' }, wells],
    });
    const { highs, jslp } = await solveBoth(m);
    for (const s of [highs, jslp]) {
      expect(s.kpis.carriers['gas']!.mwh).toBeCloseTo(10, 9);
      expect(s.objective).toBeCloseTo(9.8 * BOILER + 4 * 1006.1875 + 1.2 * 1013.75, 6);
    }
    const state = highs.policies.find((p) => p.id === 'gasMaxMwh')!;
    expect(state.binding).toBe(true);
    expect(state.shadowPrice).toBeCloseTo(0.98 * (1013.75 - BOILER), 6);
  });

  it('a loose limit does not bind', async () => {
    const m = buildMicro({
      scenario: withPolicy('gasMaxMwh', 1000),
      demandMw: [5, 5, 5],
      instances: [{ type: 'gasBoiler' }, wells],
    });
    const { highs } = await solveBoth(m);
    expect(highs.policies[0]).toMatchObject({
      id: 'gasMaxMwh',
      binding: false,
      achieved: expect.closeTo(15 / 0.98, 9) as number,
    });
  });
});
