// Solves the baseline plants on the same demand and adds the comparison to a plant's economics.
import { runDispatch, type RunOptions } from '../run';
import type { Scenario } from '../scenario';
import type { WeatherYear } from '../weather';
import type { DispatchResult } from '../results/types';
import { BASELINE_IDS, baselineScenario, compareWithBaseline, type BaselineId } from './baselines';
import type { BaselineComparison, Economics } from './types';

/** Peak load (MW) and coldest-hour temperature (°C) of a result's design check. */
function peakOf(r: DispatchResult): { peakLoadMw: number; coldestC: number } {
  const pts = r.designCheck.points;
  const coldest = pts.find((p) => p.kind === 'coldest') ?? pts[0];
  return {
    peakLoadMw: Math.max(0, ...pts.map((p) => p.peakLoadMw)),
    coldestC: coldest?.tOutC ?? 0,
  };
}

/**
 * The plant's economics with `vsBaselines` filled: each baseline of {@link BASELINE_IDS} is dispatched on the
 * same demand in the same mode (an LP each, without hourly output) and compared. A baseline that does not
 * solve to optimality is left out, never reported as zero.
 */
export async function economicsWithBaselines(
  s: Scenario,
  weather: WeatherYear,
  result: DispatchResult,
  opts: RunOptions = {},
  ids: readonly BaselineId[] = BASELINE_IDS,
): Promise<Economics | null> {
  const plant = result.economics;
  if (!plant) return null;
  const { peakLoadMw, coldestC } = peakOf(result);
  const vs: Record<string, BaselineComparison> = {};
  for (const id of ids) {
    const b = await runDispatch(baselineScenario(s, id, peakLoadMw, coldestC), weather, {
      ...opts,
      mode: result.mode,
      includeHourly: false,
      onProgress: undefined,
    });
    if (b.status === 'optimal' && b.economics) vs[id] = compareWithBaseline(plant, b.economics, id);
  }
  return { ...plant, vsBaselines: vs };
}
