// LinearModel: name rules (LP-safe, unique, step families) and the CSC compile (sorted, duplicates summed).
import { describe, expect, it } from 'vitest';
import { LinearModel } from '../../../solver/lp/linear-model';

describe('LinearModel names', () => {
  it('rejects unsafe and duplicate names', () => {
    const m = new LinearModel();
    m.addColumn('x_1', 0, 1, 0);
    expect(() => m.addColumn('x_1', 0, 1, 0)).toThrow(/used twice/);
    for (const bad of ['x-1', '1x', 'external', 'free', 'e12', 'a b', '']) {
      expect(() => m.addColumn(bad, 0, 1, 0), bad).toThrow(/not LP-safe/);
    }
  });

  it('step families: names are generated once each and cannot be claimed again one by one', () => {
    const m = new LinearModel();
    m.claimStepFamily('heat_out__boiler_1__');
    const c = m.addStepColumn('heat_out__boiler_1__', 42, 0, 5, 1);
    expect(m.colNames[c]).toBe('heat_out__boiler_1__t0042');
    expect(() => m.addStepColumn('heat_out__boiler_1__', 42, 0, 5, 1)).toThrow(/used twice/);
    expect(() => m.addColumn('heat_out__boiler_1__t0007', 0, 1, 0)).toThrow(/used twice/);
    expect(() => m.addRow('heat_out__boiler_1__t0042', 0, 1)).toThrow(/used twice/);
    expect(() => m.claimStepFamily('heat_out__boiler_1__')).toThrow(/used twice/);
    expect(() => m.addStepColumn('never_claimed__', 0, 0, 1, 0)).toThrow(/not claimed/);
  });

  it('rejects impossible bounds and non-finite coefficients', () => {
    const m = new LinearModel();
    expect(() => m.addColumn('a', 2, 1, 0)).toThrow(/invalid/);
    expect(() => m.addColumn('b', Infinity, Infinity, 0)).toThrow(/invalid/);
    expect(() => m.addColumn('c', 0, 1, NaN)).toThrow(/not finite/);
    const col = m.addColumn('d', 0, 1, 0);
    const row = m.addRow('r', 0, 1);
    expect(() => m.addTerm(row, col, Infinity)).toThrow(/not finite/);
  });
});

describe('LinearModel.compile', () => {
  it('produces CSC with rows sorted within each column and duplicates summed', () => {
    const m = new LinearModel();
    const x = m.addColumn('x', 0, 1, 1);
    const y = m.addColumn('y', 0, 1, 2);
    const r0 = m.addRow('r0', 0, 1);
    const r1 = m.addRow('r1', 0, 1);
    const r2 = m.addRow('r2', 0, 1);
    m.addTerm(r2, x, 3);
    m.addTerm(r0, x, 1);
    m.addTerm(r2, x, 4); // summed with the first (r2, x): 7
    m.addTerm(r1, y, 5);
    m.addTerm(r0, y, 0); // zeros are dropped
    const lp = m.compile();
    expect(Array.from(lp.matrix.starts)).toEqual([0, 2, 3]);
    expect(Array.from(lp.matrix.indices)).toEqual([0, 2, 1]);
    expect(Array.from(lp.matrix.values)).toEqual([1, 7, 5]);
  });
});
