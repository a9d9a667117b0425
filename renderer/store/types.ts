// The shape of the app store: document (with history), results, UI and compare slices.
import type {
  AppInfo,
  BundledScenario,
  IslandApi,
  Lang,
  ReplyError,
  ScenarioDocument,
} from '../../electron/shared/ipc-contract';
import type { InputIssue } from '../../solver/issues';
import type { DispatchResult } from '../../solver/results/types';
import type { History } from './history';
import type { MessageKey, Vars } from '../features/i18n/format';
import type { Path } from './paths';

export type View = 'editor' | 'overview' | 'dispatch' | 'compare' | 'report';
export type EditorSection = 'site' | 'demand' | 'season' | 'technologies' | 'prices' | 'policies';
/** A period index of the result, or the whole season. */
export type PeriodChoice = number | 'season';
export type Resolution = 'daily' | 'week';

export interface DocumentSlice {
  /** Identity of the open document; also the solve sessionKey (warm start). */
  docId: string;
  docName: string;
  path: string | null;
  mtimeMs: number | null;
  /** Raw scenario as edited (may be invalid). */
  scenario: unknown;
  /** Increments on every change of `scenario`. */
  rev: number;
  /** The raw scenario as last saved or opened (undo back to it is clean again); null = never saved. */
  savedScenario: unknown;
  history: History;
  /** Validation of `scenario` (solver/scenario validateScenario). */
  issues: readonly InputIssue[];
  valid: boolean;
  openDocument(doc: ScenarioDocument): void;
  /** Writes one value; `key` groups keystrokes into one undo step (defaults to the path). */
  edit(path: Path, value: unknown, key?: string): void;
  /** Replaces the whole raw scenario as one undo step (presets, add/remove rows). */
  replace(next: unknown, key: string): void;
  undo(): void;
  redo(): void;
  markSaved(path: string | null, mtimeMs: number | null): void;
}

export type SolveState =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'solving';
      readonly requestId: string;
      readonly rev: number;
      readonly phase: string;
      readonly elapsedMs: number;
      readonly startedAt: number;
    }
  | { readonly kind: 'error'; readonly error: ReplyError; readonly rev: number };

export interface ResultsSlice {
  result: DispatchResult | null;
  /** Document id and revision the result was computed from. */
  resultDocId: string | null;
  resultRev: number;
  solve: SolveState;
  /** Wall time of the last finished solve as the UI saw it, ms. */
  lastSolveMs: number | null;
  /** Stops the running solve; the last good result stays on screen. */
  cancelSolve(): void;
}

/**
 * A message line above the view. `key` + `vars` are translated when shown, so the notice follows a language
 * switch; `text` (messages from the host, already worded) is shown as it is.
 */
export interface Notice {
  readonly kind: 'info' | 'error';
  readonly key?: MessageKey;
  readonly vars?: Vars;
  readonly text?: string;
}

export interface UiSlice {
  lang: Lang;
  view: View;
  editorSection: EditorSection;
  period: PeriodChoice;
  resolution: Resolution;
  /** First step of the hourly week shown. */
  weekStart: number;
  notice: Notice | null;
  bundled: readonly BundledScenario[];
  appInfo: AppInfo | null;
  /** Unsaved work left by a crash, offered once at start. */
  recover: Recovery | null;
  setLang(lang: Lang): void;
  setView(view: View): void;
  setEditorSection(section: EditorSection): void;
  setPeriod(period: PeriodChoice): void;
  setResolution(resolution: Resolution): void;
  setWeekStart(step: number): void;
  setNotice(notice: Notice | null): void;
}

export interface Recovery {
  readonly scenario: unknown;
  readonly path: string | null;
  readonly savedAtMs: number;
}

export interface CompareEntry {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  readonly status: 'loading' | 'solving' | 'done' | 'error';
  /** The raw scenario (for comparison exports). */
  readonly scenario: unknown;
  readonly result: DispatchResult | null;
  readonly error: string | null;
}

export interface CompareSlice {
  /** Bundled scenario ids compared with the current document (at most 3 more). */
  compareIds: readonly string[];
  compareEntries: Readonly<Record<string, CompareEntry>>;
  /** 'current' or a bundled id: the reference of the delta table. */
  compareRef: string;
  toggleCompare(id: string): void;
  setCompareRef(id: string): void;
  /** Solves every compared scenario again (the current document's mode changed). */
  reloadCompared(): void;
}

export type AppState = DocumentSlice & ResultsSlice & UiSlice & CompareSlice;

/** Resolves the bridge lazily (window is not there when tests import the store). */
export type ApiRef = () => IslandApi;
