// The application menu: a pure template from (language, recent files), and its conversion for Electron.
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang, MenuCommand } from '../shared/ipc-contract';

/** What a menu click does (besides Electron roles). */
export type MenuAction =
  | { readonly kind: 'command'; readonly command: MenuCommand }
  | { readonly kind: 'open-recent'; readonly path: string }
  | { readonly kind: 'clear-recent' };

type Role = NonNullable<MenuItemConstructorOptions['role']>;

/** A menu item as data (testable without Electron). */
export interface MenuSpec {
  readonly id?: string;
  readonly label?: string;
  readonly role?: Role;
  readonly type?: 'separator' | 'radio';
  readonly checked?: boolean;
  readonly enabled?: boolean;
  readonly accelerator?: string;
  readonly action?: MenuAction;
  readonly submenu?: readonly MenuSpec[];
}

const LABELS = {
  file: { zh: '檔案', en: 'File' },
  new: { zh: '新增', en: 'New' },
  open: { zh: '開啟…', en: 'Open…' },
  recent: { zh: '最近開啟', en: 'Open Recent' },
  noRecent: { zh: '（無）', en: '(none)' },
  clearRecent: { zh: '清除清單', en: 'Clear Recently Opened' },
  save: { zh: '儲存', en: 'Save' },
  saveAs: { zh: '另存新檔…', en: 'Save As…' },
  export: { zh: '匯出', en: 'Export' },
  exportPdf: { zh: 'PDF 報告…', en: 'PDF report…' },
  exportXlsx: { zh: 'Excel 活頁簿…', en: 'Excel workbook…' },
  exportCsv: { zh: 'CSV 逐時資料…', en: 'CSV hourly data…' },
  exportLp: { zh: 'LP 模型…', en: 'LP model…' },
  close: { zh: '關閉視窗', en: 'Close' },
  quit: { zh: '結束', en: 'Quit' },
  edit: { zh: '編輯', en: 'Edit' },
  undo: { zh: '復原', en: 'Undo' },
  redo: { zh: '重做', en: 'Redo' },
  view: { zh: '檢視', en: 'View' },
  language: { zh: '語言', en: 'Language' },
  zoomIn: { zh: '放大', en: 'Zoom In' },
  zoomOut: { zh: '縮小', en: 'Zoom Out' },
  resetZoom: { zh: '實際大小', en: 'Actual Size' },
  fullscreen: { zh: '全螢幕', en: 'Toggle Full Screen' },
  help: { zh: '說明', en: 'Help' },
  about: { zh: '關於能源島調度模擬器', en: 'About Energy Island Dispatch Simulator' },
  model: { zh: '模型文件', en: 'Model documentation' },
} as const satisfies Record<string, Record<Lang, string>>;

const cmd = (command: MenuCommand): MenuAction => ({ kind: 'command', command });

/** Builds the menu for a language and recent-files list. Pure: same inputs → same template. */
export function menuTemplate(
  lang: Lang,
  recent: readonly string[],
  platform: string = process.platform,
): MenuSpec[] {
  const t = (key: keyof typeof LABELS): string => LABELS[key][lang];
  const recentItems: MenuSpec[] = recent.length
    ? [
        ...recent.map((path, i) => ({
          id: `recent-${i}`,
          label: `${i + 1}. ${basename(path)}`,
          action: { kind: 'open-recent', path } as const,
        })),
        { type: 'separator' },
        { id: 'recent-clear', label: t('clearRecent'), action: { kind: 'clear-recent' } },
      ]
    : [{ id: 'recent-none', label: t('noRecent'), enabled: false }];
  const file: MenuSpec = {
    id: 'file',
    label: t('file'),
    submenu: [
      { id: 'file-new', label: t('new'), accelerator: 'CmdOrCtrl+N', action: cmd('file-new') },
      { id: 'file-open', label: t('open'), accelerator: 'CmdOrCtrl+O', action: cmd('file-open') },
      { id: 'file-recent', label: t('recent'), submenu: recentItems },
      { type: 'separator' },
      { id: 'file-save', label: t('save'), accelerator: 'CmdOrCtrl+S', action: cmd('file-save') },
      {
        id: 'file-save-as',
        label: t('saveAs'),
        accelerator: 'CmdOrCtrl+Shift+S',
        action: cmd('file-save-as'),
      },
      {
        id: 'file-export',
        label: t('export'),
        submenu: [
          { id: 'export-pdf', label: t('exportPdf'), action: cmd('export-pdf') },
          { id: 'export-xlsx', label: t('exportXlsx'), action: cmd('export-xlsx') },
          { id: 'export-csv', label: t('exportCsv'), action: cmd('export-csv') },
          { id: 'export-lp', label: t('exportLp'), action: cmd('export-lp') },
        ],
      },
      { type: 'separator' },
      { id: 'file-close', label: t('close'), role: 'close' },
      { id: 'file-quit', label: t('quit'), role: 'quit' },
    ],
  };
  const edit: MenuSpec = {
    id: 'edit',
    label: t('edit'),
    submenu: [
      { id: 'edit-undo', label: t('undo'), accelerator: 'CmdOrCtrl+Z', action: cmd('edit-undo') },
      {
        id: 'edit-redo',
        label: t('redo'),
        accelerator: platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y',
        action: cmd('edit-redo'),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuSpec = {
    id: 'view',
    label: t('view'),
    submenu: [
      {
        id: 'view-language',
        label: t('language'),
        submenu: [
          { id: 'lang-zh', label: '中文', type: 'radio', checked: lang === 'zh', action: cmd('lang-zh') },
          { id: 'lang-en', label: 'English', type: 'radio', checked: lang === 'en', action: cmd('lang-en') },
        ],
      },
      { type: 'separator' },
      { id: 'zoom-in', label: t('zoomIn'), role: 'zoomIn' },
      { id: 'zoom-out', label: t('zoomOut'), role: 'zoomOut' },
      { id: 'zoom-reset', label: t('resetZoom'), role: 'resetZoom' },
      { type: 'separator' },
      { id: 'fullscreen', label: t('fullscreen'), role: 'togglefullscreen' },
    ],
  };
  const help: MenuSpec = {
    id: 'help',
    label: t('help'),
    submenu: [
      { id: 'help-about', label: t('about'), action: cmd('help-about') },
      { id: 'help-model', label: t('model'), action: cmd('help-model') },
    ],
  };
  const macApp: MenuSpec[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...macApp, file, edit, view, help];
}

/** Converts the data template to Electron's, wiring each action to `onAction`. */
export function toElectronTemplate(
  specs: readonly MenuSpec[],
  onAction: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  return specs.map((s) => {
    const item: MenuItemConstructorOptions = {};
    if (s.id) item.id = s.id;
    if (s.label) item.label = s.label;
    if (s.role) item.role = s.role;
    if (s.type) item.type = s.type;
    if (s.checked !== undefined) item.checked = s.checked;
    if (s.enabled !== undefined) item.enabled = s.enabled;
    if (s.accelerator) item.accelerator = s.accelerator;
    const action = s.action;
    if (action) item.click = () => onAction(action);
    if (s.submenu) item.submenu = toElectronTemplate(s.submenu, onAction);
    return item;
  });
}

/** Every MenuCommand the template can send (for tests and docs). */
export function commandsOf(specs: readonly MenuSpec[]): MenuCommand[] {
  return specs.flatMap((s) => [
    ...(s.action?.kind === 'command' ? [s.action.command] : []),
    ...(s.submenu ? commandsOf(s.submenu) : []),
  ]);
}
