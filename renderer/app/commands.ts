// Menu commands (island:menu:command) and keyboard shortcuts, mapped to the same actions as the buttons.
import type { MenuCommand } from '../../electron/shared/ipc-contract';
import { isElectron } from '../bridge';
import { runExport } from '../features/report/exports';
import { appStore } from '../store';
import { newDocument, openFile, save } from './files';

/** Runs one menu command. */
export function runCommand(command: MenuCommand): void {
  const s = appStore.getState();
  switch (command) {
    case 'file-new':
      return void newDocument();
    case 'file-open':
      return void openFile();
    case 'file-save':
      return void save(false);
    case 'file-save-as':
      return void save(true);
    case 'export-pdf':
      return void runExport({ format: 'pdf', reportType: 'proposal' });
    case 'export-xlsx':
      return void runExport({ format: 'xlsx' });
    case 'export-csv':
      return void runExport({ format: 'csv' });
    case 'export-lp':
      return void runExport({ format: 'lp' });
    case 'edit-undo':
      return s.undo();
    case 'edit-redo':
      return s.redo();
    case 'lang-zh':
      return s.setLang('zh');
    case 'lang-en':
      return s.setLang('en');
    case 'help-about':
    case 'help-model':
      return s.setView('report');
  }
}

/**
 * Keyboard shortcuts of the browser host (in Electron the application menu owns the accelerators and
 * sends menu commands, so handling them here too would run them twice).
 */
export function onKeyDown(e: KeyboardEvent): void {
  if (isElectron() || !(e.ctrlKey || e.metaKey) || e.altKey) return;
  const key = e.key.toLowerCase();
  const command: MenuCommand | null =
    key === 'z'
      ? e.shiftKey
        ? 'edit-redo'
        : 'edit-undo'
      : key === 'y'
        ? 'edit-redo'
        : key === 's'
          ? 'file-save'
          : key === 'o'
            ? 'file-open'
            : null;
  if (!command) return;
  e.preventDefault();
  runCommand(command);
}
