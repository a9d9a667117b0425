// Baseline plants on the same demand (coal boilers, gas boilers, air-source heat pumps only) and the comparison.
import { defaultParams, technologyById } from '../catalog';
import { ashpCapacityFactor, ashpCop } from '../catalog/air-source-heat-pump';
import type { Scenario, TechnologyInstance } from '../scenario';
import { cumulativeDiscounted, paybackYears } from './finance';
import type { BaselineComparison, Economics } from './types';

/** The baselines of MODEL §8/§11, in report order. */
export const BASELINE_IDS = ['coal', 'gas', 'airSource'] as const;
export type BaselineId = (typeof BASELINE_IDS)[number];

export const BASELINE_LABELS: Readonly<Record<BaselineId, { zh: string; en: string }>> = {
  coal: { zh: '燃煤锅炉', en: 'Coal boilers' },
  gas: { zh: '燃气锅炉', en: 'Gas boilers' },
  airSource: { zh: '全空气源热泵', en: 'All air-source heat pumps' },
};

/** Unit size of the gas-boiler baseline, MW (the island's boilers, MODEL §5). */
const GAS_BOILER_UNIT_MW = 14;
/** Margin on the air-source baseline's grid connection over its coldest-hour draw. */
const ASHP_IMPORT_MARGIN = 1.05;

function instance(type: string, id: string, params: Record<string, number>): TechnologyInstance {
  const def = technologyById(type)!;
  return { id, type, enabled: true, params: { ...defaultParams(def), ...params } };
}

/**
 * The baseline plant `id` on the scenario's demand, prices and economics, every policy off, sized to the
 * peak load L (MW, the larger of the design-hour and coldest-hour load) at the coldest hour T_c:
 * coal: one boiler of L (η from the scenario's coal-baseline factor); gas: ⌈L/14⌉ boilers of 14 MW;
 * air source: L/f_cap(T_c) of cascade heat pumps, the grid import limit raised to cover L/COP(T_c).
 */
export function baselineScenario(
  s: Scenario,
  id: BaselineId,
  peakLoadMw: number,
  coldestC: number,
): Scenario {
  const L = Math.max(peakLoadMw, 1e-3);
  let technologies: TechnologyInstance[];
  let importLimitMw = s.prices.importLimitMw;
  switch (id) {
    case 'coal':
      technologies = [
        instance('coalBoiler', 'coalBoiler_1', { capacityMw: L, efficiency: s.factors.coalBoilerEfficiency }),
      ];
      break;
    case 'gas':
      technologies = Array.from({ length: Math.ceil(L / GAS_BOILER_UNIT_MW) }, (_, k) =>
        instance('gasBoiler', `gasBoiler_${k + 1}`, { capacityMw: GAS_BOILER_UNIT_MW }),
      );
      break;
    case 'airSource': {
      const d = defaultParams(technologyById('airSourceHeatPump')!);
      const f = ashpCapacityFactor(coldestC, d['minOutdoorC']!);
      const capacityMw = f > 0 ? L / f : L;
      const cop = ashpCop(coldestC, d['etaCarnot']!, d['supplyC']!);
      importLimitMw = Math.max(importLimitMw, (ASHP_IMPORT_MARGIN * L) / cop);
      technologies = [instance('airSourceHeatPump', 'airSourceHeatPump_1', { capacityMw })];
      break;
    }
  }
  const off = { enabled: false };
  return {
    ...s,
    name: `${s.name} — baseline: ${BASELINE_LABELS[id].en}`,
    technologies,
    prices: { ...s.prices, importLimitMw },
    policies: {
      minGeothermalShare: { ...s.policies.minGeothermalShare, ...off },
      co2CapT: { ...s.policies.co2CapT, ...off },
      gasMaxMwh: { ...s.policies.gasMaxMwh, ...off },
    },
    economics: { ...s.economics, subsidyCny: 0, technologies: {} },
  };
}

/**
 * The plant against a baseline (MODEL §8): incremental CAPEX ΔI = I − I_b; difference cash flows
 * D_0 = −ΔI + subsidy, D_y = S_e·(1+e)^(y−1) + (FOM_b − FOM) − Δreplacements_y with the energy saving
 * S_e = operating_b − (operating − credit); annual saving S = S_e + FOM_b − FOM; payback where ΣD turns ≥ 0.
 */
export function compareWithBaseline(
  plant: Economics,
  baseline: Economics,
  id: BaselineId,
): BaselineComparison {
  const n = plant.horizonYears;
  // Revenue and connection fees are the same for both plants and cancel; the subsidy is the plant's alone.
  const flows = plant.cashFlowsCny.map((cf, y) => cf - (baseline.cashFlowsCny[y] ?? 0));
  const annualSavingCny =
    baseline.operatingCostCny +
    baseline.fixedOmCny -
    (plant.operatingCostCny - plant.offSeasonCreditCny + plant.fixedOmCny);
  return {
    id,
    label: BASELINE_LABELS[id],
    capexCny: baseline.capexCny,
    annualCostCny: baseline.operatingCostCny + baseline.fixedOmCny,
    incrementalCapexCny: plant.capexCny - baseline.capexCny,
    annualSavingCny,
    paybackYears: paybackYears(flows.slice(0, n + 1), null),
    discountedPaybackYears: paybackYears(flows.slice(0, n + 1), plant.discountRate),
    cumulativeDiscountedCny: cumulativeDiscounted(flows, plant.discountRate),
    baselineLcohCnyPerGJ: baseline.lcohCnyPerGJ,
  };
}
