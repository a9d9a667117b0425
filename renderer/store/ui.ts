// UI slice: language (remembered), current view and the dispatch view's period, resolution and week.
import type { StateCreator } from 'zustand';
import type { Lang } from '../../electron/shared/ipc-contract';
import type { ApiRef, AppState, UiSlice } from './types';

/** localStorage key of the chosen language (read before the host answers, so the first paint is right). */
export const LANG_KEY = 'island.lang';

/** The language remembered in this browser profile, else from the system locale. */
export function initialLang(): Lang {
  const g = globalThis as { localStorage?: Storage; navigator?: Navigator };
  const saved = g.localStorage?.getItem(LANG_KEY);
  if (saved === 'zh' || saved === 'en') return saved;
  return g.navigator?.language.toLowerCase().startsWith('zh') === false ? 'en' : 'zh';
}

export const createUiSlice =
  (api: ApiRef): StateCreator<AppState, [], [], UiSlice> =>
  (set) => ({
    lang: initialLang(),
    view: 'overview',
    editorSection: 'technologies',
    period: 'season',
    resolution: 'daily',
    weekStart: 0,
    notice: null,
    bundled: [],
    appInfo: null,
    recover: null,
    setLang(lang) {
      set({ lang });
      const g = globalThis as { localStorage?: Storage; document?: Document };
      g.localStorage?.setItem(LANG_KEY, lang);
      if (g.document) g.document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      void api().settingsSet({ lang });
    },
    setView: (view) => set({ view }),
    setEditorSection: (editorSection) => set({ editorSection }),
    setPeriod: (period) => set({ period }),
    setResolution: (resolution) => set({ resolution }),
    setWeekStart: (weekStart) => set({ weekStart }),
    setNotice: (notice) => set({ notice }),
  });
