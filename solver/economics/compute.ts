// Investment economics of one solved plant (MODEL §8): annualised capital, LCOH, cash flows, NPV, IRR, payback.
import type { Scenario } from '../scenario';
import { GJ_PER_MWH } from '../units';
import { capacityItems, type PricedInstance } from './capacities';
import { crf, irr, npv, paybackYears } from './finance';
import type { SourceCost } from './source-costs';
import type { CapacityEconomics, Economics } from './types';

/** What a solved plant contributes to its economics. */
export interface EconomicsInput {
  readonly scenario: Scenario;
  readonly instances: readonly PricedInstance[];
  readonly heatDeliveredMWh: number;
  /** Operating cost of the season (MODEL §9, penalties apart), CNY. */
  readonly operatingCostCny: number;
  readonly periods: readonly {
    readonly id: string;
    readonly heatDeliveredMWh: number;
    readonly operatingCostCny: number;
  }[];
  readonly sourceCosts: Readonly<Record<string, SourceCost>>;
  /** Off-season PV/wind MWh per unit of capacity parameter, by instance id. */
  readonly offSeasonMwhPerUnit: Readonly<Record<string, number>>;
  /** Heated floor area, m² (tariff revenue, connection fees). */
  readonly areaM2: number;
}

/** CNY/GJ of a cost over heat in MWh; NaN without heat. */
function perGJ(costCny: number, heatMWh: number): number {
  return heatMWh > 0 ? costCny / (GJ_PER_MWH * heatMWh) : Number.NaN;
}

/** Each capacity's CAPEX, annualised capital (CRF), fixed O&M, replacements and off-season credit. */
export function capacityEconomics(input: EconomicsInput): CapacityEconomics[] {
  const s = input.scenario;
  const { discountRate: r, horizonYears: n } = s.economics;
  const exportPrice = s.prices.exportEnabled ? s.prices.exportCnyPerMwh : 0;
  return input.instances.flatMap((inst) =>
    capacityItems(s, inst).map((item) => {
      const capexCny = item.capexCnyPerUnit * item.value;
      const f = crf(r, item.lifetimeYears);
      const paramValue = item.perParamUnit > 0 ? item.value / item.perParamUnit : 0;
      const credit =
        item.kind === 'capacity' ? exportPrice * (input.offSeasonMwhPerUnit[inst.id] ?? 0) * paramValue : 0;
      return {
        key: item.key,
        instanceId: item.instanceId,
        type: item.type,
        kind: item.kind,
        value: item.value,
        unit: item.unit,
        capexCnyPerUnit: item.capexCnyPerUnit,
        capexCny,
        lifetimeYears: item.lifetimeYears,
        fomShareOfCapex: item.fomShareOfCapex,
        crf: f,
        annualisedCapitalCny: f * capexCny,
        fixedOmCny: item.fomShareOfCapex * capexCny,
        replacements: Math.max(0, Math.ceil(n / item.lifetimeYears) - 1),
        offSeasonCreditCny: credit,
        source: item.source,
        currencyYear: item.currencyYear,
      };
    }),
  );
}

/**
 * Plant cash flows, years y = 0..N (MODEL §8: energy prices and revenue escalate at e, FOM does not):
 *
 *   CF_0 = −CAPEX + subsidy + connection fees
 *   CF_y = (revenue − operating + off-season credit)·(1+e)^(y−1) − FOM − replacements_y (+ residual at N)
 *
 * replacements_y = Σ_k CAPEX_k for every k with y a multiple of n_k and y < N.
 */
export function cashFlows(
  caps: readonly CapacityEconomics[],
  e: { readonly energyNetCny: number; readonly year0Cny: number; readonly residualCny: number },
  horizon: number,
  escalation: number,
): number[] {
  const fom = caps.reduce((a, c) => a + c.fixedOmCny, 0);
  const flows = [e.year0Cny - caps.reduce((a, c) => a + c.capexCny, 0)];
  for (let y = 1; y <= horizon; y++) {
    let cf = e.energyNetCny * (1 + escalation) ** (y - 1) - fom;
    for (const c of caps) if (y < horizon && y % c.lifetimeYears === 0) cf -= c.capexCny;
    if (y === horizon) cf += e.residualCny;
    flows.push(cf);
  }
  return flows;
}

/**
 * Economics of a solved plant (MODEL §8), the season standing for the year:
 *
 *   annualised capital = Σ_k CRF_k·CAPEX_k·C_k,  fixed O&M = Σ_k FOM_k·CAPEX_k·C_k
 *   LCOH = (capital + FOM + operating − off-season credit)/(3.6·H),  H heat delivered (MWh)
 *   LCOH_k = ((CRF_k + FOM_k)·CAPEX_k·C_k + own inputs and VOM)/(3.6·heat_k)
 *   LCOH_p = (operating_p + (capital + FOM − credit)·H_p/H)/(3.6·H_p)
 *   NPV = Σ_y CF_y/(1+r)^y; IRR where NPV(r) = 0 exists; payback where the cumulative CF turns ≥ 0
 *
 * Vs baselines are filled by {@link withBaselines}.
 */
export function computeEconomics(input: EconomicsInput): Economics {
  const s = input.scenario;
  const { discountRate: r, horizonYears: n, escalationPerYear: esc } = s.economics;
  const caps = capacityEconomics(input);
  const sum = (f: (c: CapacityEconomics) => number) => caps.reduce((a, c) => a + f(c), 0);
  const capexCny = sum((c) => c.capexCny);
  const annualisedCapitalCny = sum((c) => c.annualisedCapitalCny);
  const fixedOmCny = sum((c) => c.fixedOmCny);
  const offSeasonCreditCny = sum((c) => c.offSeasonCreditCny);
  const H = input.heatDeliveredMWh;
  const capitalCharge = annualisedCapitalCny + fixedOmCny - offSeasonCreditCny;
  const totalAnnualCostCny = capitalCharge + input.operatingCostCny;
  const lcohBySourceCnyPerGJ: Record<string, number> = {};
  for (const [id, sc] of Object.entries(input.sourceCosts)) {
    const own = caps
      .filter((c) => c.instanceId === id)
      .reduce((a, c) => a + c.annualisedCapitalCny + c.fixedOmCny, 0);
    lcohBySourceCnyPerGJ[id] = perGJ(own + sc.operatingCny, sc.heatMWh);
  }
  const lcohByPeriodCnyPerGJ = Object.fromEntries(
    input.periods.map((p) => [
      p.id,
      perGJ(p.operatingCostCny + (H > 0 ? (capitalCharge * p.heatDeliveredMWh) / H : 0), p.heatDeliveredMWh),
    ]),
  );
  const revenueCny = (s.economics.tariffCnyPerM2 ?? 0) * input.areaM2;
  const connectionFeesCny = (s.economics.connectionFeeCnyPerM2 ?? 0) * input.areaM2;
  const flows = cashFlows(
    caps,
    {
      energyNetCny: revenueCny - input.operatingCostCny + offSeasonCreditCny,
      year0Cny: s.economics.subsidyCny + connectionFeesCny,
      residualCny: s.economics.residualValueCny,
    },
    n,
    esc,
  );
  return {
    discountRate: r,
    horizonYears: n,
    escalationPerYear: esc,
    capexCny,
    annualisedCapitalCny,
    fixedOmCny,
    operatingCostCny: input.operatingCostCny,
    offSeasonCreditCny,
    totalAnnualCostCny,
    heatDeliveredMWh: H,
    lcohCnyPerGJ: perGJ(totalAnnualCostCny, H),
    lcohCnyPerMWh: H > 0 ? totalAnnualCostCny / H : Number.NaN,
    lcohBySourceCnyPerGJ,
    lcohByPeriodCnyPerGJ,
    revenueCny,
    connectionFeesCny,
    subsidyCny: s.economics.subsidyCny,
    cashFlowsCny: flows,
    npvCny: npv(r, flows),
    irr: irr(flows),
    paybackYears: paybackYears(flows, null),
    discountedPaybackYears: paybackYears(flows, r),
    capacities: caps,
    vsBaselines: {},
  };
}
