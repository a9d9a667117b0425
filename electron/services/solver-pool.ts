// A pool of solver worker threads: queueing, progress, cancel by terminate, watchdog, crash replacement.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RunPhase } from '../../solver/run';
import type { DispatchResult } from '../../solver/results/types';
import type { ReplyError } from '../shared/ipc-contract';
import { HostError } from './host-error';
import type { ExportOutput } from './export';
import type { FromWorker, PoolJob, ToWorker } from './solver-protocol';

/** Options of {@link SolverPool}. */
export interface SolverPoolOptions {
  /** Worker threads; default cores − 1, at least 1. */
  readonly size?: number;
  /** Worker entry; default the bundled solver-worker.mjs next to this module, or the tsx boot file in development. */
  readonly workerUrl?: URL;
  /** Extra time past a job's time limit before the watchdog terminates its worker (ms). */
  readonly watchdogMarginMs?: number;
}

/** One request for the pool. */
export interface PoolRequest {
  readonly requestId: string;
  readonly job: PoolJob;
  /** HiGHS' own limit; the watchdog fires at this plus the margin. */
  readonly timeLimitSec: number;
  readonly sessionKey?: string;
  readonly onProgress?: (phase: RunPhase | 'queued' | 'done', elapsedMs: number) => void;
}

interface Pending {
  readonly req: PoolRequest;
  readonly startedAt: number;
  readonly resolve: (result: DispatchResult | ExportOutput) => void;
  readonly reject: (error: HostError) => void;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  jobId: number;
  lastSessionKey: string | null;
  watchdog: NodeJS.Timeout | null;
  /** The worker has loaded (posted 'ready'); one that dies before that failed to start. */
  ready: boolean;
  /** Consecutive start failures, for the restart back-off. */
  startFailures: number;
  /** Pending restart after start failures; the slot takes no jobs meanwhile. */
  restart: NodeJS.Timeout | null;
}

/** Default margin: building and extracting a season take a few seconds on top of HiGHS' own limit. */
const DEFAULT_WATCHDOG_MARGIN_MS = 30_000;
/** Restart back-off after a worker fails to start (missing bundle, broken install): 0.2 s doubling to 30 s. */
const RESTART_BASE_MS = 100;
const RESTART_MAX_MS = 30_000;

/** Default worker count: one core stays free for the UI and the main process. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Where the worker entry is: the bundle next to a bundled main, or the TypeScript source through tsx. */
export function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? new URL('./solver-worker-boot.mjs', here)
    : new URL('./solver-worker.mjs', here);
}

/**
 * Runs solves on worker threads, never on the calling thread. Requests beyond the pool size queue (FIFO);
 * a request with a sessionKey goes to the worker that last ran that key when it is free (warm start).
 * Cancel terminates the worker at once and starts a replacement; a worker that exits or errors is
 * replaced and its caller gets 'worker-crashed'; one that overruns its time limit gets 'timeout'.
 */
export class SolverPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly workerUrl: URL;
  private readonly marginMs: number;
  private nextJobId = 1;
  /** Workers whose death was handled (a failed start fires 'error' and 'exit'). */
  private readonly dead = new WeakSet<Worker>();
  private closed = false;

  constructor(options: SolverPoolOptions = {}) {
    this.workerUrl = options.workerUrl ?? defaultWorkerUrl();
    this.marginMs = options.watchdogMarginMs ?? DEFAULT_WATCHDOG_MARGIN_MS;
    const size = Math.max(1, options.size ?? defaultPoolSize());
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Number of worker threads. */
  get size(): number {
    return this.slots.length;
  }

  /** Requests waiting for a worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** Solves one request; rejects with a HostError ('cancelled', 'timeout', 'worker-crashed', 'invalid-…'). */
  solve(req: PoolRequest): Promise<DispatchResult> {
    return this.submit(req) as Promise<DispatchResult>;
  }

  /** Runs an export job on a worker (same queue, cancel, time limit and crash handling as a solve). */
  exportRun(req: PoolRequest & { readonly job: { readonly kind: 'export' } }): Promise<ExportOutput> {
    return this.submit(req) as Promise<ExportOutput>;
  }

  private submit(req: PoolRequest): Promise<DispatchResult | ExportOutput> {
    if (this.closed) return Promise.reject(new HostError('internal', 'the solver pool is closed'));
    if (this.find(req.requestId)) {
      return Promise.reject(
        new HostError('invalid-request', `requestId ${req.requestId} is already running`),
      );
    }
    return new Promise<DispatchResult | ExportOutput>((resolve, reject) => {
      this.queue.push({ req, startedAt: performance.now(), resolve, reject });
      req.onProgress?.('queued', 0);
      this.pump();
    });
  }

  /** Cancels a queued or running request; true when it was found. A running one's worker is terminated. */
  cancel(requestId: string): boolean {
    const q = this.queue.findIndex((p) => p.req.requestId === requestId);
    if (q >= 0) {
      const [pending] = this.queue.splice(q, 1);
      pending!.reject(new HostError('cancelled', 'the solve was cancelled'));
      return true;
    }
    const slot = this.slots.find((s) => s.job?.req.requestId === requestId);
    if (!slot) return false;
    this.fail(slot, new HostError('cancelled', 'the solve was cancelled'));
    return true;
  }

  /** The worker currently running a request (diagnostics and fault-injection tests). */
  workerOf(requestId: string): Worker | undefined {
    return this.slots.find((s) => s.job?.req.requestId === requestId)?.worker;
  }

  /** Rejects everything pending and terminates every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new HostError('cancelled', 'the app is closing'));
    const exits = this.slots.map(async (slot) => {
      this.clearWatchdog(slot);
      if (slot.restart) clearTimeout(slot.restart);
      const job = slot.job;
      slot.job = null;
      job?.reject(new HostError('cancelled', 'the app is closing'));
      await slot.worker.terminate();
    });
    await Promise.all(exits);
  }

  private find(requestId: string): boolean {
    return (
      this.queue.some((p) => p.req.requestId === requestId) ||
      this.slots.some((s) => s.job?.req.requestId === requestId)
    );
  }

  /** Starts a worker thread for `slot` (a new slot when none is given). */
  private spawn(slot?: Slot): Slot {
    const worker = new Worker(this.workerUrl);
    const s: Slot = slot ?? {
      worker,
      job: null,
      jobId: 0,
      lastSessionKey: null,
      watchdog: null,
      ready: false,
      startFailures: 0,
      restart: null,
    };
    s.worker = worker;
    s.lastSessionKey = null;
    s.ready = false;
    worker.on('message', (m: FromWorker) => this.onMessage(s, worker, m));
    worker.on('error', (e) => this.onDeath(s, worker, `the solver worker failed: ${e.message}`));
    worker.on('exit', (code) => this.onDeath(s, worker, `the solver worker stopped (exit code ${code})`));
    // An idle worker must not keep a CLI or test process alive.
    worker.unref();
    return s;
  }

  private pump(): void {
    while (this.queue.length) {
      const idle = this.slots.filter((s) => s.job === null && s.restart === null);
      if (!idle.length) return;
      const next = this.queue[0]!;
      const key = next.req.sessionKey ?? null;
      const slot = idle.find((s) => key !== null && s.lastSessionKey === key) ?? idle[0]!;
      this.queue.shift();
      this.start(slot, next);
    }
  }

  private start(slot: Slot, pending: Pending): void {
    slot.job = pending;
    slot.jobId = this.nextJobId++;
    slot.lastSessionKey = pending.req.sessionKey ?? null;
    slot.worker.ref();
    const limitMs = pending.req.timeLimitSec * 1000 + this.marginMs;
    slot.watchdog = setTimeout(() => {
      this.fail(
        slot,
        new HostError(
          'timeout',
          `the solve did not finish within its time limit (${pending.req.timeLimitSec} s)`,
        ),
      );
    }, limitMs);
    const message: ToWorker = { type: 'solve', id: slot.jobId, job: pending.req.job };
    slot.worker.postMessage(message);
  }

  private onMessage(slot: Slot, worker: Worker, m: FromWorker): void {
    if (slot.worker !== worker) return;
    if (m.type === 'ready') {
      slot.ready = true;
      slot.startFailures = 0;
      return;
    }
    const job = slot.job;
    if (!job || m.id !== slot.jobId) return;
    const elapsed = performance.now() - job.startedAt;
    if (m.type === 'progress') {
      job.req.onProgress?.(m.phase, elapsed);
      return;
    }
    this.finish(slot);
    if (m.type === 'result') {
      job.req.onProgress?.('done', elapsed);
      job.resolve(m.result);
    } else job.reject(errorFrom(m.error));
    this.pump();
  }

  /** A worker died on its own (crash, out of memory, process.exit): its caller learns why, a new one takes over. */
  private onDeath(slot: Slot, worker: Worker, why: string): void {
    // Node reports a worker that dies while loading with both 'error' and 'exit': handle its death once.
    if (slot.worker !== worker || this.closed || this.dead.has(worker)) return;
    this.dead.add(worker);
    const job = slot.job;
    this.finish(slot);
    if (slot.ready) {
      this.replace(slot);
      job?.reject(new HostError('worker-crashed', `${why}; a new worker was started, try again`));
    } else {
      // It never started: retry later instead of spinning, and fail waiting requests if no worker is left.
      void worker.terminate();
      slot.startFailures++;
      if (slot.restart) clearTimeout(slot.restart);
      const delay = Math.min(RESTART_MAX_MS, RESTART_BASE_MS * 2 ** slot.startFailures);
      slot.restart = setTimeout(() => {
        slot.restart = null;
        if (this.closed) return;
        this.spawn(slot);
        this.pump();
      }, delay);
      slot.restart.unref();
      const error = new HostError('worker-crashed', `the solver worker could not start (${why})`);
      job?.reject(error);
      if (this.slots.every((s) => s.restart !== null)) for (const p of this.queue.splice(0)) p.reject(error);
    }
    this.pump();
  }

  /** Ends a running job with an error, terminating its worker (cancel, watchdog). */
  private fail(slot: Slot, error: HostError): void {
    const job = slot.job;
    this.finish(slot);
    this.replace(slot);
    job?.reject(error);
    this.pump();
  }

  private finish(slot: Slot): void {
    this.clearWatchdog(slot);
    slot.job = null;
    slot.worker.unref();
  }

  /** Terminates the slot's worker (without waiting) and puts a fresh one in its place. */
  private replace(slot: Slot): void {
    // The old worker's listeners stay: they ignore a worker that no longer holds the slot.
    void slot.worker.terminate();
    this.spawn(slot);
  }

  private clearWatchdog(slot: Slot): void {
    if (slot.watchdog) clearTimeout(slot.watchdog);
    slot.watchdog = null;
  }
}

function errorFrom(error: ReplyError): HostError {
  return new HostError(error.code, error.message, error.issues);
}
