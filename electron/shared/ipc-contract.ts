// The typed IPC contract between renderer and main (and the browser host): channels, payloads, replies.
import type { DispatchResult } from '../../solver/results/types';
import type { InputIssue } from '../../solver/issues';
import type { RunPhase } from '../../solver/run';

/** Every reply: a value, or an error with a machine code and a sentence for the user. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

export interface ReplyError {
  readonly code: ErrorCode;
  readonly message: string;
  /** Validation issues when code is 'invalid-scenario' / 'invalid-request' / 'invalid-file'. */
  readonly issues?: readonly InputIssue[];
}

export type ErrorCode =
  | 'invalid-request' // payload failed run-time validation
  | 'invalid-scenario' // scenario failed the schema or cross-field rules
  | 'invalid-file' // a file (scenario, EPW, CSV) could not be read or parsed
  | 'untrusted-sender' // IPC from a frame the app did not create
  | 'cancelled'
  | 'timeout'
  | 'worker-crashed'
  | 'file-changed-on-disk' // save refused: the file changed since it was opened
  | 'unsupported' // not available on this host (e.g. native dialogs in the browser host)
  | 'not-found'
  | 'no-optimum' // the solver ended without an optimum (infeasible, time limit): the last good result stays
  | 'internal';

export type Lang = 'zh' | 'en';
export type ExportFormat = 'pdf' | 'html' | 'xlsx' | 'csv' | 'inputs-csv' | 'lp' | 'mps' | 'json';
export type ReportType = 'proposal' | 'technical';

/** A bundled scenario shipped with the app. */
export interface BundledScenario {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  readonly file: string;
}

/** A scenario document as the renderer holds it: raw JSON (may be invalid while edited) plus where it lives. */
export interface ScenarioDocument {
  /** Raw scenario object exactly as in the file (validated on every use, never trusted). */
  readonly scenario: unknown;
  /** Absolute path when saved on disk; null for bundled/new/uploaded documents. */
  readonly path: string | null;
  /** Modification time (ms) of the file when read, for "changed on disk" detection. */
  readonly mtimeMs: number | null;
  readonly name: string;
}

export interface SolveRequest {
  /** Caller-chosen id (for progress events and cancel). */
  readonly requestId: string;
  readonly scenario: unknown;
  /** Directory that relative paths in the scenario (EPW, CSV) are resolved against; null = bundled scenarios dir. */
  readonly baseDir?: string | null;
  readonly mode?: 'season' | 'representative';
  readonly backend?: 'highs' | 'jslp';
  /** Keep the hourly series in the reply (default true). */
  readonly includeHourly?: boolean;
  /** Same key → same worker when possible, so HiGHS re-solves warm from the previous basis. */
  readonly sessionKey?: string;
}

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly reportType?: ReportType;
  readonly lang: Lang;
  /** One scenario, or several for a comparison workbook (xlsx). */
  readonly scenarios: readonly unknown[];
  readonly baseDir?: string | null;
  /** Electron: ask with a save dialog when absent. Browser host: ignored (bytes are returned). */
  readonly path?: string;
}

export interface ExportResult {
  /** Where it was written (Electron), or null when returned as bytes (browser host). */
  readonly path: string | null;
  readonly fileName: string;
  readonly mimeType: string;
  /** Base64 content when not written to disk. */
  readonly base64: string | null;
  readonly bytes: number;
  readonly warnings: readonly string[];
}

export interface AppInfo {
  readonly version: string;
  readonly host: 'electron' | 'browser';
  readonly platform: string;
  readonly weatherAttribution: string;
}

/** Request → reply types of every invoke channel. Channel names: island:<noun>:<verb>. */
export interface IpcChannels {
  'island:app:info': { request: void; reply: AppInfo };
  'island:scenario:list-bundled': { request: void; reply: readonly BundledScenario[] };
  'island:scenario:load-bundled': { request: { id: string }; reply: ScenarioDocument };
  /** Validates a raw scenario object: issues (possibly empty) and the normalised scenario when valid. */
  'island:scenario:validate': {
    request: { scenario: unknown };
    reply: { valid: boolean; issues: readonly InputIssue[]; normalised: unknown };
  };
  /** Parses scenario JSON text (an uploaded or dropped file). Invalid → error 'invalid-file' with issues. */
  'island:scenario:parse': { request: { text: string; name: string }; reply: ScenarioDocument };
  'island:solve:run': { request: SolveRequest; reply: DispatchResult };
  'island:solve:cancel': { request: { requestId: string }; reply: { cancelled: boolean } };
  /** Electron: native open dialog (or the given path). Browser host: 'unsupported'. */
  'island:file:open': { request: { path?: string }; reply: ScenarioDocument | null };
  /** Saves atomically with a .bak; refuses with 'file-changed-on-disk' unless overwrite is true. */
  'island:file:save': {
    request: {
      scenario: unknown;
      path?: string | null;
      expectedMtimeMs?: number | null;
      overwrite?: boolean;
      saveAs?: boolean;
    };
    reply: { path: string; mtimeMs: number } | null;
  };
  'island:file:recent': { request: void; reply: readonly string[] };
  'island:autosave:write': {
    request: { scenario: unknown; path: string | null };
    reply: { savedAtMs: number };
  };
  /** Unsaved work left by a crash, offered once at start. */
  'island:autosave:recover': {
    request: void;
    reply: { scenario: unknown; path: string | null; savedAtMs: number } | null;
  };
  'island:autosave:discard': { request: void; reply: { discarded: boolean } };
  /** Validates an EPW text (upload) and returns its summary; the scenario then references it by path or inline. */
  /** Checks an EPW the user picked and keeps a copy in the app data folder; `path` is that copy. */
  'island:weather:check-epw': {
    request: { text: string; name: string };
    reply: { name: string; hours: number; minTempC: number; annualGhiKwhM2: number; path: string };
  };
  /** Keeps a copy of a measured heat-demand CSV in the app data folder (checked at solve time, per season). */
  'island:demand:import-csv': { request: { text: string; name: string }; reply: { path: string } };
  'island:export:run': { request: ExportRequest; reply: ExportResult | null };
  'island:settings:get': { request: void; reply: { lang: Lang } };
  'island:settings:set': { request: { lang: Lang }; reply: { lang: Lang } };
}

export type Channel = keyof IpcChannels;
export type RequestOf<C extends Channel> = IpcChannels[C]['request'];
export type ReplyOf<C extends Channel> = IpcChannels[C]['reply'];

/** Events pushed from main to the renderer. */
export interface IpcEvents {
  'island:solve:progress': { requestId: string; phase: RunPhase | 'queued' | 'done'; elapsedMs: number };
  'island:menu:command': { command: MenuCommand };
}
export type EventChannel = keyof IpcEvents;

export type MenuCommand =
  | 'file-new'
  | 'file-open'
  | 'file-save'
  | 'file-save-as'
  | 'export-pdf'
  | 'export-xlsx'
  | 'export-csv'
  | 'export-lp'
  | 'edit-undo'
  | 'edit-redo'
  | 'lang-zh'
  | 'lang-en'
  | 'help-about'
  | 'help-model';

/** Handlers the main process and the browser host both register: a missing one does not compile. */
export type Handlers<Ctx> = { [C in Channel]: (request: RequestOf<C>, ctx: Ctx) => Promise<ReplyOf<C>> };

/** The API the preload exposes on window.api (one method per channel, plus event subscription). */
export type IslandApi = {
  [C in Channel as ApiName<C>]: (request: RequestOf<C>) => Promise<Reply<ReplyOf<C>>>;
} & {
  on<E extends EventChannel>(event: E, listener: (payload: IpcEvents[E]) => void): () => void;
};

/** 'island:scenario:load-bundled' → 'scenarioLoadBundled'. */
export type ApiName<C extends string> = C extends `island:${infer Noun}:${infer Verb}`
  ? `${Noun}${Capitalize<Camel<Verb>>}`
  : never;
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;

/** Every channel name, for the preload and the host to iterate. */
export const CHANNELS = [
  'island:app:info',
  'island:scenario:list-bundled',
  'island:scenario:load-bundled',
  'island:scenario:validate',
  'island:scenario:parse',
  'island:solve:run',
  'island:solve:cancel',
  'island:file:open',
  'island:file:save',
  'island:file:recent',
  'island:autosave:write',
  'island:autosave:recover',
  'island:autosave:discard',
  'island:weather:check-epw',
  'island:demand:import-csv',
  'island:export:run',
  'island:settings:get',
  'island:settings:set',
] as const satisfies readonly Channel[];

/** Compile-time check that CHANNELS lists every channel. */
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const everyChannelListed: Missing extends never ? true : Missing = true;
void everyChannelListed;

export const EVENT_CHANNELS = [
  'island:solve:progress',
  'island:menu:command',
] as const satisfies readonly EventChannel[];

/** 'island:scenario:load-bundled' → 'scenarioLoadBundled' at run time (mirrors {@link ApiName}). */
export function apiNameOf(channel: Channel): string {
  const [, noun, verb] = channel.split(':') as [string, string, string];
  const camel = verb.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return noun + camel.charAt(0).toUpperCase() + camel.slice(1);
}
