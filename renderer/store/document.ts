// Document slice: the raw scenario being edited, its validation issues, and undo/redo.
import type { StateCreator } from 'zustand';
import { migrateScenario, validateScenario } from '../../solver/scenario';
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
      // An older file (schemaVersion < current) is edited in today's shape: the editor indexes lists that
      // older versions kept as maps. A file that cannot be migrated is kept as it is (the validator explains).
      const migrated = migrateScenario(doc.scenario);
      const scenario = migrated.ok ? migrated.value : doc.scenario;
      set({
        docId: `doc-${docCounter}`,
        docName: doc.name,
        path: doc.path,
        mtimeMs: doc.mtimeMs,
        scenario,
        rev,
        savedScenario: scenario,
        history: EMPTY_HISTORY,
        // The figures on screen belonged to the previous document: none until this one is solved.
        result: null,
        resultDocId: null,
        ...check(scenario),
      });
    },
    edit(path, value, key) {
      change(setAt(get().scenario, path, value), key ?? pathKey(path));
    },
    replace(next, key) {
      // Structural edits (add a row, apply a preset) are one undo step each, never merged.
      change(next, `${key}#${Date.now()}-${Math.random()}`);
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
