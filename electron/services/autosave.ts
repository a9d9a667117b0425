// Autosave of unsaved work to the app data folder, the crash marker, and recovery at the next start.
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_SCENARIO_BYTES } from '../../solver/scenario';
import { HostError } from './host-error';
import { mtimeOf, readJson, writeAtomic } from './files';

/** What the autosave file holds. */
export interface AutosaveRecord {
  readonly scenario: unknown;
  readonly path: string | null;
  readonly savedAtMs: number;
}

/**
 * Unsaved work lives in `<dataDir>/autosave.json` until it is saved or discarded. A marker file
 * (`session.lock`) exists while the app runs; finding it at start means the previous run did not shut
 * down (crash, kill, power loss). Whatever autosave exists at start is offered for recovery: it is only
 * there when work was left unsaved, so offering it loses nothing.
 */
export class AutosaveService {
  private readonly file: string;
  private readonly marker: string;
  private crashed = false;

  constructor(readonly dataDir: string) {
    this.file = join(dataDir, 'autosave.json');
    this.marker = join(dataDir, 'session.lock');
  }

  /** Call once at start: notes whether the previous run crashed, then writes this run's marker. */
  async start(now = Date.now()): Promise<{ previousRunCrashed: boolean }> {
    await mkdir(this.dataDir, { recursive: true });
    this.crashed = (await mtimeOf(this.marker)) !== null;
    await writeAtomic(this.marker, JSON.stringify({ pid: process.pid, startedAtMs: now }));
    return { previousRunCrashed: this.crashed };
  }

  /** Whether the previous run ended without {@link shutdown}. */
  get previousRunCrashed(): boolean {
    return this.crashed;
  }

  /** Writes the unsaved document atomically. */
  async write(scenario: unknown, path: string | null, now = Date.now()): Promise<{ savedAtMs: number }> {
    const record: AutosaveRecord = { scenario, path, savedAtMs: now };
    const text = JSON.stringify(record);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_SCENARIO_BYTES) {
      throw new HostError(
        'invalid-scenario',
        `the scenario is ${bytes} bytes; the limit is ${MAX_SCENARIO_BYTES}`,
      );
    }
    await writeAtomic(this.file, text);
    return { savedAtMs: now };
  }

  /** The autosaved document, or null (a damaged autosave file is removed; a read error is thrown, the file kept). */
  async recover(): Promise<AutosaveRecord | null> {
    const raw = await readJson(this.file, true);
    const r = (raw ?? {}) as Partial<AutosaveRecord>;
    const valid =
      typeof r.scenario === 'object' &&
      r.scenario !== null &&
      (r.path === null || typeof r.path === 'string') &&
      typeof r.savedAtMs === 'number';
    if (!valid) {
      await this.discard();
      return null;
    }
    return { scenario: r.scenario, path: r.path ?? null, savedAtMs: r.savedAtMs ?? 0 };
  }

  /** Deletes the autosave (after a save, or when the user declines recovery). */
  async discard(): Promise<{ discarded: boolean }> {
    try {
      await unlink(this.file);
      return { discarded: true };
    } catch {
      return { discarded: false };
    }
  }

  /** Clean shutdown: removes the marker (the autosave stays if work is still unsaved). */
  async shutdown(): Promise<void> {
    try {
      await unlink(this.marker);
    } catch {
      // Already gone.
    }
  }
}
