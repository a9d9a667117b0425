// Native open/save dialogs for the shared handlers; files queued by argv, open-file or Open Recent come first.
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
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
      if (r.canceled || !r.filePath) return null;
      const target = withScenarioExtension(r.filePath);
      // The dialog asked about the name as typed; when the extension was added here and that file exists,
      // nobody has agreed to replace it yet.
      if (target !== r.filePath && existsSync(target)) {
        const box = {
          type: 'question' as const,
          buttons: ['Replace', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
          message: `${basename(target)} already exists. Replace it?`,
          detail: 'The previous version is kept as .bak next to it.',
        };
        const answer = await show(
          (w) => dialog.showMessageBox(w, box),
          () => dialog.showMessageBox(box),
        );
        if (answer.response !== 0) return null;
      }
      return deps.approve(target);
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
