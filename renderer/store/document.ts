// Document slice: the raw scenario being edited, its validation issues, and undo/redo.
import type { StateCreator } from 'zustand';
import { validateScenario } from '../../solver/scenario';
import type { InputIssue } from '../../solver/issues';
import { EMPTY_HISTORY, record, redo, undo } from './history';
import { pathKey, setAt } from './paths';
import type { AppState, DocumentSlice } from './types';

let docCounter = 0;

/** Validation of a raw scenario as the editor needs it. */
export function check(raw: unknown): { valid: boolean; issues: readonly InputIssue[] } {
  const checked = validateScenario(raw);
  return checked.ok ? { valid: true, issues: [] } : { valid: false, issues: checked.issues };
}

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => {
  /** Applies a new raw scenario, recording the previous one in the history. */
  const change = (next: unknown, key: string) => {
    const s = get();
    if (next === s.scenario) return;
    set({
      scenario: next,
      rev: s.rev + 1,
      history: record(s.history, s.scenario, key, Date.now()),
      ...check(next),
    });
  };
  return {
    docId: 'doc-0',
    docName: '',
    path: null,
    mtimeMs: null,
    scenario: null,
    rev: 0,
    savedScenario: null,
    history: EMPTY_HISTORY,
    issues: [],
    valid: false,
    openDocument(doc) {
      docCounter += 1;
      const rev = get().rev + 1;
      set({
        docId: `doc-${docCounter}`,
        docName: doc.name,
        path: doc.path,
        mtimeMs: doc.mtimeMs,
        scenario: doc.scenario,
        rev,
        savedScenario: doc.scenario,
        history: EMPTY_HISTORY,
        ...check(doc.scenario),
      });
    },
    edit(path, value, key) {
      change(setAt(get().scenario, path, value), key ?? pathKey(path));
    },
    replace(next, key) {
      change(next, key);
    },
    undo() {
      const s = get();
      const step = undo(s.history, s.scenario);
      if (step) set({ scenario: step.state, history: step.history, rev: s.rev + 1, ...check(step.state) });
    },
    redo() {
      const s = get();
      const step = redo(s.history, s.scenario);
      if (step) set({ scenario: step.state, history: step.history, rev: s.rev + 1, ...check(step.state) });
    },
    markSaved(path, mtimeMs) {
      set({ path, mtimeMs, savedScenario: get().scenario });
    },
  };
};
