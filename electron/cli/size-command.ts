// `island size`: size the scenario's capacities (MODEL §8) and print the sized plant (or one JSON object).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseScenarioText } from '../../solver/scenario';
import { InputError } from '../../solver/issues';
import { runSizing, type SizingResult } from '../../solver/sizing/run';
import { infeasibleConstraints } from '../../solver/sizing/diagnose';
import { buildSizingModel } from '../../solver/sizing/model';
import { sizingPlan } from '../../solver/sizing/plan';
import { economicsWithBaselines } from '../../solver/economics/run-baselines';
import { writeLpFile } from '../../solver/backends';
import type { Economics } from '../../solver/economics';
import { resolveScenario } from '../services/scenario-loader';
import { choice, parseArgs, stringFlag, UsageError } from './args';
import type { CliIo } from './main';
import { SIZE_USAGE } from './size-usage';

/** Runs `island size`; returns the exit code (0 optimal, 1 not optimal, 2 bad input). */
export async function sizeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['mode', 'time-limit', 'export-lp'], ['json', 'fixed']);
  const file = args.positional[0];
  if (!file || args.positional.length > 1)
    throw new UsageError(`expected one scenario file\nusage: ${SIZE_USAGE}`);
  const mode = choice(args, 'mode', ['season', 'representative'] as const);
  const limitText = stringFlag(args, 'time-limit');
  const timeLimitSec = limitText === undefined ? undefined : Number(limitText);
  if (timeLimitSec !== undefined && !(Number.isFinite(timeLimitSec) && timeLimitSec > 0)) {
    throw new UsageError('--time-limit must be a number of seconds > 0');
  }
  const fixed = args.flags.has('fixed');
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
  const lpOut = stringFlag(args, 'export-lp');
  if (lpOut) {
    const plan = sizingPlan(scenario, { fixed });
    if (!plan.ok) throw new InputError(plan.issues, 'sizing input is invalid');
    const m = buildSizingModel(scenario, weather, plan.value, {
      mode: mode ?? scenario.solver.mode,
      measuredDemandMw,
      fixed,
    });
    await writeFile(lpOut, writeLpFile(m.compiled, lpOut.toLowerCase().endsWith('.lp') ? 'lp' : 'mps'));
  }
  const result = await runSizing(scenario, weather, { mode, fixed, timeLimitSec, measuredDemandMw });
  const economics =
    result.dispatch && result.sizedScenario
      ? await economicsWithBaselines(result.sizedScenario, weather, result.dispatch, { measuredDemandMw })
      : null;
  if (args.flags.has('json')) io.stdout(`${JSON.stringify(sizeJson(result, economics))}\n`);
  else io.stdout(sizeTable(result, economics));
  if (result.status === 'infeasible') {
    const which = await infeasibleConstraints(scenario, weather, {
      mode: 'representative',
      measuredDemandMw,
    });
    io.stderr(
      `infeasible: ${which.length ? which.join('; ') : 'the capacity bounds cannot meet the demand'}\n`,
    );
    return 1;
  }
  if (result.status !== 'optimal') {
    io.stderr(`solver status: ${result.status} (${result.statusText})\n`);
    return 1;
  }
  return 0;
}

/** The --json object of `island size` (issue #9). */
export function sizeJson(r: SizingResult, economics: Economics | null) {
  return {
    status: r.status,
    mode: r.mode,
    objectiveCny: r.objectiveCny,
    capacities: Object.fromEntries(
      Object.entries(r.capacities).map(([id, c]) => [
        id,
        {
          value: c.value,
          unit: c.unit,
          ...(c.units !== undefined ? { units: c.units } : {}),
          lower: c.lower,
          upper: c.upper,
          shadowPriceCnyPerUnitYear: c.shadowPriceCnyPerUnitYear,
        },
      ]),
    ),
    economics,
    season: r.dispatch?.season ?? null,
    periods: r.dispatch?.periods ?? [],
    mip: r.mip,
    timingsMs: r.timingsMs,
  };
}

const fmt = (x: number, digits = 0) =>
  Number.isFinite(x)
    ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';

function sizeTable(r: SizingResult, e: Economics | null): string {
  const out = [
    `${r.mode} mode sizing, ${r.status} (${r.statusText}), objective ${fmt(r.objectiveCny)} CNY/a` +
      (r.mip
        ? `, MIP gap ${r.mip.gap === null ? '–' : (r.mip.gap * 100).toFixed(3)} %, nodes ${r.mip.nodes ?? '–'}`
        : ''),
  ];
  const rows = Object.entries(r.capacities).map(([id, c]) => [
    id,
    `${fmt(c.value, 3)} ${c.unit}${c.units !== undefined ? ` (${c.units} units)` : ''}`,
    `now ${fmt(c.current, 3)}`,
    `[${fmt(c.lower, 2)}, ${fmt(c.upper, 2)}]`,
    c.shadowPriceCnyPerUnitYear === null ? '–' : `${fmt(c.shadowPriceCnyPerUnitYear)} CNY/${c.unit}·a`,
  ]);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((row) => row[i]!.length), 0));
  for (const row of rows)
    out.push(
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    );
  if (e) {
    out.push(
      `CAPEX ${fmt(e.capexCny)} CNY; annual: capital ${fmt(e.annualisedCapitalCny)} + fixed O&M ${fmt(e.fixedOmCny)} + operating ${fmt(e.operatingCostCny)} − off-season credit ${fmt(e.offSeasonCreditCny)} CNY`,
      `LCOH ${fmt(e.lcohCnyPerGJ, 2)} CNY/GJ (${fmt(e.lcohCnyPerMWh, 1)} CNY/MWh) over ${fmt(e.heatDeliveredMWh)} MWh delivered`,
    );
    for (const b of Object.values(e.vsBaselines)) {
      out.push(
        `vs ${b.label.en}: incremental CAPEX ${fmt(b.incrementalCapexCny)} CNY, saving ${fmt(b.annualSavingCny)} CNY/a, payback ${b.paybackYears === null ? 'never' : `${fmt(b.paybackYears, 1)} a`} (discounted ${b.discountedPaybackYears === null ? 'never' : `${fmt(b.discountedPaybackYears, 1)} a`})`,
      );
    }
  }
  out.push(
    `timings: build ${fmt(r.timingsMs.build)} ms, solve ${fmt(r.timingsMs.solve)} ms, dispatch ${fmt(r.timingsMs.dispatch)} ms`,
  );
  return `${out.join('\n')}\n`;
}
