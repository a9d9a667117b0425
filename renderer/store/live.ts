// Live re-solve: every valid edit re-solves the scenario in the background, debounced and cancellable.
import type { StoreApi } from 'zustand';
import type { ApiRef, AppState } from './types';

/**
 * This tab's id: request ids and warm-start keys carry it, so two tabs on one browser host (which share
 * the worker pool and the event stream) never take each other's solves, progress or cancels.
 */
export const TAB_ID = Math.random().toString(36).slice(2, 10);

/** The folder of a scenario file (either separator), or null for an unsaved document. */
export function dirOf(path: string | null): string | null {
  if (!path) return null;
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : cut === 0 ? path.slice(0, 1) : null;
}

/** Quiet time after the last keystroke before a solve starts (ARCHITECTURE: ~400 ms). */
export const DEBOUNCE_MS = 400;

export interface LiveOptions {
  readonly debounceMs?: number;
  readonly now?: () => number;
}

/**
 * Watches the document: on a change, cancels the solve in flight; when the new state validates, solves
 * it after the debounce (at once for a newly opened document) with sessionKey = document id so the
 * worker re-solves warm. A reply for a superseded request is dropped; an invalid edit keeps the last
 * good result (the selectors mark it stale). Returns a function that stops watching.
 */
export function startLiveSolve(store: StoreApi<AppState>, api: ApiRef, opts: LiveOptions = {}): () => void {
  const debounceMs = opts.debounceMs ?? DEBOUNCE_MS;
  const now = opts.now ?? (() => performance.now());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let seq = 0;

  const run = async () => {
    timer = null;
    const s = store.getState();
    if (!s.valid) return;
    seq += 1;
    const requestId = `solve-${TAB_ID}-${s.docId}-r${s.rev}-${seq}`;
    const startedAt = now();
    store.setState({
      solve: { kind: 'solving', requestId, rev: s.rev, phase: 'queued', elapsedMs: 0, startedAt },
    });
    const baseDir = dirOf(s.path);
    const reply = await api().solveRun({
      requestId,
      scenario: s.scenario,
      sessionKey: `${TAB_ID}-${s.docId}`,
      includeHourly: true,
      // Relative file references (EPW, measured CSV) resolve next to the scenario file.
      ...(baseDir ? { baseDir } : {}),
    });
    const after = store.getState().solve;
    if (after.kind !== 'solving' || after.requestId !== requestId) return;
    if (reply.ok && reply.value.status !== 'optimal') {
      // Infeasible or out of time: its figures are zeros, not an answer. Keep the last good result.
      const r = reply.value;
      store.setState({
        solve: {
          kind: 'error',
          error: { code: 'no-optimum', message: `${r.status} (${r.statusText})` },
          rev: s.rev,
        },
      });
    } else if (reply.ok) {
      store.setState({
        result: reply.value,
        resultDocId: s.docId,
        resultRev: s.rev,
        solve: { kind: 'idle' },
        lastSolveMs: now() - startedAt,
      });
    } else if (reply.error.code === 'cancelled') store.setState({ solve: { kind: 'idle' } });
    else store.setState({ solve: { kind: 'error', error: reply.error, rev: s.rev } });
  };

  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };

  const unsubscribeDoc = store.subscribe((next, prev) => {
    if (next.scenario === prev.scenario && next.docId === prev.docId) return;
    store.getState().cancelSolve();
    if (timer) clearTimeout(timer);
    timer = null;
    if (next.valid) schedule(next.docId !== prev.docId ? 0 : debounceMs);
  });
  const unsubscribeProgress = api().on('island:solve:progress', (p) => {
    const s = store.getState().solve;
    if (s.kind === 'solving' && s.requestId === p.requestId) {
      store.setState({ solve: { ...s, phase: p.phase, elapsedMs: p.elapsedMs } });
    }
  });
  if (store.getState().valid) schedule(0);
  return () => {
    if (timer) clearTimeout(timer);
    unsubscribeDoc();
    unsubscribeProgress();
  };
}
