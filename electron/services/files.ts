// Scenario files: read with validation, atomic save with a .bak, changed-on-disk check, recent list, temp cleanup.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { MAX_SCENARIO_BYTES, parseScenarioText } from '../../solver/scenario';
import type { ScenarioDocument } from '../shared/ipc-contract';
import { referencedFiles, isInside } from './file-refs';
import { HostError } from './host-error';
import { scenariosDir } from './paths';

/** Extension of scenario files the app writes (file association, dialogs). */
export const SCENARIO_EXTENSION = '.island.json';
/** Entries kept in the recent-files list. */
export const MAX_RECENT = 10;
/** A write-file-atomic temp file of a JSON file or its backup: `<target>.<uint32>` (target = group 1). */
const TEMP_NAME = /^(.+\.json(?:\.bak)?)\.(\d{1,10})$/;
/** Temp files younger than this may belong to a save in progress (another instance): left alone. */
const STALE_TEMP_MS = 60_000;

/** Writes bytes atomically (temp file, fsync, rename): a crash leaves the old or the new file, never a torn one. */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(
    path,
    typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    {
      fsync: true,
    },
  );
}

/**
 * Reads a JSON file: null when it is missing or not JSON. Other read errors (EBUSY, EACCES…) also give null,
 * unless `strict`, which throws them (the autosave must not be discarded because a virus scanner held it).
 */
export async function readJson(path: string, strict = false): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!strict || (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Modification time of a file in ms, or null when it does not exist. */
export async function mtimeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/** Display name of a scenario file: its name without the scenario extension. */
export function documentName(path: string): string {
  const name = basename(path);
  const lower = name.toLowerCase();
  if (lower.endsWith(SCENARIO_EXTENSION)) return name.slice(0, -SCENARIO_EXTENSION.length);
  return lower.endsWith('.json') ? name.slice(0, -'.json'.length) : name;
}

/**
 * Removes write-file-atomic temp files older than a minute from `dir`: left by a save that was killed before
 * its rename. A temp file is `<target>.<uint32>` (write-file-atomic's naming). With `targets`, only temps of
 * those file names (and their `.bak`) are touched — in a user's folder a file like `plant.json.20240115` may
 * be a hand-made backup; without, any `*.json.<digits>` / `*.json.bak.<digits>` (the app's own data folder).
 * Returns the paths removed.
 */
export async function cleanStaleTemps(
  dir: string,
  now = Date.now(),
  targets?: readonly string[],
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const ours = targets ? new Set(targets.flatMap((t) => [t, `${t}.bak`])) : null;
  const isTemp = (name: string): boolean => {
    const m = TEMP_NAME.exec(name);
    if (!m || Number(m[2]) > 0xffff_ffff) return false;
    return ours === null || ours.has(m[1]!);
  };
  const removed: string[] = [];
  for (const name of names) {
    if (!isTemp(name)) continue;
    const path = join(dir, name);
    const modified = await mtimeOf(path);
    if (modified === null || now - modified < STALE_TEMP_MS) continue;
    try {
      await unlink(path);
      removed.push(path);
    } catch {
      // Another process removed or renamed it meanwhile: nothing to clean.
    }
  }
  return removed;
}

/**
 * Scenario files on disk. Paths written or opened on the renderer's behalf must have been approved first
 * (chosen in a native dialog, given on the command line, or in the recent list): a compromised page cannot
 * name an arbitrary file.
 */
export class FileService {
  private readonly approved = new Set<string>();
  private readonly recentPath: string;

  constructor(readonly dataDir: string) {
    this.recentPath = join(dataDir, 'recent-files.json');
  }

  /** Marks a path the user chose (dialog, argv, open-file event) as one the renderer may open or save. */
  approve(path: string): string {
    const full = resolve(path);
    this.approved.add(full);
    return full;
  }

  /**
   * Keeps a copy of an imported weather or demand file in `<dataDir>/imports/` and returns its absolute path,
   * which the scenario then names. The name is the content's hash plus the original name (sanitised), so a
   * re-import of the same file reuses its copy and nothing outside the data folder is written.
   */
  async importCopy(text: string, name: string, ext: 'epw' | 'csv'): Promise<string> {
    const dir = join(this.dataDir, 'imports');
    await mkdir(dir, { recursive: true });
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
    const stem = basename(name)
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
      .slice(0, 80);
    const path = join(dir, `${hash}-${stem || 'file'}.${ext}`);
    if ((await mtimeOf(path)) === null) await writeAtomic(path, text);
    return path;
  }

  /**
   * Whether the solver may read `path` for a scenario the page sent: an imported copy, a bundled file, a file
   * in (or below) the folder of a scenario the user opened or saved, or a file such a scenario names.
   * Anything else is refused, so a compromised page cannot make the solver read (and echo) other files.
   */
  async mayRead(path: string): Promise<boolean> {
    const full = resolve(path);
    if (isInside(full, join(this.dataDir, 'imports')) || isInside(full, scenariosDir())) return true;
    if (this.approved.has(full)) return true;
    const chosen = [...this.approved, ...(await this.recent())];
    return chosen.some((f) => f.toLowerCase().endsWith('.json') && isInside(full, dirname(f)));
  }

  /** Whether `dir` holds a scenario file the user chose (approved or recent): the only folders solves may read from. */
  async isAllowedDir(dir: string): Promise<boolean> {
    const full = resolve(dir);
    return [...this.approved, ...(await this.recent())].some((f) => dirname(f) === full);
  }

  /** Whether a path was approved or is in the recent list. */
  async isAllowed(path: string): Promise<boolean> {
    const full = resolve(path);
    return this.approved.has(full) || (await this.recent()).includes(full);
  }

  /** Reads and validates a scenario file; an invalid or newer-version file → 'invalid-file' with every issue. */
  async open(path: string): Promise<ScenarioDocument> {
    const full = resolve(path);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      // Only a file that is really gone leaves the recent list (not one on a share that is offline).
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        await this.forget(full);
        throw new HostError('not-found', `${full} does not exist`);
      }
      throw new HostError('invalid-file', `${full} cannot be read: ${(error as Error).message}`);
    }
    if (info.size > MAX_SCENARIO_BYTES) {
      throw new HostError(
        'invalid-file',
        `${full} is ${info.size} bytes; the limit is ${MAX_SCENARIO_BYTES}`,
      );
    }
    const text = await readFile(full, 'utf8');
    const checked = parseScenarioText(text);
    if (!checked.ok)
      throw new HostError('invalid-file', `${basename(full)} is not a valid scenario`, checked.issues);
    this.approve(full);
    // The files this scenario names were chosen by whoever wrote it, and the user chose to open it.
    for (const ref of referencedFiles(JSON.parse(text) as unknown, dirname(full))) this.approve(ref.path);
    await this.addRecent(full);
    return {
      scenario: JSON.parse(text) as unknown,
      path: full,
      mtimeMs: info.mtimeMs,
      name: documentName(full),
    };
  }

  /**
   * Saves a scenario atomically, keeping the previous version as `<file>.bak`. Refuses with
   * 'file-changed-on-disk' when the file exists and its modification time is not `expectedMtimeMs`
   * (someone else wrote it, or it was never read), unless `overwrite`.
   */
  async save(
    path: string,
    scenario: unknown,
    opts: { expectedMtimeMs?: number | null; overwrite?: boolean } = {},
  ): Promise<{ path: string; mtimeMs: number }> {
    const full = resolve(path);
    if (!full.toLowerCase().endsWith('.json')) {
      throw new HostError('invalid-request', `scenario files end in ${SCENARIO_EXTENSION}: ${full}`);
    }
    const text = `${JSON.stringify(scenario, null, 2)}\n`;
    // Bytes, as open() measures them: Chinese text is 3 bytes a character in UTF-8.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_SCENARIO_BYTES) {
      throw new HostError(
        'invalid-scenario',
        `the scenario is ${bytes} bytes; the limit is ${MAX_SCENARIO_BYTES}`,
      );
    }
    const current = await mtimeOf(full);
    if (current !== null && !opts.overwrite) {
      const expected = opts.expectedMtimeMs ?? null;
      if (expected === null || Math.abs(current - expected) > 1e-3) {
        throw new HostError(
          'file-changed-on-disk',
          `${basename(full)} was changed on disk since it was opened; save again to overwrite it, or save as another file`,
        );
      }
    }
    if (current !== null) await writeAtomic(`${full}.bak`, await readFile(full));
    await writeAtomic(full, text);
    this.approve(full);
    await this.addRecent(full);
    return { path: full, mtimeMs: (await stat(full)).mtimeMs };
  }

  /** The recent-files list, newest first (absolute paths). */
  async recent(): Promise<string[]> {
    const raw = await readJson(this.recentPath);
    const files = (raw as { files?: unknown } | null)?.files;
    return Array.isArray(files)
      ? files.filter((f): f is string => typeof f === 'string').slice(0, MAX_RECENT)
      : [];
  }

  /** Puts a path first in the recent list. */
  async addRecent(path: string): Promise<string[]> {
    const full = resolve(path);
    const files = [full, ...(await this.recent()).filter((f) => f !== full)].slice(0, MAX_RECENT);
    await writeAtomic(this.recentPath, JSON.stringify({ version: 1, files }, null, 2));
    return files;
  }

  /** Empties the recent list. */
  async clearRecent(): Promise<void> {
    await writeAtomic(this.recentPath, JSON.stringify({ version: 1, files: [] }, null, 2));
  }

  /** Removes temp files left by killed saves in the data folder and next to the recent files. */
  async cleanTemps(): Promise<string[]> {
    const removed = await cleanStaleTemps(this.dataDir);
    // Next to the user's files only the temps of those very files: nothing else in their folders is ours.
    const byDir = new Map<string, string[]>();
    for (const f of await this.recent())
      byDir.set(dirname(f), [...(byDir.get(dirname(f)) ?? []), basename(f)]);
    for (const [dir, names] of byDir) {
      if (resolve(dir) === resolve(this.dataDir)) continue;
      removed.push(...(await cleanStaleTemps(dir, Date.now(), names)));
    }
    return removed;
  }

  private async forget(full: string): Promise<void> {
    const files = await this.recent();
    if (!files.includes(full)) return;
    await writeAtomic(
      this.recentPath,
      JSON.stringify({ version: 1, files: files.filter((f) => f !== full) }, null, 2),
    );
  }
}
