// Discounting arithmetic against a spreadsheet-style hand calculation (MODEL §8).
import { describe, expect, it } from 'vitest';
import { crf, cumulativeDiscounted, irr, npv, paybackYears } from '../../../solver/economics';
import { cashFlows } from '../../../solver/economics/compute';
import type { CapacityEconomics } from '../../../solver/economics';

describe('CRF', () => {
  it('is r(1+r)^n/((1+r)^n − 1): 6 %, 20 a → 0.0871846; 25 a → 0.0782267; r = 0 → 1/n', () => {
    // 1.06^20 = 3.2071355; 0.06·3.2071355/2.2071355 = 0.08718456
    expect(crf(0.06, 20)).toBeCloseTo(0.08718456, 7);
    // 1.06^25 = 4.2918707; 0.06·4.2918707/3.2918707 = 0.07822671
    expect(crf(0.06, 25)).toBeCloseTo(0.07822671, 7);
    expect(crf(0, 20)).toBeCloseTo(0.05, 12);
    // A negative rate above −100 % is allowed: −5 %, 10 a: −0.05·0.5987/(0.5987 − 1) = 0.0745964
    expect(crf(-0.05, 10)).toBeCloseTo((-0.05 * 0.95 ** 10) / (0.95 ** 10 - 1), 12);
  });
});

describe('NPV, IRR and payback of −1000, then 300 a year for 5 years at 10 %', () => {
  /*
   * Spreadsheet:      year   CF      discount 1.1^−y   PV        cumulative PV
   *                   0     −1000    1                 −1000     −1000
   *                   1      300     0.909091           272.727   −727.273
   *                   2      300     0.826446           247.934   −479.339
   *                   3      300     0.751315           225.394   −253.944
   *                   4      300     0.683013           204.904    −49.040
   *                   5      300     0.620921           186.276    137.236
   * NPV = 137.236; simple payback 1000/300 = 3.3333 a; discounted payback 4 + 49.040/186.276 = 4.2633 a;
   * IRR: NPV(15.2382 %) = 0 (Excel IRR gives 15.24 %).
   */
  const flows = [-1000, 300, 300, 300, 300, 300];

  it('matches the hand calculation', () => {
    expect(npv(0.1, flows)).toBeCloseTo(137.236, 3);
    expect(paybackYears(flows, null)).toBeCloseTo(10 / 3, 9);
    expect(paybackYears(flows, 0.1)).toBeCloseTo(4 + 49.0404 / 186.2764, 4);
    const r = irr(flows)!;
    expect(r).toBeCloseTo(0.152382, 5);
    expect(npv(r, flows)).toBeCloseTo(0, 6);
    expect(cumulativeDiscounted(flows, 0.1)[4]).toBeCloseTo(-49.0404, 3);
  });

  it('has no IRR and no payback when the project never earns', () => {
    expect(irr([-1000, -10, -10])).toBeNull();
    expect(paybackYears([-1000, 100, 100], null)).toBeNull();
    expect(paybackYears([0, 100], 0.06)).toBe(0);
  });
});

describe('plant cash flows', () => {
  const cap = (capexCny: number, lifetimeYears: number, fomShare: number): CapacityEconomics => ({
    key: 'x',
    instanceId: 'x',
    type: 'battery',
    kind: 'capacity',
    value: 1,
    unit: 'MWh',
    capexCnyPerUnit: capexCny,
    capexCny,
    lifetimeYears,
    fomShareOfCapex: fomShare,
    crf: crf(0.06, lifetimeYears),
    annualisedCapitalCny: 0,
    fixedOmCny: fomShare * capexCny,
    replacements: 0,
    offSeasonCreditCny: 0,
    source: 'test',
    currencyYear: 2024,
  });

  it('replaces a 12-year battery at years 12 and 24 of 25, escalates energy, not FOM', () => {
    // CF_0 = −1000 + 50; CF_y = 200·1.02^(y−1) − 20 − (1000 at y = 12, 24)
    const flows = cashFlows(
      [cap(1000, 12, 0.02)],
      { energyNetCny: 200, year0Cny: 50, residualCny: 0 },
      25,
      0.02,
    );
    expect(flows).toHaveLength(26);
    expect(flows[0]).toBe(-950);
    expect(flows[1]).toBeCloseTo(180, 9);
    expect(flows[2]).toBeCloseTo(200 * 1.02 - 20, 9);
    expect(flows[12]).toBeCloseTo(200 * 1.02 ** 11 - 20 - 1000, 9);
    expect(flows[24]).toBeCloseTo(200 * 1.02 ** 23 - 20 - 1000, 9);
    expect(flows[25]).toBeCloseTo(200 * 1.02 ** 24 - 20, 9);
  });
});
