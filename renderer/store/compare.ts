// Compare slice: bundled scenarios (baselines) solved beside the current document.
import type { StateCreator, StoreApi } from 'zustand';
import { TAB_ID } from './live';
import { getAt, setAt } from './paths';
import type { ApiRef, AppState, CompareEntry, CompareSlice } from './types';

/** At most this many scenarios besides the current one (the issue: 2–4 in all). */
export const MAX_COMPARED = 3;

let compareSeq = 0;

function compareRequestId(id: string, seq: number): string {
  return `compare-${TAB_ID}-${id}-${seq}`;
}

export const createCompareSlice =
  (api: ApiRef): StateCreator<AppState, [], [], CompareSlice> =>
  (set, get) => {
    /** The load in flight per compared id: a reply from an earlier tick of the same id is dropped. */
    const loads = new Map<string, number>();
    const put = (id: string, patch: Partial<CompareEntry>, load: number) => {
      const prev = get().compareEntries[id];
      if (!prev || !get().compareIds.includes(id) || loads.get(id) !== load) return;
      set({ compareEntries: { ...get().compareEntries, [id]: { ...prev, ...patch } } });
    };
    /** Loads a bundled scenario and solves it in the current document's mode (a fair comparison). */
    const load = async (id: string) => {
      compareSeq += 1;
      const seq = compareSeq;
      loads.set(id, seq);
      const doc = await api().scenarioLoadBundled({ id });
      if (!doc.ok) return put(id, { status: 'error', error: doc.error.message }, seq);
      put(id, { status: 'solving', scenario: doc.value.scenario }, seq);
      if (loads.get(id) !== seq) return;
      const mode = getAt(get().scenario, ['solver', 'mode']);
      // Same typical days as the current document in representative mode: a like-for-like comparison.
      const k = getAt(get().scenario, ['solver', 'typicalDaysPerPeriod']);
      const scenario =
        typeof k === 'number'
          ? setAt(doc.value.scenario, ['solver', 'typicalDaysPerPeriod'], k)
          : doc.value.scenario;
      const reply = await api().solveRun({
        requestId: compareRequestId(id, seq),
        scenario,
        mode: mode === 'representative' ? 'representative' : 'season',
        includeHourly: false,
        sessionKey: `${TAB_ID}-compare-${id}`,
      });
      if (!reply.ok) return put(id, { status: 'error', error: reply.error.message }, seq);
      put(id, { status: 'done', result: reply.value }, seq);
    };
    return {
      compareIds: [],
      compareEntries: {},
      compareRef: 'current',
      toggleCompare(id) {
        const { compareIds, compareEntries, compareRef, bundled } = get();
        if (compareIds.includes(id)) {
          // Unticked: its solve no longer matters, and it would hold a worker the live solve needs.
          const seq = loads.get(id);
          loads.delete(id);
          if (seq !== undefined) void api().solveCancel({ requestId: compareRequestId(id, seq) });
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
      reloadCompared() {
        for (const id of get().compareIds) {
          const seq = loads.get(id);
          if (seq !== undefined) void api().solveCancel({ requestId: compareRequestId(id, seq) });
          const prev = get().compareEntries[id];
          if (prev) {
            set({
              compareEntries: {
                ...get().compareEntries,
                [id]: { ...prev, status: 'loading', result: null, error: null },
              },
            });
          }
          void load(id);
        }
      },
    };
  };

/** The solver settings a comparison must share with the current document (mode and typical days). */
function modeOf(s: AppState): string {
  return JSON.stringify([
    getAt(s.scenario, ['solver', 'mode']),
    getAt(s.scenario, ['solver', 'typicalDaysPerPeriod']),
  ]);
}

/**
 * Keeps comparisons fair: when the current document's mode or typical days change, the compared
 * scenarios are solved again in the new mode. Returns a function that stops watching.
 */
export function startCompareSync(store: StoreApi<AppState>): () => void {
  return store.subscribe((next, prev) => {
    if (next.scenario !== prev.scenario && next.compareIds.length > 0 && modeOf(next) !== modeOf(prev)) {
      next.reloadCompared();
    }
  });
}
