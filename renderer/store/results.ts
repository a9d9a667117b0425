// Results slice: the last good dispatch result, what it was computed from, and the solve in progress.
import type { StateCreator } from 'zustand';
import type { ApiRef, AppState, ResultsSlice } from './types';

export const createResultsSlice =
  (api: ApiRef): StateCreator<AppState, [], [], ResultsSlice> =>
  (set, get) => ({
    result: null,
    resultDocId: null,
    resultRev: -1,
    solve: { kind: 'idle' },
    lastSolveMs: null,
    cancelSolve() {
      const s = get().solve;
      if (s.kind !== 'solving') return;
      set({ solve: { kind: 'idle' } });
      void api().solveCancel({ requestId: s.requestId });
    },
  });
