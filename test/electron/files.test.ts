// Scenario files: no torn file after SIGKILL mid-save, .bak, changed-on-disk refusal, invalid files change nothing.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStaleTemps, FileService, MAX_RECENT } from '../../electron/services/files';
import { HostError } from '../../electron/services/host-error';
import { energyIsland } from './scenario-fixtures';

const tempDir = () => mkdtempSync(join(tmpdir(), 'island-files-'));

async function failure(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a HostError');
}

/** Starts the save loop, waits for `saves` completed saves plus a random delay, then SIGKILLs it. */
function killDuringSaves(path: string, dataDir: string, saves: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'save-loop.ts'), path, dataDir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let seen = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      seen += chunk.split('\n').filter((l) => l.startsWith('saved')).length;
      if (seen >= saves && !child.killed) setTimeout(() => child.kill('SIGKILL'), Math.random() * 15);
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`save loop ended: ${signal}`)),
    );
  });
}

describe('atomic save', () => {
  it('leaves the old or the new file intact when the saving process is SIGKILLed', async () => {
    const dir = tempDir();
    const path = join(dir, 'torn.island.json');
    const outcomes = new Set<string>();
    for (let round = 0; round < 8; round++) {
      await killDuringSaves(path, dir, 1 + (round % 3));
      // The first round may end before a second save made a .bak; after that both always exist.
      for (const file of round === 0 && !existsSync(`${path}.bak`) ? [path] : [path, `${path}.bak`]) {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { name: string; notes: string };
        expect(['version A', 'version B']).toContain(parsed.name);
        expect(parsed.notes).toBe(parsed.name.slice(-1).repeat(2_000_000));
        if (file === path) outcomes.add(parsed.name);
      }
    }
    // Temp files of interrupted saves are cleaned at the next start once they are stale.
    const removed = await cleanStaleTemps(dir, Date.now() + 120_000);
    expect(readdirSync(dir).filter((n) => /\.\d+$/.test(n))).toEqual([]);
    console.log(
      `SIGKILL rounds: final versions seen ${[...outcomes].join(', ')}; stale temps removed ${removed.length}`,
    );
  }, 120_000);

  it('keeps the previous version as .bak and refuses to overwrite a file changed on disk', async () => {
    const dir = tempDir();
    const files = new FileService(dir);
    const path = join(dir, 'plant.island.json');
    const v1 = { ...energyIsland(), name: 'v1' };
    const first = await files.save(path, v1);
    const doc = await files.open(path);
    expect(doc.mtimeMs).toBe(first.mtimeMs);

    // Someone else edits the file after we opened it.
    writeFileSync(path, JSON.stringify({ ...v1, name: 'theirs' }));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const refused = await failure(
      files.save(path, { ...v1, name: 'mine' }, { expectedMtimeMs: doc.mtimeMs }),
    );
    expect(refused.code).toBe('file-changed-on-disk');
    expect((JSON.parse(readFileSync(path, 'utf8')) as { name: string }).name).toBe('theirs');

    // A never-read file is "changed" too: no expected time, no silent overwrite.
    expect((await failure(files.save(path, v1))).code).toBe('file-changed-on-disk');

    const saved = await files.save(path, { ...v1, name: 'mine' }, { overwrite: true });
    expect((JSON.parse(readFileSync(path, 'utf8')) as { name: string }).name).toBe('mine');
    expect((JSON.parse(readFileSync(`${path}.bak`, 'utf8')) as { name: string }).name).toBe('theirs');
    const again = await files.save(path, { ...v1, name: 'mine 2' }, { expectedMtimeMs: saved.mtimeMs });
    expect(again.path).toBe(path);
    expect((JSON.parse(readFileSync(`${path}.bak`, 'utf8')) as { name: string }).name).toBe('mine');
  });

  it('refuses to write anything but .json files', async () => {
    const dir = tempDir();
    expect((await failure(new FileService(dir).save(join(dir, 'x.txt'), energyIsland()))).code).toBe(
      'invalid-request',
    );
  });
});

describe('opening files', () => {
  it('an invalid or newer-version file shows every issue and changes nothing', async () => {
    const dir = tempDir();
    const files = new FileService(dir);
    const bad = join(dir, 'bad.island.json');
    const newer = join(dir, 'newer.island.json');
    writeFileSync(bad, JSON.stringify({ ...energyIsland(), season: { start: '13-45', end: '03-31' } }));
    writeFileSync(newer, JSON.stringify({ ...energyIsland(), schemaVersion: 99 }));
    const before = [bad, newer].map((p) => ({ text: readFileSync(p, 'utf8'), mtime: statSync(p).mtimeMs }));

    const e1 = await failure(files.open(bad));
    expect(e1.code).toBe('invalid-file');
    expect(e1.issues?.some((i) => i.path.startsWith('season'))).toBe(true);
    const e2 = await failure(files.open(newer));
    expect(e2.code).toBe('invalid-file');
    expect(e2.issues?.[0]?.path).toBe('schemaVersion');
    expect(e2.issues?.[0]?.message).toMatch(/newer version/);

    [bad, newer].forEach((p, i) => {
      expect(readFileSync(p, 'utf8')).toBe(before[i]!.text);
      expect(statSync(p).mtimeMs).toBe(before[i]!.mtime);
    });
    expect(await files.recent()).toEqual([]);
    expect(await files.isAllowed(bad)).toBe(false);
    expect((await failure(files.open(join(dir, 'missing.island.json')))).code).toBe('not-found');
  });

  it('keeps a recent list, newest first, without duplicates, at most MAX_RECENT', async () => {
    const dir = tempDir();
    const files = new FileService(dir);
    for (let i = 0; i < MAX_RECENT + 3; i++) await files.addRecent(join(dir, `f${i}.island.json`));
    await files.addRecent(join(dir, 'f5.island.json'));
    const recent = await files.recent();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toBe(join(dir, 'f5.island.json'));
    expect(new Set(recent).size).toBe(recent.length);
    expect(await files.isAllowed(join(dir, 'f5.island.json'))).toBe(true);
    await files.clearRecent();
    expect(await files.recent()).toEqual([]);
  });

  it('cleans only stale temp files', async () => {
    const dir = tempDir();
    const old = join(dir, 'a.island.json.123456789');
    const oldBak = join(dir, 'a.island.json.bak.42');
    const young = join(dir, 'b.island.json.987654');
    const other = join(dir, 'notes.txt.1234');
    for (const p of [old, oldBak, young, other]) writeFileSync(p, 'x');
    const past = new Date(Date.now() - 3_600_000);
    for (const p of [old, oldBak, other]) utimesSync(p, past, past);
    expect((await cleanStaleTemps(dir)).sort()).toEqual([old, oldBak].sort());
    expect(readdirSync(dir).sort()).toEqual(['b.island.json.987654', 'notes.txt.1234']);
  });

  it('in a user folder removes only the temps of the named files, never a dated copy of another file', async () => {
    const dir = tempDir();
    const temp = join(dir, 'plant.island.json.3141592653');
    const bakTemp = join(dir, 'plant.island.json.bak.77');
    const dated = join(dir, 'plant-2023.island.json.20240115');
    const notes = join(dir, 'notes.json.1');
    const huge = join(dir, 'plant.island.json.99999999999');
    for (const p of [temp, bakTemp, dated, notes, huge]) writeFileSync(p, 'x');
    const past = new Date(Date.now() - 3_600_000);
    for (const p of [temp, bakTemp, dated, notes, huge]) utimesSync(p, past, past);
    expect((await cleanStaleTemps(dir, Date.now(), ['plant.island.json'])).sort()).toEqual(
      [temp, bakTemp].sort(),
    );
    expect(readdirSync(dir).sort()).toEqual(
      ['notes.json.1', 'plant-2023.island.json.20240115', 'plant.island.json.99999999999'].sort(),
    );
  });
});
