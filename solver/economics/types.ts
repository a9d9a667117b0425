// Result types of the investment economics (MODEL §8): per capacity, for the plant, and against each baseline.

/** One priced capacity's investment figures. */
export interface CapacityEconomics {
  readonly key: string;
  readonly instanceId: string;
  readonly type: string;
  readonly kind: 'capacity' | 'power';
  readonly value: number;
  readonly unit: string;
  readonly capexCnyPerUnit: number;
  readonly capexCny: number;
  readonly lifetimeYears: number;
  readonly fomShareOfCapex: number;
  /** CRF(r, n) = r(1+r)^n/((1+r)^n − 1). */
  readonly crf: number;
  readonly annualisedCapitalCny: number;
  readonly fixedOmCny: number;
  /** Replacements at years n, 2n … < N, each at its CAPEX. */
  readonly replacements: number;
  /** Off-season PV/wind output sold at the export price, CNY/a (0 for heat sources). */
  readonly offSeasonCreditCny: number;
  readonly source: string;
  readonly currencyYear: number;
}

/** The plant against one baseline on the same demand. */
export interface BaselineComparison {
  readonly id: string;
  readonly label: { readonly zh: string; readonly en: string };
  readonly capexCny: number;
  /** The baseline's operating cost + fixed O&M, CNY/a. */
  readonly annualCostCny: number;
  readonly incrementalCapexCny: number;
  /** Year-1 saving: baseline (operating + FOM) − plant (operating − off-season credit + FOM), CNY/a. */
  readonly annualSavingCny: number;
  /** First year the cumulative difference (subsidy, savings, replacements) turns positive; null if never. */
  readonly paybackYears: number | null;
  readonly discountedPaybackYears: number | null;
  /** Cumulative discounted cash flow of the difference, years 0..N. */
  readonly cumulativeDiscountedCny: readonly number[];
  readonly baselineLcohCnyPerGJ: number;
}

/** Economics of one solved plant (MODEL §8). Money in CNY, heat in MWh, the season is the year. */
export interface Economics {
  readonly discountRate: number;
  readonly horizonYears: number;
  readonly escalationPerYear: number;
  readonly capexCny: number;
  readonly annualisedCapitalCny: number;
  readonly fixedOmCny: number;
  readonly operatingCostCny: number;
  readonly offSeasonCreditCny: number;
  /** Annualised capital + fixed O&M + operating cost − off-season credit, CNY/a. */
  readonly totalAnnualCostCny: number;
  readonly heatDeliveredMWh: number;
  readonly lcohCnyPerGJ: number;
  readonly lcohCnyPerMWh: number;
  readonly lcohBySourceCnyPerGJ: Readonly<Record<string, number>>;
  readonly lcohByPeriodCnyPerGJ: Readonly<Record<string, number>>;
  readonly revenueCny: number;
  readonly connectionFeesCny: number;
  readonly subsidyCny: number;
  /** Plant cash flows, years 0..N (CAPEX, subsidy and fees at 0; escalated net revenue after). */
  readonly cashFlowsCny: readonly number[];
  readonly npvCny: number;
  readonly irr: number | null;
  readonly paybackYears: number | null;
  readonly discountedPaybackYears: number | null;
  readonly capacities: readonly CapacityEconomics[];
  readonly vsBaselines: Readonly<Record<string, BaselineComparison>>;
}
