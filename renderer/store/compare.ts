// Compare slice: bundled scenarios (baselines) solved beside the current document.
import type { StateCreator } from 'zustand';
import { getAt } from './paths';
import type { ApiRef, AppState, CompareEntry, CompareSlice } from './types';

/** At most this many scenarios besides the current one (the issue: 2–4 in all). */
export const MAX_COMPARED = 3;

let compareSeq = 0;

export const createCompareSlice =
  (api: ApiRef): StateCreator<AppState, [], [], CompareSlice> =>
  (set, get) => {
    const put = (id: string, patch: Partial<CompareEntry>) => {
      const prev = get().compareEntries[id];
      if (!prev || !get().compareIds.includes(id)) return;
      set({ compareEntries: { ...get().compareEntries, [id]: { ...prev, ...patch } } });
    };
    /** Loads a bundled scenario and solves it in the current document's mode (a fair comparison). */
    const load = async (id: string) => {
      const doc = await api().scenarioLoadBundled({ id });
      if (!doc.ok) return put(id, { status: 'error', error: doc.error.message });
      put(id, { status: 'solving', scenario: doc.value.scenario });
      const mode = getAt(get().scenario, ['solver', 'mode']);
      compareSeq += 1;
      const reply = await api().solveRun({
        requestId: `compare-${id}-${compareSeq}`,
        scenario: doc.value.scenario,
        mode: mode === 'representative' ? 'representative' : 'season',
        includeHourly: false,
        sessionKey: `compare-${id}`,
      });
      if (!reply.ok) return put(id, { status: 'error', error: reply.error.message });
      put(id, { status: 'done', result: reply.value });
    };
    return {
      compareIds: [],
      compareEntries: {},
      compareRef: 'current',
      toggleCompare(id) {
        const { compareIds, compareEntries, compareRef, bundled } = get();
        if (compareIds.includes(id)) {
          const rest = Object.fromEntries(Object.entries(compareEntries).filter(([k]) => k !== id));
          set({
            compareIds: compareIds.filter((x) => x !== id),
            compareEntries: rest,
            compareRef: compareRef === id ? 'current' : compareRef,
          });
          return;
        }
        if (compareIds.length >= MAX_COMPARED) return;
        const b = bundled.find((x) => x.id === id);
        const entry: CompareEntry = {
          id,
          name: b?.name ?? id,
          nameZh: b?.nameZh,
          status: 'loading',
          scenario: null,
          result: null,
          error: null,
        };
        set({ compareIds: [...compareIds, id], compareEntries: { ...compareEntries, [id]: entry } });
        void load(id);
      },
      setCompareRef: (compareRef) => set({ compareRef }),
    };
  };
