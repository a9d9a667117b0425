// The app's store instance and the hook components read it with.
import { useStore } from 'zustand';
import { getApi } from '../bridge';
import { createAppStore } from './create';
import type { AppState } from './types';

export const appStore = createAppStore(getApi);

/** Subscribes a component to a slice of the app state. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

export type { AppState, View, EditorSection, PeriodChoice, Resolution, CompareEntry } from './types';
