// Discounting arithmetic of MODEL §8: capital recovery factor, NPV, IRR, simple and discounted payback.

/**
 * Capital recovery factor CRF = r(1+r)^n/((1+r)^n − 1): the annuity per CNY of CAPEX over n years at
 * discount rate r (–); at r = 0 it is 1/n (the limit). r > −1, n ≥ 1.
 */
export function crf(r: number, n: number): number {
  if (Math.abs(r) < 1e-12) return 1 / n;
  const g = (1 + r) ** n;
  return (r * g) / (g - 1);
}

/** NPV = Σ_y CF_y/(1+r)^y, y = 0..N (CF_0 at the start, the rest at each year's end). */
export function npv(r: number, cashFlows: readonly number[]): number {
  let sum = 0;
  for (let y = 0; y < cashFlows.length; y++) sum += cashFlows[y]! / (1 + r) ** y;
  return sum;
}

/** Lowest and highest rate searched for an IRR (−99 % … 1000 %). */
const IRR_LOW = -0.99;
const IRR_HIGH = 10;
/** Grid points scanned for a sign change of NPV(r) before bisection. */
const IRR_SCAN = 400;

/**
 * Internal rate of return: the r with NPV(r) = 0. Scans [−99 %, 1000 %] for the first sign change and
 * bisects it to 1e-10; null when NPV never changes sign there (no IRR: e.g. a cost-only project).
 */
export function irr(cashFlows: readonly number[]): number | null {
  if (!cashFlows.some((c) => c > 0) || !cashFlows.some((c) => c < 0)) return null;
  // Scan from low rates up on a geometric grid of (1 + r).
  const at = (k: number) => (1 + IRR_LOW) * ((1 + IRR_HIGH) / (1 + IRR_LOW)) ** (k / IRR_SCAN) - 1;
  let a = at(0);
  let fa = npv(a, cashFlows);
  for (let k = 1; k <= IRR_SCAN; k++) {
    const b = at(k);
    const fb = npv(b, cashFlows);
    if (fa === 0) return a;
    if (fa * fb < 0) {
      let lo = a;
      let hi = b;
      let flo = fa;
      for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
        const mid = (lo + hi) / 2;
        const fm = npv(mid, cashFlows);
        if (flo * fm <= 0) hi = mid;
        else {
          lo = mid;
          flo = fm;
        }
      }
      return (lo + hi) / 2;
    }
    a = b;
    fa = fb;
  }
  return fa === 0 ? a : null;
}

/**
 * Payback: the first time the cumulative (optionally discounted) cash flow from year 0 reaches 0, with
 * linear interpolation inside the year it crosses; 0 when it never goes below 0; null when it never
 * recovers within the horizon.
 */
export function paybackYears(cashFlows: readonly number[], discountRate: number | null): number | null {
  let cum = 0;
  let wasNegative = false;
  for (let y = 0; y < cashFlows.length; y++) {
    const cf = discountRate === null ? cashFlows[y]! : cashFlows[y]! / (1 + discountRate) ** y;
    const before = cum;
    cum += cf;
    if (cum < 0) wasNegative = true;
    else if (wasNegative && y > 0) return y - 1 + -before / cf;
  }
  if (!wasNegative) return 0;
  return null;
}

/** Cumulative discounted cash flow per year (for the payback chart). */
export function cumulativeDiscounted(cashFlows: readonly number[], r: number): number[] {
  let cum = 0;
  return cashFlows.map((cf, y) => (cum += cf / (1 + r) ** y));
}
