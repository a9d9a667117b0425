// Selectors: derived facts about the state that several components read (pure functions of AppState).
import { GEOTHERMAL_IDS } from '../../solver/catalog';
import type { DispatchResult } from '../../solver/results/types';
import { getAt } from './paths';
import type { AppState } from './types';

/** The result on screen was computed from an older (or another) document state. */
export function selectStale(s: AppState): boolean {
  return s.result !== null && (s.resultDocId !== s.docId || s.resultRev !== s.rev);
}

export function selectSolving(s: AppState): boolean {
  return s.solve.kind === 'solving';
}

/** Unsaved changes since open or last save (undoing back to the saved state is clean). */
export function selectDirty(s: AppState): boolean {
  return !sameContent(s.scenario, s.savedScenario);
}

const compared = new WeakMap<object, { other: unknown; same: boolean }>();

/**
 * Whether two raw scenarios hold the same content: the same object, or equal JSON (a value typed back to
 * what it was is not an unsaved change). Memoised per pair, so selectors stay cheap on every render.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const hit = compared.get(a);
  if (hit && hit.other === b) return hit.same;
  const same = JSON.stringify(a) === JSON.stringify(b);
  compared.set(a, { other: b, same });
  return same;
}

/** The scenario's display name in the UI language (Chinese name when there is one). */
export function selectScenarioName(s: AppState): string {
  const zh = getAt(s.scenario, ['nameZh']);
  const en = getAt(s.scenario, ['name']);
  if (s.lang === 'zh' && typeof zh === 'string' && zh) return zh;
  return typeof en === 'string' && en ? en : s.docName;
}

/** Geothermal share target: the scenario's minimum-share policy value (used as the target even when off). */
/**
 * The geothermal share target the overview measures against: the policy's value when the policy is on, or
 * when the scenario runs a geothermal technology (the 70 % design target of Energy Island No. 1, shown as a
 * reference even when not enforced). Null for a scenario without geothermal heat and without the policy.
 */
export function selectShareTarget(s: AppState): number | null {
  const v = getAt(s.scenario, ['policies', 'minGeothermalShare', 'value']);
  if (typeof v !== 'number' || v < 0 || v > 1) return null;
  if (getAt(s.scenario, ['policies', 'minGeothermalShare', 'enabled']) === true) return v;
  const techs = getAt(s.scenario, ['technologies']);
  const geothermal =
    Array.isArray(techs) &&
    techs.some((t: unknown) => {
      const o = t as { type?: unknown; enabled?: unknown } | null;
      return o?.enabled !== false && typeof o?.type === 'string' && GEOTHERMAL_IDS.includes(o.type);
    });
  return geothermal ? v : null;
}

/** Typical days per period of a representative-mode result, from its step count; null in season mode. */
export function typicalDaysOf(result: DispatchResult): number | null {
  if (result.mode !== 'representative' || !result.hourly || result.periods.length === 0) return null;
  return Math.round(result.hourly.n / 24 / result.periods.length);
}

/** The solve phase as a 0..1 fraction for the progress bar (phases are coarse; solve is the long one). */
export function phaseFraction(phase: string): number {
  const steps: Readonly<Record<string, number>> = {
    queued: 0.05,
    prepare: 0.15,
    build: 0.3,
    solve: 0.55,
    extract: 0.9,
    done: 1,
  };
  return steps[phase] ?? 0.05;
}

/**
 * The period tab to show: the chosen one while the result has it, else the season (a period removed in the
 * editor, or another document opened, must not leave empty charts and no selected tab).
 */
export function selectPeriod(s: AppState): AppState['period'] {
  const p = s.period;
  return p === 'season' || (s.result !== null && p < s.result.periods.length) ? p : 'season';
}
