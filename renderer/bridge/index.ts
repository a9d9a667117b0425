// The only module that touches window.api: the Electron preload API, or else the browser-host transport.
import type { IslandApi } from '../../electron/shared/ipc-contract';
import { createHttpApi, takeToken } from './http';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    api?: IslandApi;
  }
}

let api: IslandApi | null = null;

/** The IslandApi of this window (same shape in Electron and in the browser host). */
export function getApi(): IslandApi {
  api ??= window.api ?? createHttpApi(takeToken(window));
  return api;
}

/** True when running inside Electron (native dialogs available). */
export function isElectron(): boolean {
  return window.api !== undefined;
}

export { downloadBase64, downloadText } from './download';
