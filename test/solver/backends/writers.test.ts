// MPS and CPLEX-LP writers: golden text, determinism, formatting rules, and round trips through HiGHS' readers.
import loadHighs from 'highs';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HighsSession, normaliseHighsStatus } from '../../../solver/backends/highs';
import { writeCplexLp } from '../../../solver/backends/lp-writer';
import { writeMps } from '../../../solver/backends/mps-writer';
import { writeLpFile } from '../../../solver/backends/index';
import { LinearModel, type CompiledLp, type SolveStatus } from '../../../solver/lp/linear-model';
import { LP_FIXTURES, boundsMix, dispatchChain, twoStep, type LpFixture } from '../../helpers/lp-fixtures';

const GOLDEN_LP = `Minimize
 obj: 10 heat_out__hp__t0000 + 12 heat_out__hp__t0001 + 30 heat_out__gas__t0000 + 30 heat_out__gas__t0001 + 20 store_net__tank__t0001 + 25
Subject To
 heat_balance__t0000: heat_out__hp__t0000 + heat_out__gas__t0000 + heat_out__solar__t0000 = 7
 heat_balance__t0001: heat_out__hp__t0001 + heat_out__gas__t0001 + store_net__tank__t0001 = 9
 ramp_up__hp__t0001: - heat_out__hp__t0000 + heat_out__hp__t0001 <= 1
 store_floor__tank__t0001: store_net__tank__t0001 >= -3
 hp_band__all_lo: heat_out__hp__t0000 + heat_out__hp__t0001 >= 3
 hp_band__all_hi: heat_out__hp__t0000 + heat_out__hp__t0001 <= 11
Bounds
 heat_out__hp__t0000 <= 6
 heat_out__hp__t0001 <= 6
 heat_out__gas__t0000 >= 1
 heat_out__gas__t0001 >= 1
 heat_out__solar__t0000 = 0.5
 -inf <= store_net__tank__t0001 <= 2
End
`;

const GOLDEN_MPS = `NAME
ROWS
 N  obj
 E  heat_balance__t0000
 E  heat_balance__t0001
 L  ramp_up__hp__t0001
 G  store_floor__tank__t0001
 G  hp_band__all
COLUMNS
    heat_out__hp__t0000  obj  10
    heat_out__hp__t0000  heat_balance__t0000  1
    heat_out__hp__t0000  ramp_up__hp__t0001  -1
    heat_out__hp__t0000  hp_band__all  1
    heat_out__hp__t0001  obj  12
    heat_out__hp__t0001  heat_balance__t0001  1
    heat_out__hp__t0001  ramp_up__hp__t0001  1
    heat_out__hp__t0001  hp_band__all  1
    heat_out__gas__t0000  obj  30
    heat_out__gas__t0000  heat_balance__t0000  1
    heat_out__gas__t0001  obj  30
    heat_out__gas__t0001  heat_balance__t0001  1
    heat_out__solar__t0000  heat_balance__t0000  1
    store_net__tank__t0001  obj  20
    store_net__tank__t0001  heat_balance__t0001  1
    store_net__tank__t0001  store_floor__tank__t0001  1
RHS
    RHS  obj  -25
    RHS  heat_balance__t0000  7
    RHS  heat_balance__t0001  9
    RHS  ramp_up__hp__t0001  1
    RHS  store_floor__tank__t0001  -3
    RHS  hp_band__all  3
RANGES
    RNG  hp_band__all  8
BOUNDS
 UP BND  heat_out__hp__t0000  6
 UP BND  heat_out__hp__t0001  6
 LO BND  heat_out__gas__t0000  1
 LO BND  heat_out__gas__t0001  1
 FX BND  heat_out__solar__t0000  0.5
 MI BND  store_net__tank__t0001
 UP BND  store_net__tank__t0001  2
ENDATA
`;

let highs: Highs;
let session: HighsSession;
beforeAll(async () => {
  highs = await loadHighs();
  session = await HighsSession.create();
});

interface ReadBack {
  readonly status: SolveStatus;
  readonly objective: number;
  readonly x: ReadonlyMap<string, number>;
}

/** Reads our writer's text with HiGHS' own reader (fine here: our names are LP-safe) and solves it. */
function readBack(format: 'lp' | 'mps', data: string): ReadBack {
  const model = highs.createModel({ format, data });
  try {
    model.options.set({ output_flag: false });
    let code = model.run().modelStatus;
    if (code === highs.constants.modelStatus.unboundedOrInfeasible) {
      model.options.set('presolve', 'off');
      code = model.run().modelStatus;
    }
    const status = normaliseHighsStatus(code);
    const x = new Map<string, number>();
    if (status === 'optimal') {
      const values = model.getSolution().colValue;
      values.forEach((v, j) => x.set(model.getColName(j), v));
    }
    return { status, objective: status === 'optimal' ? model.getObjectiveValue() : Number.NaN, x };
  } finally {
    model.dispose();
  }
}

function expectRoundTrip(lp: CompiledLp, fixture?: LpFixture): void {
  const direct = session.solve(lp);
  for (const [format, text] of [
    ['lp', writeCplexLp(lp)],
    ['mps', writeMps(lp)],
  ] as const) {
    const back = readBack(format, text);
    expect(back.status, format).toBe(direct.status);
    if (direct.status !== 'optimal') continue;
    const scale = Math.max(1, Math.abs(direct.objective));
    expect(Math.abs(back.objective - direct.objective), format).toBeLessThanOrEqual(1e-9 * scale);
    for (const [name, value] of Object.entries(fixture?.x ?? {})) {
      expect(back.x.get(name), `${format} ${name}`).toBeCloseTo(value, 9);
    }
  }
}

describe('golden text', () => {
  it('CPLEX-LP of the two-step fixture', () => {
    expect(writeCplexLp(twoStep.build().compile())).toBe(GOLDEN_LP);
    expect(writeLpFile(twoStep.build().compile(), 'lp')).toBe(GOLDEN_LP);
  });

  it('free MPS of the two-step fixture', () => {
    expect(writeMps(twoStep.build().compile())).toBe(GOLDEN_MPS);
    expect(writeLpFile(twoStep.build().compile(), 'mps')).toBe(GOLDEN_MPS);
  });

  it('free, upper-only and negative bounds', () => {
    const lp = boundsMix.build().compile();
    const text = writeCplexLp(lp);
    expect(text).toContain('\n net_flow free\n');
    expect(text).toContain('\n -inf <= export_lim <= 4\n');
    expect(text).toContain('\n -3 <= adjust <= 5\n');
    expect(text).toContain(' + 0.5\n'); // the offset is a constant of the objective
    const mps = writeMps(lp);
    expect(mps).toContain('\n FR BND  net_flow\n');
    expect(mps).toContain('\n MI BND  export_lim\n UP BND  export_lim  4\n');
    expect(mps).toContain('\n    RHS  obj  -0.5\n'); // offset negated on the objective row
  });
});

describe('round trip through HiGHS readers', () => {
  it.each(LP_FIXTURES.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
    expectRoundTrip(fixture.build().compile(), fixture);
  });

  it('a 2,000-column dispatch chain (long objective wrapped below 510 characters per line)', () => {
    const lp = dispatchChain(400).compile();
    const text = writeCplexLp(lp);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(250);
    expectRoundTrip(lp);
  });

  it('name collisions, an orphan column, an empty row and a free row', () => {
    const m = new LinearModel();
    const obj = m.addColumn('obj', 0, Infinity, 1); // the objective label must move aside
    m.addColumn('orphan', 0, Infinity, 0); // appears nowhere: still declared
    const y = m.addColumn('y_col', 0, Infinity, 2);
    m.addRow('band', 1, 4, [
      [obj, 1],
      [y, 1],
    ]);
    m.addRow('band_lo', 0.5, Infinity, [[obj, 1]]); // collides with the split name of `band`
    m.addRow('free_row', -Infinity, Infinity, [
      [obj, 1],
      [y, -1],
    ]);
    m.addRow('empty_row', -1, 1);
    const lp = m.compile();
    const text = writeCplexLp(lp);
    expect(text).toContain(' obj_: obj + 2 y_col\n');
    expect(text).toContain(' band_lo_: obj + y_col >= 1\n');
    expect(text).toContain(' free_row: obj - y_col >= -1e+30\n');
    expect(text).toContain(' orphan >= 0\n');
    expect(writeMps(lp)).toContain('\n N  obj_\n');
    expectRoundTrip(lp);
    const back = readBack('lp', text);
    expect([...back.x.keys()].sort()).toEqual(['obj', 'orphan', 'y_col']);
    expect(back.objective).toBeCloseTo(1, 12);
  });
});

describe('determinism and number format', () => {
  it('the same LP compiled twice gives byte-identical text', () => {
    for (const build of [...LP_FIXTURES.map((f) => () => f.build()), () => dispatchChain(50)]) {
      expect(writeCplexLp(build().compile())).toBe(writeCplexLp(build().compile()));
      expect(writeMps(build().compile())).toBe(writeMps(build().compile()));
    }
  });

  it('never writes Infinity or NaN; numbers in shortest round-trip form', () => {
    const m = new LinearModel();
    const a = m.addColumn('tiny_a', -Infinity, 1e21, 1e-7);
    const b = m.addColumn('third_b', 0.1, Infinity, 1 / 3);
    m.addRow('mixed', -Infinity, 0.30000000000000004, [
      [a, 1],
      [b, -0],
    ]);
    m.addRow('wide', -1e300, Infinity, [
      [a, 2],
      [b, 1],
    ]);
    const lp = m.compile();
    for (const text of [writeCplexLp(lp), writeMps(lp)]) {
      expect(text).not.toMatch(/Infinity|NaN/);
      expect(text).toContain('1e-7');
      expect(text).toContain('1e+21');
      expect(text).toContain('0.3333333333333333');
      expect(text).toContain('0.30000000000000004');
    }
  });

  it('rejects names CPLEX-LP would misread, in the model builder and again in the writer', () => {
    const safe = new LinearModel();
    safe.addColumn('x', 0, 1, 1);
    const base = safe.compile();
    for (const name of ['free', 'Inf', 'end', 'e12', 'E', 'eels', 'subject']) {
      expect(() => new LinearModel().addColumn(name, 0, 1, 1), name).toThrow(/not LP-safe/);
      // A compiled LP assembled by hand (not through LinearModel) still cannot reach an LP file.
      const lp: CompiledLp = { ...base, colNames: [name] };
      expect(() => writeCplexLp(lp), name).toThrow(/CPLEX-LP/);
      expect(writeMps(lp)).toContain(`    ${name}  obj  1\n`);
    }
    const ok = new LinearModel();
    ok.addColumn('elec_import__grid__t0001', 0, 1, 1);
    expect(() => writeCplexLp(ok.compile())).not.toThrow();
  });

  it('rejects an inconsistent compiled LP', () => {
    const lp = twoStep.build().compile();
    const bad: CompiledLp = { ...lp, colCost: lp.colCost.subarray(1) };
    expect(() => writeMps(bad)).toThrow(/colCost/);
    expect(() => writeCplexLp({ ...lp, colLower: Float64Array.from(lp.colLower, () => Infinity) })).toThrow(
      /unusable bounds/,
    );
  });
});
