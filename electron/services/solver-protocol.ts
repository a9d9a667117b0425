// Messages between the solver pool (main thread) and its worker threads.
import type { ReplyError } from '../shared/ipc-contract';
import type { DispatchResult } from '../../solver/results/types';
import type { RunPhase } from '../../solver/run';

/** What a worker is asked to run: the validated parts of a SolveRequest. */
export interface WorkerJob {
  readonly scenario: unknown;
  readonly baseDir: string | null;
  readonly mode?: 'season' | 'representative';
  readonly backend?: 'highs' | 'jslp';
  /** Representative mode: typical days per period (default the scenario's). */
  readonly typicalDaysPerPeriod?: number;
  readonly includeHourly: boolean;
}

/** Main → worker. */
export type ToWorker = { readonly type: 'solve'; readonly id: number; readonly job: WorkerJob };

/** Worker → main. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly id: number; readonly phase: RunPhase }
  | { readonly type: 'result'; readonly id: number; readonly result: DispatchResult }
  | { readonly type: 'error'; readonly id: number; readonly error: ReplyError };

/** Every ArrayBuffer viewed by a typed array inside `value` (deduplicated), for a postMessage transfer list. */
export function collectBuffers(
  value: unknown,
  exclude: ReadonlySet<ArrayBufferLike> = new Set(),
): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && !exclude.has(v.buffer)) found.add(v.buffer);
      return;
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child);
  };
  walk(value);
  return [...found];
}
