// `island size` and the economics block of `island run --json`: the JSON objects of issue #9, exit codes, errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { obj, relDiff, shortIslandRaw, type JsonObject } from '../helpers/engine-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'island-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function island(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function writeScenario(name: string, raw: JsonObject): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(raw));
  return path;
}

/** Energy Island No. 1 over 3 January days (every technology on the real weather). */
const SHORT = writeScenario('short.json', shortIslandRaw(3));

let sized: JsonObject;
let run: JsonObject;
let fixed: JsonObject;
beforeAll(async () => {
  const a = await island('size', SHORT, '--mode', 'season', '--json');
  expect(a.code, a.stderr).toBe(0);
  sized = JSON.parse(a.stdout) as JsonObject;
  const b = await island('run', SHORT, '--mode', 'season', '--json');
  expect(b.code, b.stderr).toBe(0);
  run = JSON.parse(b.stdout) as JsonObject;
  const c = await island('size', SHORT, '--mode', 'season', '--fixed', '--json');
  expect(c.code, c.stderr).toBe(0);
  fixed = JSON.parse(c.stdout) as JsonObject;
}, 300_000);

describe('island size --json', () => {
  it('prints the object of issue #9', () => {
    expect(Object.keys(sized)).toEqual(
      expect.arrayContaining([
        'status',
        'mode',
        'objectiveCny',
        'capacities',
        'economics',
        'season',
        'periods',
        'timingsMs',
      ]),
    );
    expect(sized['status']).toBe('optimal');
    expect(sized['mode']).toBe('season');
    const wells = obj(obj(sized, 'capacities'), 'geothermalWells_1');
    expect(wells).toMatchObject({ unit: 'MW', lower: 0 });
    expect(Number.isInteger(wells['units'])).toBe(true);
    expect(wells['shadowPriceCnyPerUnitYear']).toEqual(expect.any(Number));
    const e = obj(sized, 'economics');
    for (const k of [
      'annualisedCapitalCny',
      'fixedOmCny',
      'operatingCostCny',
      'lcohCnyPerGJ',
      'capexCny',
      'npvCny',
    ])
      expect(e[k], k).toEqual(expect.any(Number));
    expect(e).toHaveProperty('irr');
    expect(e).toHaveProperty('paybackYears');
    expect(obj(e, 'lcohBySourceCnyPerGJ')).toHaveProperty('geothermalWells_1');
    const vs = obj(e, 'vsBaselines');
    for (const b of ['coal', 'gas', 'airSource']) {
      expect(obj(vs, b)).toMatchObject({
        incrementalCapexCny: expect.any(Number) as number,
        annualSavingCny: expect.any(Number) as number,
      });
      expect(obj(vs, b)).toHaveProperty('paybackYears');
    }
    expect(obj(sized, 'season')).toHaveProperty('operatingCostCny');
  });

  it('--fixed reproduces island run: same operating cost (1e-6), capacities at the scenario values', () => {
    const opFixed = obj(fixed, 'season')['operatingCostCny'] as number;
    const opRun = obj(run, 'season')['operatingCostCny'] as number;
    expect(relDiff(opFixed, opRun)).toBeLessThan(1e-6);
    const boiler = obj(obj(fixed, 'capacities'), 'gasBoiler_1');
    expect(boiler['value']).toBeCloseTo(14, 9);
  });

  it('the sized plant costs no more a year than the plant as given', () => {
    const current = obj(fixed, 'economics')['totalAnnualCostCny'] as number;
    const after = obj(sized, 'economics')['totalAnnualCostCny'] as number;
    expect(after).toBeLessThanOrEqual(current * (1 + 1e-9));
  });
});

describe('island run --json gains the economics block', () => {
  it('has capital, LCOH and the baselines for the plant as given', () => {
    const e = obj(run, 'economics');
    expect(e['capexCny']).toBeGreaterThan(0);
    expect(e['lcohCnyPerGJ']).toBeGreaterThan(0);
    expect(Object.keys(obj(e, 'vsBaselines')).sort()).toEqual(['airSource', 'coal', 'gas']);
  });
});

describe('bad sizing input exits 2 naming the path', () => {
  it('min above max', async () => {
    const raw = shortIslandRaw(3);
    raw['sizing'] = { capacities: [{ instance: 'gasBoiler_1', min: 30, max: 10 }] };
    const r = await island('size', writeScenario('bad.json', raw), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/sizing\.capacities\[0\]\.min: min 30 is above max 10/);
  });

  it('a constraint that cannot be met: exit 1 and "infeasible: <which>"', async () => {
    const raw = shortIslandRaw(3);
    raw['sizing'] = { capexBudgetCny: { enabled: true, value: 0 } };
    const r = await island('size', writeScenario('infeasible.json', raw), '--mode', 'representative');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^infeasible: .*sizing\.capexBudgetCny/m);
  });
});
