// What the shared handlers need from their host (Electron main or the browser host), and how to build it.
import { mkdir } from 'node:fs/promises';
import type { EventChannel, IpcEvents, Lang } from '../shared/ipc-contract';
import { AutosaveService } from './autosave';
import { FileService } from './files';
import { SettingsService } from './settings';
import { SolverPool, type SolverPoolOptions } from './solver-pool';

/** Native dialogs (Electron only). Each resolves to the chosen absolute path, or null when cancelled. */
export interface NativeDialogs {
  openScenario(): Promise<string | null>;
  saveScenario(suggestedName: string): Promise<string | null>;
  saveExport(fileName: string, mimeType: string): Promise<string | null>;
}

/** Long-lived services of one host. */
export interface HostServices {
  readonly host: 'electron' | 'browser';
  readonly version: string;
  /** Folder holding `scenarios/` (bundled scenarios and weather); undefined = found from the source tree. */
  readonly resourcesDir?: string;
  readonly pool: SolverPool;
  readonly files: FileService;
  readonly autosave: AutosaveService;
  readonly settings: SettingsService;
  /** Null in the browser host: file:open and file:save then reply 'unsupported'. */
  readonly dialogs: NativeDialogs | null;
  /** Renders an HTML report to PDF (Electron printToPDF, or headless Chromium in the browser host). */
  htmlToPdf(html: string): Promise<Uint8Array>;
  /** Told after the language or the recent list changed (Electron rebuilds its menu). */
  onChange?(what: { lang?: Lang; recent?: readonly string[] }): void;
}

/** What a handler receives with each request: the services plus a way to push events to the caller. */
export interface HostContext extends HostServices {
  emit<E extends EventChannel>(event: E, payload: IpcEvents[E]): void;
}

/** Options of {@link createHostServices}. */
export interface HostServicesOptions {
  readonly host: 'electron' | 'browser';
  readonly version: string;
  readonly dataDir: string;
  readonly resourcesDir?: string;
  readonly fallbackLang?: Lang;
  readonly dialogs?: NativeDialogs | null;
  readonly htmlToPdf: (html: string) => Promise<Uint8Array>;
  readonly pool?: SolverPoolOptions;
}

/**
 * Creates the data folder and the services, writes the crash marker and removes stale temp files.
 * Call {@link shutdownHostServices} on a clean exit.
 */
export async function createHostServices(opts: HostServicesOptions): Promise<HostServices> {
  await mkdir(opts.dataDir, { recursive: true });
  const files = new FileService(opts.dataDir);
  const autosave = new AutosaveService(opts.dataDir);
  await autosave.start();
  await files.cleanTemps();
  return {
    host: opts.host,
    version: opts.version,
    ...(opts.resourcesDir ? { resourcesDir: opts.resourcesDir } : {}),
    pool: new SolverPool(opts.pool),
    files,
    autosave,
    settings: new SettingsService(opts.dataDir, opts.fallbackLang ?? 'zh'),
    dialogs: opts.dialogs ?? null,
    htmlToPdf: opts.htmlToPdf,
  };
}

/** Clean exit: stops the workers and removes the crash marker. */
export async function shutdownHostServices(services: HostServices): Promise<void> {
  await services.pool.close();
  await services.autosave.shutdown();
}
