// Sandboxed preload (bundled to one CJS file): window.api = one method per IPC channel plus `on` for events, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  type Channel,
  type EventChannel,
  type IpcEvents,
  type IslandApi,
  type Reply,
  type ReplyOf,
  type RequestOf,
} from '../shared/ipc-contract';

/** A method that forwards one channel's request to main; main always answers with a Reply. */
function invoker<C extends Channel>(channel: C): (request: RequestOf<C>) => Promise<Reply<ReplyOf<C>>> {
  return (request) => ipcRenderer.invoke(channel, request) as Promise<Reply<ReplyOf<C>>>;
}

/** Subscribes to a main → renderer event; returns the unsubscribe function. Only EVENT_CHANNELS are allowed. */
function on<E extends EventChannel>(event: E, listener: (payload: IpcEvents[E]) => void): () => void {
  if (!(EVENT_CHANNELS as readonly string[]).includes(event))
    throw new Error(`unknown event ${String(event)}`);
  const wrapped = (_event: IpcRendererEvent, payload: IpcEvents[E]): void => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
}

/**
 * The API, one literal entry per channel: `satisfies` rejects a missing, extra or mistyped method at compile
 * time (the names follow apiNameOf, which test/electron/preload.test.ts checks against CHANNELS).
 */
export const api = {
  appInfo: invoker('island:app:info'),
  scenarioListBundled: invoker('island:scenario:list-bundled'),
  scenarioLoadBundled: invoker('island:scenario:load-bundled'),
  scenarioValidate: invoker('island:scenario:validate'),
  scenarioParse: invoker('island:scenario:parse'),
  solveRun: invoker('island:solve:run'),
  solveCancel: invoker('island:solve:cancel'),
  fileOpen: invoker('island:file:open'),
  fileSave: invoker('island:file:save'),
  fileRecent: invoker('island:file:recent'),
  autosaveWrite: invoker('island:autosave:write'),
  autosaveRecover: invoker('island:autosave:recover'),
  autosaveDiscard: invoker('island:autosave:discard'),
  weatherCheckEpw: invoker('island:weather:check-epw'),
  demandImportCsv: invoker('island:demand:import-csv'),
  exportRun: invoker('island:export:run'),
  settingsGet: invoker('island:settings:get'),
  settingsSet: invoker('island:settings:set'),
  on,
} satisfies IslandApi;

contextBridge.exposeInMainWorld('api', api);
