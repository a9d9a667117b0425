// Electron main process: lifecycle, single instance, files from argv/open-file, services, window, menu and IPC.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import type { MenuCommand } from '../shared/ipc-contract';
import { createHostServices, shutdownHostServices, type HostServices } from '../services/context';
import { handlers } from '../services/handlers';
import { defaultLang } from '../services/settings';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc/register';
import { menuTemplate, toElectronTemplate, type MenuAction } from './menu';
import { printHtmlToPdf } from './pdf';
import { handleAppScheme, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow, trustedContents } from './window';

const TITLE = '能源岛调度模拟器 · Energy Island Dispatch Simulator';
/** Longest wait for the renderer's own start-up (it opens Energy Island No. 1) before a file from argv is opened. */
const STARTUP_WAIT_MS = 8000;

let services: HostServices | null = null;
let win: BrowserWindow | null = null;
/** Files to open (argv, open-file, Open Recent), handed to the renderer's next island:file:open. */
const pendingOpens: string[] = [];
let rendererStarted = false;

registerAppScheme();
app.enableSandbox();

/** Scenario files named on a command line (the OS passes them on double-click). */
function filesFromArgv(argv: readonly string[]): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.json') && existsSync(a))
    .map((a) => resolve(a));
}

function sendCommand(command: MenuCommand): void {
  if (win && !win.isDestroyed()) win.webContents.send('island:menu:command', { command });
}

/** Queues a file and asks the renderer to open it once its start-up is done. */
function requestOpen(path: string): void {
  pendingOpens.push(path);
  if (rendererStarted) sendCommand('file-open');
}

async function rebuildMenu(): Promise<void> {
  if (!services) return;
  const [{ lang }, recent] = await Promise.all([services.settings.get(), services.files.recent()]);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(toElectronTemplate(menuTemplate(lang, recent), onMenuAction)),
  );
}

function onMenuAction(action: MenuAction): void {
  if (action.kind === 'open-recent') return requestOpen(action.path);
  if (action.kind === 'clear-recent') {
    void services?.files.clearRecent().then(rebuildMenu);
    return;
  }
  if (action.command === 'lang-zh' || action.command === 'lang-en') {
    void services?.settings.setLang(action.command === 'lang-zh' ? 'zh' : 'en').then(rebuildMenu);
  }
  sendCommand(action.command);
}

function openWindow(): void {
  win = createMainWindow({ stateFile: join(app.getPath('userData'), 'window-state.json'), title: TITLE });
  rendererStarted = false;
  const current = win;
  current.webContents.once('did-finish-load', () => {
    setTimeout(() => markRendererStarted(), STARTUP_WAIT_MS);
  });
  current.on('closed', () => {
    if (win === current) win = null;
  });
}

function markRendererStarted(): void {
  if (rendererStarted) return;
  rendererStarted = true;
  if (pendingOpens.length) sendCommand('file-open');
}

async function start(): Promise<void> {
  const appDir = app.getAppPath();
  const resourcesDir = app.isPackaged ? process.resourcesPath : appDir;
  process.env['ISLAND_RESOURCES'] = resourcesDir;
  // The worker bundle and highs.wasm are unpacked from the asar archive (worker threads load real files).
  const outDir = join(appDir.replace(/app\.asar$/, 'app.asar.unpacked'), 'out');

  hardenSession(session.defaultSession, { withCsp: true });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  handleAppScheme(join(appDir, 'dist', 'renderer'));
  session.defaultSession.registerPreloadScript({
    type: 'frame',
    filePath: join(appDir, 'out', 'preload.cjs'),
  });

  services = await createHostServices({
    host: 'electron',
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    resourcesDir,
    fallbackLang: defaultLang(app.getLocale()),
    dialogs: electronDialogs({ window: () => win, pendingOpens, approve: (p) => services!.files.approve(p) }),
    htmlToPdf: printHtmlToPdf,
    // In development the bundled main finds out/solver-worker.mjs next to itself.
    pool: app.isPackaged ? { workerUrl: pathToFileURL(join(outDir, 'solver-worker.mjs')) } : {},
  });
  const live = services;
  registerIpc({
    ipcMain,
    handlers,
    trusted: trustedContents,
    services: () => ({
      ...live,
      onChange: (what) => {
        for (const path of what.recent?.slice(0, 1) ?? []) app.addRecentDocument(path);
        void rebuildMenu();
      },
    }),
    // The renderer's start-up ends by opening the bundled scenario: files from argv are opened after it.
    onHandled: (channel) => {
      if (channel === 'island:scenario:load-bundled') markRendererStarted();
    },
  });
  await rebuildMenu();
  for (const path of filesFromArgv(process.argv)) pendingOpens.push(path);
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    for (const path of filesFromArgv(argv)) requestOpen(path);
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  // macOS: a double-clicked .island.json (may arrive before ready).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    requestOpen(path);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (services && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('before-quit', (event) => {
    const running = services;
    if (!running) return;
    event.preventDefault();
    services = null;
    void shutdownHostServices(running).finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('start-up failed:', error);
      app.exit(1);
    });
}
