// `island run`: solve one scenario and print a KPI table (or one JSON object), optionally exporting the LP and inputs.
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseScenarioText } from '../../solver/scenario';
import { InputError } from '../../solver/issues';
import { buildModel, runDispatch } from '../../solver/run';
import { economicsWithBaselines } from '../../solver/economics/run-baselines';
import { writeLpFile } from '../../solver/backends';
import { formatKpi, fuelKpis, kpiLabelOf, kpiValue, type KpiKey } from '../../solver/results/labels';
import type { DispatchResult, Kpis } from '../../solver/results/types';
import { resolveScenario } from '../services/scenario-loader';
import { SolverPool } from '../services/solver-pool';
import { choice, parseArgs, stringFlag, UsageError } from './args';
import type { CliIo } from './main';
import { RUN_USAGE } from './run-usage';

export { RUN_USAGE };

/** How long past its own limit a javascript-lp-solver worker may run before it is terminated, ms. */
const JSLP_WATCHDOG_MARGIN_MS = 5_000;

/** KPIs printed in the readable table, in order. */
const TABLE_ROWS: readonly KpiKey[] = [
  'heatDeliveredMWh',
  'heatProducedMWh',
  'geothermalHeatMWh',
  'geothermalShare',
  'operatingCostCny',
  'costCnyPerGJ',
  'costCnyPerM2',
  'co2T',
  'co2IntensityKgPerGJ',
  'tceSaved',
  'co2AvoidedT',
  'gridImportMWh',
  ...fuelKpis(),
  'pvMWh',
  'unservedHeatMWh',
  'dumpedHeatMWh',
  'storageLossMWh',
];

/** Runs `island run`; returns the exit code (0 ok, 1 solver failure, 2 bad input). */
export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv,
    ['mode', 'backend', 'typical-days', 'time-limit', 'export-inputs', 'export-lp'],
    ['json'],
  );
  const file = args.positional[0];
  if (!file || args.positional.length > 1)
    throw new UsageError(`expected one scenario file\nusage: ${RUN_USAGE}`);
  const mode = choice(args, 'mode', ['season', 'representative'] as const);
  const backend = choice(args, 'backend', ['highs', 'jslp'] as const);
  const kText = stringFlag(args, 'typical-days');
  const typicalDaysPerPeriod = kText === undefined ? undefined : Number(kText);
  if (
    typicalDaysPerPeriod !== undefined &&
    !(Number.isInteger(typicalDaysPerPeriod) && typicalDaysPerPeriod >= 1)
  ) {
    throw new UsageError('--typical-days must be a whole number ≥ 1');
  }
  const limitText = stringFlag(args, 'time-limit');
  const timeLimitSec = limitText === undefined ? undefined : Number(limitText);
  if (timeLimitSec !== undefined && !(Number.isFinite(timeLimitSec) && timeLimitSec > 0)) {
    throw new UsageError('--time-limit must be a number of seconds > 0');
  }
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError([{ path: '(file)', message: `cannot read ${path}: ${(error as Error).message}` }]);
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new InputError(parsed.issues, `${file} is not a valid scenario`);
  const { scenario, weather, measuredDemandMw } = await resolveScenario(JSON.parse(text), dirname(path));
  const opts = { mode, backend, typicalDaysPerPeriod, measuredDemandMw };

  const inputsOut = stringFlag(args, 'export-inputs');
  const lpOut = stringFlag(args, 'export-lp');
  if (inputsOut || lpOut) {
    const built = buildModel(scenario, weather, opts);
    if (inputsOut) {
      const { inputsCsv } = await import('../../solver/report/csv');
      await writeFile(
        inputsOut,
        inputsCsv(
          built,
          scenario.periods.map((p) => p.id),
        ),
      );
    }
    if (lpOut)
      await writeFile(lpOut, writeLpFile(built.compiled, lpOut.toLowerCase().endsWith('.lp') ? 'lp' : 'mps'));
  }
  const raw = JSON.parse(text) as unknown;
  const result =
    (backend ?? scenario.solver.backend) === 'jslp'
      ? await solveJsLpInWorker(raw, dirname(path), {
          mode,
          typicalDaysPerPeriod,
          timeLimitSec: timeLimitSec ?? scenario.solver.timeLimitSec,
        })
      : await runDispatch(scenario, weather, { ...opts, timeLimitSec, includeHourly: false });
  const economics =
    result.status === 'optimal'
      ? await economicsWithBaselines(scenario, weather, result, { ...opts, timeLimitSec })
      : null;
  if (args.flags.has('json')) io.stdout(`${JSON.stringify({ ...jsonReport(result), economics })}\n`);
  else io.stdout(table(result));
  if (result.status !== 'optimal') {
    io.stderr(`solver status: ${result.status} (${result.statusText})\n`);
    return 1;
  }
  if (result.invariants && !result.invariants.ok) {
    io.stderr(`result invariants failed:\n  ${result.invariants.problems.join('\n  ')}\n`);
    return 1;
  }
  if (result.season.unservedHeatMWh > 0) {
    io.stderr(`WARNING: ${result.season.unservedHeatMWh.toFixed(1)} MWh of heat demand is not served.\n`);
  }
  return 0;
}

/**
 * javascript-lp-solver cannot be interrupted (its `timeout` covers branch-and-cut only) and may hang on a
 * badly scaled LP, so the CLI runs it on a worker thread of the solver pool: past the time limit (plus a
 * margin for build and extraction) the worker is terminated and the command fails with a clear message.
 */
async function solveJsLpInWorker(
  raw: unknown,
  baseDir: string,
  o: { mode?: 'season' | 'representative'; typicalDaysPerPeriod?: number; timeLimitSec: number },
): Promise<DispatchResult> {
  const pool = new SolverPool({ size: 1, watchdogMarginMs: JSLP_WATCHDOG_MARGIN_MS });
  try {
    return await pool.solve({
      requestId: 'cli',
      job: {
        scenario: raw,
        baseDir,
        backend: 'jslp',
        ...(o.mode ? { mode: o.mode } : {}),
        ...(o.typicalDaysPerPeriod !== undefined ? { typicalDaysPerPeriod: o.typicalDaysPerPeriod } : {}),
        includeHourly: false,
      },
      timeLimitSec: o.timeLimitSec,
    });
  } finally {
    await pool.close();
  }
}

/** The --json object: exactly one object on stdout. */
export function jsonReport(r: DispatchResult) {
  return {
    scenario: r.scenarioName,
    mode: r.mode,
    backend: r.backend,
    status: r.status,
    statusText: r.statusText,
    objectiveCny: r.objectiveCny,
    season: r.season,
    periods: r.periods,
    designCheck: r.designCheck,
    policies: r.policies,
    invariants: r.invariants,
    lpSize: r.lpSize,
    timingsMs: {
      prepare: r.timings.prepareMs,
      build: r.timings.buildMs,
      solve: r.timings.solveMs,
      extract: r.timings.extractMs,
      total: r.timings.totalMs,
    },
  };
}

function table(r: DispatchResult): string {
  const cols: { title: string; k: Kpis }[] = [
    { title: 'season', k: r.season },
    ...r.periods.map((p) => ({ title: p.id, k: p })),
  ];
  const rows = TABLE_ROWS.map((key) => [
    kpiLabelOf(key).en,
    ...cols.map((c) => formatKpi(key, kpiValue(c.k, key), 'en')),
  ]);
  const header = ['', ...cols.map((c) => c.title)];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const out = [
    `${r.scenarioName} — ${r.mode} mode, ${r.backend}, ${r.status}, objective ${r.objectiveCny.toFixed(0)} CNY`,
    line(header),
    ...rows.map(line),
  ];
  for (const p of r.designCheck.points) {
    const n1 = p.nMinus1 ? `; N−1 (${p.nMinus1.unitOut} out) ${p.nMinus1.marginMw.toFixed(2)} MW` : '';
    out.push(
      `design check @ ${p.tOutC.toFixed(1)} °C${p.when ? ` (${p.when})` : ''}: load ${p.peakLoadMw.toFixed(2)} MW, firm ${p.firmCapacityMw.toFixed(2)} MW, margin ${p.marginMw.toFixed(2)} MW${n1}`,
    );
  }
  out.push(
    `timings: build ${r.timings.buildMs.toFixed(0)} ms, solve ${r.timings.solveMs.toFixed(0)} ms, total ${r.timings.totalMs.toFixed(0)} ms`,
  );
  return `${out.join('\n')}\n`;
}
