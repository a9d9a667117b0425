// Messages between the solver pool (main thread) and its worker threads.
import type { ExportFormat, Lang, ReplyError, ReportType } from '../shared/ipc-contract';
import type { ExportItem, ExportOutput } from './export';
import type { DispatchResult } from '../../solver/results/types';
import type { RunPhase } from '../../solver/run';

/** What a worker is asked to run: the validated parts of a SolveRequest. */
export interface WorkerJob {
  readonly kind?: 'solve';
  readonly scenario: unknown;
  readonly baseDir: string | null;
  readonly mode?: 'season' | 'representative';
  readonly backend?: 'highs' | 'jslp';
  /** Representative mode: typical days per period (default the scenario's). */
  readonly typicalDaysPerPeriod?: number;
  readonly includeHourly: boolean;
}

/**
 * An export run in the worker (solve, build, render, write the workbook): the main process only writes the
 * bytes, and for a PDF prints the HTML the worker returns (`bytes` then hold that HTML) with Chromium.
 */
export interface ExportWorkerJob {
  readonly kind: 'export';
  readonly format: ExportFormat;
  readonly reportType?: ReportType;
  readonly lang: Lang;
  readonly items: readonly ExportItem[];
}

/** Any job of the pool. */
export type PoolJob = WorkerJob | ExportWorkerJob;

/** Main → worker. */
export type ToWorker = { readonly type: 'solve'; readonly id: number; readonly job: PoolJob };

/** Worker → main. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly id: number; readonly phase: RunPhase }
  | { readonly type: 'result'; readonly id: number; readonly result: DispatchResult | ExportOutput }
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
