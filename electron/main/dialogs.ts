// Native open/save dialogs for the shared handlers; files queued by argv, open-file or Open Recent come first.
import { extname } from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { NativeDialogs } from '../services/context';
import { SCENARIO_EXTENSION } from '../services/files';

const SCENARIO_FILTERS: FileFilter[] = [
  { name: 'Energy Island scenario (*.island.json)', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** Adds the scenario extension when the user typed a name without one. */
export function withScenarioExtension(path: string): string {
  return path.toLowerCase().endsWith('.json') ? path : `${path}${SCENARIO_EXTENSION}`;
}

/**
 * Dialogs parented to the main window. `pendingOpens` holds files the user already chose outside the page
 * (command line, Finder, Open Recent): the next open takes the first of them instead of asking. Every
 * returned path is approved, so the renderer may then read or write it.
 */
export function electronDialogs(deps: {
  window(): BrowserWindow | null;
  pendingOpens: string[];
  approve(path: string): string;
}): NativeDialogs {
  const parent = (): BrowserWindow | undefined => deps.window() ?? undefined;
  const show = <T>(withParent: (w: BrowserWindow) => Promise<T>, without: () => Promise<T>): Promise<T> => {
    const w = parent();
    return w ? withParent(w) : without();
  };
  return {
    async openScenario() {
      const queued = deps.pendingOpens.shift();
      if (queued !== undefined) return deps.approve(queued);
      const options = { properties: ['openFile' as const], filters: SCENARIO_FILTERS };
      const r = await show(
        (w) => dialog.showOpenDialog(w, options),
        () => dialog.showOpenDialog(options),
      );
      const chosen = r.canceled ? undefined : r.filePaths[0];
      return chosen === undefined ? null : deps.approve(chosen);
    },
    async saveScenario(suggestedName) {
      const options = { defaultPath: suggestedName, filters: SCENARIO_FILTERS };
      const r = await show(
        (w) => dialog.showSaveDialog(w, options),
        () => dialog.showSaveDialog(options),
      );
      return r.canceled || !r.filePath ? null : deps.approve(withScenarioExtension(r.filePath));
    },
    async saveExport(fileName) {
      const ext = extname(fileName).slice(1);
      const options = {
        defaultPath: fileName,
        filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
      };
      const r = await show(
        (w) => dialog.showSaveDialog(w, options),
        () => dialog.showSaveDialog(options),
      );
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
