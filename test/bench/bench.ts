// npm run bench: engine timings on Energy Island No. 1 (season cold, warm re-solves, representative), peak RSS, CLP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateScenario, type Scenario } from '../../solver/scenario';
import { buildModel, runDispatch } from '../../solver/run';
import { HighsSession, writeLpFile } from '../../solver/backends';
import { WarmDispatch } from '../../solver/warm-dispatch';
import { loadWeather } from '../../electron/services/scenario-loader';
import type { DispatchResult } from '../../solver/results/types';

const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const skipJslp = args.has('--skip-jslp');
const REPEATS = 3;

const raw: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../scenarios/energy-island-1.json'), 'utf8'),
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const log = (s: string) => {
  if (!asJson) process.stdout.write(`${s}\n`);
};

function validated(r: unknown): Scenario {
  const v = validateScenario(r);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.value;
}

/**
 * Validate → results, timed by phase. The session's kept model is disposed first, so the solve starts
 * without a basis (cold); the loaded WASM instance is reused, as the app's solver workers do.
 */
async function seasonCold(
  session: HighsSession,
): Promise<{ validateMs: number; result: DispatchResult; wallMs: number }> {
  session.dispose();
  const t0 = performance.now();
  const scenario = validated(raw);
  const validateMs = performance.now() - t0;
  const weather = await loadWeather(scenario);
  const result = await runDispatch(scenario, weather, {
    mode: 'season',
    highs: session,
    includeHourly: true,
  });
  return { validateMs, result, wallMs: performance.now() - t0 };
}

/** Peak RSS of a fresh process that loads the scenario and solves the season once (the worker's case). */
function probeRssMb(): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--rss-probe'], {
    encoding: 'utf8',
  });
  return Number(out.trim().split('\n').pop());
}

if (args.has('--rss-probe')) {
  const scenario = validated(raw);
  const session = await HighsSession.create();
  await runDispatch(scenario, await loadWeather(scenario), { mode: 'season', highs: session });
  process.stdout.write(`${process.resourceUsage().maxRSS / 1024}\n`);
  process.exit(0);
}

/** The parts of a raw scenario the warm-start changes touch. */
interface Editable {
  prices: { gasCnyPerNm3: number };
  tariff: { flatCnyPerMwh: number };
  technologies: { type: string; params: Record<string, number> }[];
}

function tech(s: Editable, type: string): Record<string, number> {
  return s.technologies.find((t) => t.type === type)!.params;
}

function withChange(change: (s: Editable) => void): Scenario {
  const copy = structuredClone(raw) as Editable;
  change(copy);
  return validated(copy);
}

async function main(): Promise<void> {
  const scenario = validated(raw);
  const weather = await loadWeather(scenario);
  log(`Energy Island No. 1 benchmark (node ${process.version}, ${process.platform}/${process.arch})`);

  const coldSession = await HighsSession.create();
  const cold: Awaited<ReturnType<typeof seasonCold>>[] = [];
  for (let i = 0; i < REPEATS; i++) cold.push(await seasonCold(coldSession));
  coldSession.dispose();
  const first = cold[0]!;
  const phase = (k: keyof DispatchResult['timings']) => median(cold.map((c) => c.result.timings[k]));
  const seasonWall = median(cold.map((c) => c.wallMs));
  const season = {
    firstRunMs: first.wallMs,
    medianMs: seasonWall,
    validateMs: median(cold.map((c) => c.validateMs)),
    prepareMs: phase('prepareMs'),
    buildMs: phase('buildMs'),
    solveMs: phase('solveMs'),
    extractMs: phase('extractMs'),
    objectiveCny: first.result.objectiveCny,
    lp: first.result.lpSize,
  };
  log(
    `season cold, validate → results: median ${seasonWall.toFixed(0)} ms (first in process ${first.wallMs.toFixed(0)} ms)`,
  );
  log(
    `  validate ${season.validateMs.toFixed(0)}, prepare ${season.prepareMs.toFixed(0)}, build ${season.buildMs.toFixed(0)}, ` +
      `solve ${season.solveMs.toFixed(0)}, extract ${season.extractMs.toFixed(0)} ms; LP ${season.lp.columns} × ${season.lp.rows}, ${season.lp.nonzeros} nz`,
  );

  // Warm re-solves: one session keeps the model and basis; each change re-solves the full season, through the
  // live path (WarmDispatch: price edits re-priced in place), once per warm simplex (auto, primal, dual).
  const changes: [string, (s: Editable) => void][] = [
    ['gas price +10 %', (s) => (s.prices.gasCnyPerNm3 *= 1.1)],
    ['electricity flat price +10 %', (s) => (s.tariff.flatCnyPerMwh *= 1.1)],
    ['ASHP capacity 8 → 10 MW', (s) => (tech(s, 'airSourceHeatPump')['capacityMw'] = 10)],
    ['wells 6 → 5 doublets', (s) => (tech(s, 'geothermalWells')['doublets'] = 5)],
  ];
  type WarmFigure = {
    solveMs: number;
    totalMs: number;
    warmStart: boolean;
    iterations: number | null;
    path: string | null;
    strategy: string | null;
    guard: string | null;
  };
  const warm: Record<string, WarmFigure> = {};
  const warmByStrategy: Record<string, Record<string, WarmFigure>> = {};
  const guardCounts = { checked: 0, failed: 0 };
  for (const strategy of ['auto', 'primal', 'dual'] as const) {
    const live = new WarmDispatch(await HighsSession.create({ warmStrategy: strategy }));
    await live.run(scenario, weather, { mode: 'season' });
    const figures: Record<string, WarmFigure> = {};
    for (const [label, change] of changes) {
      const r = await live.run(withChange(change), weather, { mode: 'season' });
      const report = live.highs.lastReport;
      figures[label] = {
        solveMs: r.timings.solveMs,
        totalMs: r.timings.totalMs,
        warmStart: r.warmStart,
        iterations: r.iterations,
        path: live.lastPath,
        strategy: report?.strategy ?? null,
        guard: report?.guard ?? null,
      };
      // Back to the base case, so every change starts from the same basis.
      await live.run(scenario, weather, { mode: 'season' });
      if (strategy === 'auto')
        log(
          `warm re-solve after ${label}: solve ${r.timings.solveMs.toFixed(0)} ms (${r.iterations} iterations, ` +
            `${report?.strategy} simplex, ${live.lastPath}, guard ${report?.guard}), change → results ${r.timings.totalMs.toFixed(0)} ms (targets 50 / 100)`,
        );
    }
    guardCounts.checked += live.highs.guardCounts.checked;
    guardCounts.failed += live.highs.guardCounts.failed;
    warmByStrategy[strategy] = figures;
    if (strategy === 'auto') Object.assign(warm, figures);
    live.reset();
  }
  for (const [label] of changes)
    log(
      `  ${label}: primal ${warmByStrategy['primal']![label]!.iterations} it / ${warmByStrategy['primal']![label]!.solveMs.toFixed(0)} ms, ` +
        `dual ${warmByStrategy['dual']![label]!.iterations} it / ${warmByStrategy['dual']![label]!.solveMs.toFixed(0)} ms`,
    );
  log(`warm guard: ${guardCounts.checked} warm results checked, ${guardCounts.failed} re-solved cold`);

  const repSession = await HighsSession.create();
  const rep: DispatchResult[] = [];
  for (let i = 0; i < REPEATS; i++) {
    repSession.dispose();
    rep.push(await runDispatch(scenario, weather, { mode: 'representative', highs: repSession }));
  }
  repSession.dispose();
  const representativeHighs = {
    solveMs: median(rep.map((r) => r.timings.solveMs)),
    totalMs: median(rep.map((r) => r.timings.totalMs)),
    objectiveCny: rep[0]!.objectiveCny,
    costDeltaVsSeason: rep[0]!.season.operatingCostCny / first.result.season.operatingCostCny - 1,
    co2DeltaVsSeason: rep[0]!.season.co2T / first.result.season.co2T - 1,
  };
  log(
    `representative (k = 3) HiGHS: solve ${representativeHighs.solveMs.toFixed(1)} ms, total ${representativeHighs.totalMs.toFixed(0)} ms; ` +
      `cost ${(100 * representativeHighs.costDeltaVsSeason).toFixed(2)} %, CO2 ${(100 * representativeHighs.co2DeltaVsSeason).toFixed(2)} % vs season`,
  );
  let representativeJslp: { solveMs: number; objectiveCny: number; relativeGap: number } | null = null;
  if (!skipJslp) {
    const r = await runDispatch(scenario, weather, { mode: 'representative', backend: 'jslp' });
    representativeJslp = {
      solveMs: r.timings.solveMs,
      objectiveCny: r.objectiveCny,
      relativeGap:
        Math.abs(r.objectiveCny - representativeHighs.objectiveCny) / representativeHighs.objectiveCny,
    };
    log(
      `representative (k = 3) javascript-lp-solver: solve ${r.timings.solveMs.toFixed(0)} ms; objective gap to HiGHS ${representativeJslp.relativeGap.toExponential(1)}`,
    );
  }

  const clp = clpSeconds(scenario, weather);
  if (clp)
    log(
      `native CLP (dual simplex) on the exported season MPS: ${(clp * 1000).toFixed(0)} ms; season end-to-end / CLP = ${(seasonWall / (clp * 1000)).toFixed(2)} (target ≤ 1.5)`,
    );
  else log('native CLP: not installed (apt-get install coinor-clp) — ratio not measured');

  const peakRssMb = probeRssMb();
  const benchRssMb = process.resourceUsage().maxRSS / 1024;
  log(
    `peak RSS of one season solve in a fresh process: ${peakRssMb.toFixed(0)} MB (target ≤ 400); of this whole benchmark ${benchRssMb.toFixed(0)} MB`,
  );
  if (asJson) {
    process.stdout.write(
      `${JSON.stringify({ season, warm, warmByStrategy, guardCounts, representativeHighs, representativeJslp, clpMs: clp ? clp * 1000 : null, peakRssMb, benchRssMb })}\n`,
    );
  }
}

/** Exports the season LP as MPS and times native CLP on it (median of 3), or null when clp is missing. */
function clpSeconds(scenario: Scenario, weather: Awaited<ReturnType<typeof loadWeather>>): number | null {
  try {
    execFileSync('clp', ['-quit'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'island-bench-'));
  const file = join(dir, 'season.mps');
  writeFileSync(file, writeLpFile(buildModel(scenario, weather, { mode: 'season' }).compiled, 'mps'));
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now();
    execFileSync('clp', [file, '-dualsimplex', '-quit'], { stdio: 'ignore' });
    times.push((performance.now() - t) / 1000);
  }
  return median(times);
}

await main();
