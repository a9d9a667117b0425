// A fake `electron` module for Node tests (vi.mock('electron')): records windows, IPC handlers, menus and calls.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

let nextContentsId = 100;

/** A frame as ipcMain events carry it. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** Fake webContents: records sends and the window-open handler, emits navigation events. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: [string, unknown][] = [];
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;

  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  async printToPDF(): Promise<Buffer> {
    return Buffer.from('%PDF-1.7 fake');
  }
}

/** Fake BrowserWindow: keeps its constructor options and every instance. */
export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  url = '';
  maximized = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed);
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
    this.webContents.mainFrame.url = url;
  }
  async loadFile(file: string): Promise<void> {
    await this.loadURL(`file://${file}`);
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1111, height: 777 };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  show(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

/** Parameters typed `never` accept any real ipcMain listener signature. */
type Handler = (event: never, request: never) => unknown;

/** Fake ipcMain: handlers by channel, plus `invoke` to call one as a renderer would. */
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
  /** Calls a handler with an event from `sender` (top frame unless `frame` is given). */
  async invoke(
    channel: string,
    sender: FakeWebContents,
    request: unknown,
    frame: FakeFrame | null = sender.mainFrame,
  ) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ sender, senderFrame: frame } as never, request as never);
  },
};

function fakeSession() {
  const s = {
    permissionRequestHandler: null as
      null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    permissionCheckHandler: null as null | (() => boolean),
    beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    headersReceived: null as
      null | ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void),
    preloads: [] as unknown[],
    setPermissionRequestHandler(h: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: () => boolean) {
      this.permissionCheckHandler = h;
    },
    setDevicePermissionHandler() {},
    registerPreloadScript(script: unknown) {
      this.preloads.push(script);
      return 'preload-id';
    },
    webRequest: {
      onBeforeRequest(h: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) {
        s.beforeRequest = h;
      },
      onHeadersReceived(
        h: (d: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void,
      ) {
        s.headersReceived = h;
      },
    },
  };
  return s;
}
const defaultSession = fakeSession();
export const session = { defaultSession, fromPartition: () => fakeSession() };

const userData = mkdtempSync(join(tmpdir(), 'island-userdata-'));
/** Fake app: paths in a temp folder, events recorded, ready at once. */
export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getPath: (name: string) => (name === 'userData' ? userData : tmpdir()),
  getAppPath: () => process.cwd(),
  getVersion: () => '0.1.0-test',
  getLocale: () => 'zh-TW',
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: () => Promise.resolve(),
  addRecentDocument: vi.fn(),
  quit: vi.fn(),
  exit: vi.fn(),
});

export const dialog = {
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
};

/** The last application menu template set. */
export const menuState: { template: unknown[] | null } = { template: null };
export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: (menu: { template: unknown[] }) => {
    menuState.template = menu.template;
  },
};

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const shell = { openExternal: vi.fn(async () => undefined) };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };

/** Preload side. */
export const exposed: Record<string, unknown> = {};
export const contextBridge = {
  exposeInMainWorld: (key: string, value: unknown) => {
    exposed[key] = value;
  },
};
export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
});

/** Everything, as `import('electron')` would return it. */
export const electronFake = {
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain,
  dialog,
  Menu,
  screen,
  session,
  shell,
  protocol,
  contextBridge,
  ipcRenderer,
};
