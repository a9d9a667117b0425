// `island run`: exit codes, stderr/stdout discipline, the --json object (issue 2 keys), LP and inputs exports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import loadHighs from 'highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { normaliseHighsStatus } from '../../solver/backends/highs';
import {
  obj,
  rawScenario,
  relDiff,
  scenarioPath,
  shortIslandRaw,
  techs,
  type JsonObject,
  MODEL_INPUT_COLUMNS,
} from '../helpers/engine-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'island-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ISLAND = scenarioPath('energy-island-1');

async function island(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function writeScenario(name: string, raw: JsonObject | string): string {
  const path = join(dir, name);
  writeFileSync(path, typeof raw === 'string' ? raw : JSON.stringify(raw));
  return path;
}

describe('bad input exits 2 with the issues on stderr and nothing on stdout', () => {
  it('an invalid scenario names the field and what is allowed', async () => {
    const raw = rawScenario();
    obj(techs(raw)[12]!, 'params')['capacityMw'] = -1;
    const r = await island('run', writeScenario('bad.json', raw), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'technologies[12].params.capacityMw: must be at least 0 MW (allowed 0 … 500 MW)',
    );
  });

  it('broken JSON text', async () => {
    const r = await island('run', writeScenario('broken.json', '{"name": '), '--json');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/\(file\): is not valid JSON/);
  });

  it('a file that does not exist', async () => {
    const r = await island('run', join(dir, 'absent.json'), '--json');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/cannot read .*absent\.json/);
  });

  it.each([
    [['--mode', 'bogus'], /--mode must be one of season, representative/],
    [['--backend', 'glpk'], /--backend must be one of highs, jslp/],
    [['--typical-days', '0'], /--typical-days must be a whole number ≥ 1/],
    [['--time-limit', '-3'], /--time-limit must be a number of seconds > 0/],
    [['--frobnicate'], /unknown option --frobnicate/],
  ])('usage error %j', async (flags, message) => {
    const r = await island('run', ISLAND, ...flags, '--json');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });
});

/** The KPI keys issue 2 lists for the season and every period. */
const K = [
  'heatDeliveredMWh', 'heatProducedMWh', 'geothermalHeatMWh', 'geothermalShare', 'operatingCostCny',
  'costCnyPerGJ', 'co2T', 'tceSaved', 'co2AvoidedT', 'unservedHeatMWh', 'dumpedHeatMWh', 'gridImportMWh',
  'carriers', 'pvMWh', 'heatByTechnologyMWh',
]; // prettier-ignore

describe('a good run (representative mode) with --json and both exports', () => {
  const mps = join(dir, 'island.mps');
  const csv = join(dir, 'inputs.csv');
  let run: { code: number; stdout: string; stderr: string };
  let report: JsonObject;
  beforeAll(async () => {
    run = await island(
      'run',
      ISLAND,
      '--mode',
      'representative',
      '--json',
      '--export-lp',
      mps,
      '--export-inputs',
      csv,
    );
    report = JSON.parse(run.stdout) as JsonObject;
  });

  it('exits 0, writes exactly one JSON object on one line to stdout and nothing to stderr', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(typeof report).toBe('object');
    expect(Array.isArray(report)).toBe(false);
  });

  it('has the keys of issue 2', () => {
    expect(report).toMatchObject({
      mode: 'representative',
      status: 'optimal',
      objectiveCny: expect.any(Number) as number,
    });
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['season', 'periods', 'designCheck', 'timingsMs']),
    );
    const timings = obj(report, 'timingsMs');
    for (const k of ['build', 'solve', 'total']) expect(timings[k], k).toEqual(expect.any(Number));
    const periods = report['periods'] as JsonObject[];
    expect(periods.map((p) => p['id'])).toEqual(['early', 'deep', 'late']);
    for (const kpis of [obj(report, 'season'), ...periods]) {
      for (const k of K) expect(kpis, k).toHaveProperty(k);
      expect(kpis['heatByTechnologyMWh']).toHaveProperty('geothermalWells');
      expect(obj(kpis, 'carriers')['gas']).toMatchObject({
        mwh: expect.any(Number),
        quantity: expect.any(Number),
      });
    }
    const points = obj(report, 'designCheck')['points'] as JsonObject[];
    expect(points.map((p) => p['kind'])).toEqual(['design', 'coldest']);
  });

  it('--export-lp .mps and .lp files read back into HiGHS solve to the same objective', async () => {
    const lp = join(dir, 'island.lp');
    const again = await island('run', ISLAND, '--mode', 'representative', '--json', '--export-lp', lp);
    expect(again.code).toBe(0);
    const objective = report['objectiveCny'] as number;
    const highs = await loadHighs();
    for (const [format, path] of [
      ['mps', mps],
      ['lp', lp],
    ] as const) {
      const model = highs.createModel({ format, data: new Uint8Array(readFileSync(path)) });
      try {
        model.options.set({ output_flag: false });
        expect(normaliseHighsStatus(model.run().modelStatus), format).toBe('optimal');
        expect(relDiff(model.getObjectiveValue(), objective), format).toBeLessThan(1e-6);
        expect(model.getColName(0)).toMatch(/^[A-Za-z][A-Za-z0-9_]*__t0000$/);
      } finally {
        model.dispose();
      }
    }
  });

  it('--export-inputs writes the MODEL §10 columns, one row per step', () => {
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 7)).toEqual(MODEL_INPUT_COLUMNS);
    for (const col of [
      'avail_mw__airSourceHeatPump_1',
      'cop__airSourceHeatPump_1',
      'avail_mw__pv_1',
      'avail_mw__solarThermal_1',
    ]) {
      expect(header).toContain(col);
    }
    expect(lines).toHaveLength(1 + 216);
    const weight = header.indexOf('weight');
    const total = lines.slice(1).reduce((s, l) => s + Number(l.split(',')[weight]), 0);
    expect(total).toBe(24 * 151);
  });
});

describe('other outcomes', () => {
  it('without --json prints a readable table with the design check', async () => {
    const r = await island('run', writeScenario('short.json', shortIslandRaw()));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/design check @ -18\.0 °C \(01-03 11:00\)/);
    expect(r.stdout).toMatch(/timings: build \d+ ms, solve \d+ ms/);
  });

  it('unserved heat is a warning on stderr, not hidden (exit 0)', async () => {
    const raw = shortIslandRaw();
    for (const t of techs(raw)) if (t['type'] === 'gasBoiler') t['enabled'] = false;
    const r = await island('run', writeScenario('short-no-boilers.json', raw), '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^WARNING: [\d.]+ MWh of heat demand is not served\.\n$/);
    expect(obj(JSON.parse(r.stdout) as JsonObject, 'season')['unservedHeatMWh']).toBeGreaterThan(0);
  });
});

describe('javascript-lp-solver runs on a worker thread with a time limit', () => {
  it('solves a short season with the same objective as HiGHS', async () => {
    const path = writeScenario('short-jslp.json', shortIslandRaw());
    const [jslp, highs] = await Promise.all([
      island('run', path, '--backend', 'jslp', '--json'),
      island('run', path, '--json'),
    ]);
    expect([jslp.code, jslp.stderr]).toEqual([0, '']);
    const a = JSON.parse(jslp.stdout) as JsonObject;
    const b = JSON.parse(highs.stdout) as JsonObject;
    expect(a['backend']).toBe('jslp');
    expect(Math.abs(Number(a['objectiveCny']) - Number(b['objectiveCny']))).toBeLessThan(
      1e-6 * Math.abs(Number(b['objectiveCny'])),
    );
  });

  it('a solve that overruns its limit is stopped and reported, not left hanging (exit 1)', async () => {
    // Energy Island No. 1 in representative mode takes javascript-lp-solver ~20 s; the limit is 1 s.
    const started = performance.now();
    const r = await island(
      'run',
      ISLAND,
      '--mode',
      'representative',
      '--backend',
      'jslp',
      '--time-limit',
      '1',
    );
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe('island: the solve did not finish within its time limit (1 s) (timeout)\n');
    // 1 s limit + 5 s watchdog margin + worker start; well under the ~20 s the solve itself needs.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
