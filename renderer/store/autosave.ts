// Autosave: unsaved work goes to the app data folder (via island:autosave:write) for recovery after a crash.
import type { StoreApi } from 'zustand';
import { sameContent } from './selectors';
import type { ApiRef, AppState } from './types';

/** Quiet time before unsaved edits are written to the autosave file. */
export const AUTOSAVE_MS = 5000;
/** Longest an unsaved edit waits for the autosave while edits keep coming (the shell's "every 30 s"). */
export const AUTOSAVE_MAX_WAIT_MS = 30_000;

/**
 * Writes unsaved work to the app data folder 5 s after the last edit, and at the latest 30 s after the
 * first edit not yet autosaved, so continuous typing is still saved twice a minute.
 */
export function startAutosave(store: StoreApi<AppState>, api: ApiRef): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingSince: number | null = null;
  const write = () => {
    timer = null;
    pendingSince = null;
    writeAutosaveNow(store, api);
  };
  const stop = store.subscribe((s, prev) => {
    if (s.rev === prev.rev || sameContent(s.scenario, s.savedScenario)) return;
    const now = Date.now();
    pendingSince ??= now;
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, Math.min(AUTOSAVE_MS, Math.max(0, pendingSince + AUTOSAVE_MAX_WAIT_MS - now)));
  });
  return () => {
    stop();
    if (timer) clearTimeout(timer);
  };
}

/**
 * Writes unsaved work to the autosave at once (nothing when the document is saved). The window calls it
 * when it closes, so edits made in the last seconds before Quit are not lost to the quiet-time delay.
 */
export function writeAutosaveNow(store: StoreApi<AppState>, api: ApiRef): void {
  const now = store.getState();
  if (now.scenario === null || sameContent(now.scenario, now.savedScenario)) return;
  void api().autosaveWrite({ scenario: now.scenario, path: now.path });
}
