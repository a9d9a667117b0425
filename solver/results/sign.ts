// The one place the export revenue's sign is decided: revenue is a negative cost in the objective and totals.
/** Export revenue enters the objective, the operating cost and cost charts with this sign. */
export const EXPORT_REVENUE_SIGN = -1;

/** The cost category that is a revenue (shown and summed with EXPORT_REVENUE_SIGN). */
export const EXPORT_REVENUE_KEY = 'exportRevenueCny';

/** Objective coefficient per MWh exported at π_exp: −π_exp. */
export function exportCost(exportCnyPerMwh: number): number {
  return EXPORT_REVENUE_SIGN * exportCnyPerMwh;
}

/** A cost category's signed contribution to the operating cost (export revenue counts negative). */
export function costContribution(key: string, cny: number): number {
  return key === EXPORT_REVENUE_KEY ? EXPORT_REVENUE_SIGN * cny : cny;
}
