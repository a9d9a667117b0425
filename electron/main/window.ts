// The main window: secure web preferences, size and position remembered in the user data folder.
import { readFileSync } from 'node:fs';
import { BrowserWindow, screen, type Rectangle } from 'electron';
import { writeAtomic } from '../services/files';
import { APP_ORIGIN } from './security';

/** Remembered window geometry. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** First-start size: fits a 1366×768 laptop screen. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 760, maximized: false };
const MIN_WIDTH = 900;
const MIN_HEIGHT = 600;

/** Web contents ids of the windows this app created: the only senders IPC answers. */
export const trustedContents = new Set<number>();

/** Reads the saved state; defaults when missing, damaged, or off every current display. */
export function loadWindowState(file: string, displays: readonly Rectangle[]): WindowState {
  let raw: Partial<Record<keyof WindowState, unknown>>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<keyof WindowState, unknown>>;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const num = (v: unknown): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined;
  const width = Math.max(MIN_WIDTH, num(raw.width) ?? DEFAULT_WINDOW_STATE.width);
  const height = Math.max(MIN_HEIGHT, num(raw.height) ?? DEFAULT_WINDOW_STATE.height);
  const x = num(raw.x);
  const y = num(raw.y);
  const maximized = raw.maximized === true;
  if (x === undefined || y === undefined) return { width, height, maximized };
  // The title bar must land on a display that still exists (a monitor may have been unplugged).
  const visible = displays.some(
    (d) => x + 100 > d.x && x < d.x + d.width && y >= d.y && y < d.y + d.height - 40,
  );
  return visible ? { x, y, width, height, maximized } : { width, height, maximized };
}

/** Saves the window's normal (un-maximized) bounds and whether it is maximized. */
export async function saveWindowState(file: string, win: BrowserWindow): Promise<void> {
  const b = win.getNormalBounds();
  const state: WindowState = {
    x: b.x,
    y: b.y,
    width: b.width,
    height: b.height,
    maximized: win.isMaximized(),
  };
  await writeAtomic(file, JSON.stringify(state));
}

/**
 * Creates the main window with Electron's recommended secure preferences (context isolation, sandbox, no
 * Node integration, web security on, no webview) and loads the app from app://island/. The preload is
 * registered on the session (main.ts), so the window itself names none.
 */
export function createMainWindow(opts: { stateFile: string; title: string }): BrowserWindow {
  const state = loadWindowState(
    opts.stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: opts.title,
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  const id = win.webContents.id;
  trustedContents.add(id);
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    void saveWindowState(opts.stateFile, win).catch(() => undefined);
  });
  win.on('closed', () => trustedContents.delete(id));
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
