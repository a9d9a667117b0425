// Undo/redo history of the scenario document: pure functions over an immutable state.

/** Past and future snapshots of the raw scenario, plus what the last edit touched (for coalescing). */
export interface History {
  readonly past: readonly unknown[];
  readonly future: readonly unknown[];
  readonly last: { readonly key: string; readonly at: number } | null;
}

/** Number of undo steps kept. */
export const HISTORY_LIMIT = 200;
/** Keystrokes in the same field within this many ms form one undo step. */
export const COALESCE_MS = 1200;

export const EMPTY_HISTORY: History = { past: [], future: [], last: null };

/**
 * Records that `before` was replaced by a new state after an edit of `key` at time `now`. Successive
 * edits of the same field within COALESCE_MS merge into one undo step; any edit clears the future.
 */
export function record(h: History, before: unknown, key: string, now: number): History {
  const merge = h.last !== null && h.last.key === key && now - h.last.at < COALESCE_MS && h.past.length > 0;
  const past = merge ? h.past : [...h.past, before].slice(-HISTORY_LIMIT);
  return { past, future: [], last: { key, at: now } };
}

/** Steps back: the state to show and the new history, or null when there is nothing to undo. */
export function undo(h: History, current: unknown): { state: unknown; history: History } | null {
  const state = h.past[h.past.length - 1];
  if (h.past.length === 0) return null;
  return { state, history: { past: h.past.slice(0, -1), future: [current, ...h.future], last: null } };
}

/** Steps forward again, or null when there is nothing to redo. */
export function redo(h: History, current: unknown): { state: unknown; history: History } | null {
  if (h.future.length === 0) return null;
  const [state, ...future] = h.future;
  return { state, history: { past: [...h.past, current], future, last: null } };
}
