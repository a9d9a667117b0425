// Builds the app store from its slices around an injected bridge (the real one, or a fake in tests).
import { createStore } from 'zustand/vanilla';
import { createCompareSlice } from './compare';
import { createDocumentSlice } from './document';
import { createResultsSlice } from './results';
import type { ApiRef, AppState } from './types';
import { createUiSlice } from './ui';

/** A vanilla zustand store of the whole app state. */
export function createAppStore(api: ApiRef) {
  return createStore<AppState>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createResultsSlice(api)(...a),
    ...createUiSlice(api)(...a),
    ...createCompareSlice(api)(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
