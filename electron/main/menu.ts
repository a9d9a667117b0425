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
  file: { zh: '文件', en: 'File' },
  new: { zh: '新建', en: 'New' },
  open: { zh: '打开…', en: 'Open…' },
  recent: { zh: '最近打开', en: 'Open Recent' },
  noRecent: { zh: '（无）', en: '(none)' },
  clearRecent: { zh: '清除列表', en: 'Clear Recently Opened' },
  save: { zh: '保存', en: 'Save' },
  saveAs: { zh: '另存为…', en: 'Save As…' },
  export: { zh: '导出', en: 'Export' },
  exportPdf: { zh: 'PDF 报告…', en: 'PDF report…' },
  exportXlsx: { zh: 'Excel 工作簿…', en: 'Excel workbook…' },
  exportCsv: { zh: 'CSV 逐时数据…', en: 'CSV hourly data…' },
  exportLp: { zh: 'LP 模型…', en: 'LP model…' },
  close: { zh: '关闭窗口', en: 'Close' },
  quit: { zh: '退出', en: 'Quit' },
  edit: { zh: '编辑', en: 'Edit' },
  undo: { zh: '撤销', en: 'Undo' },
  redo: { zh: '重做', en: 'Redo' },
  view: { zh: '视图', en: 'View' },
  language: { zh: '语言', en: 'Language' },
  zoomIn: { zh: '放大', en: 'Zoom In' },
  zoomOut: { zh: '缩小', en: 'Zoom Out' },
  resetZoom: { zh: '实际大小', en: 'Actual Size' },
  fullscreen: { zh: '全屏', en: 'Toggle Full Screen' },
  help: { zh: '帮助', en: 'Help' },
  about: { zh: '关于能源岛调度模拟器', en: 'About Energy Island Dispatch Simulator' },
  model: { zh: '模型文档', en: 'Model documentation' },
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
