// The layer rules of eslint.config.js fire: known violations linted through the ESLint API are rejected.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `asFile` (an existing file, so the type-aware parser knows its project). */
async function zoneErrors(code: string, asFile: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, asFile) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

const importOf = (path: string): string => `import * as m from '${path}';\n\nexport const used = m;\n`;

describe('layer rules (import-x/no-restricted-paths with a TypeScript-aware resolver)', () => {
  it('rejects the fixture: a renderer file importing solver/backends/highs', async () => {
    const fixture = readFileSync(
      join(import.meta.dirname, 'fixtures', 'renderer-imports-highs.fixture'),
      'utf8',
    );
    const errors = await zoneErrors(fixture, 'renderer/main.tsx');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('../solver/backends/highs');
  });

  it.each([
    ['renderer/main.tsx', '../solver/run'],
    ['renderer/main.tsx', '../solver/model/build'],
    ['renderer/main.tsx', '../electron/services/solver-pool'],
    ['renderer/main.tsx', '../electron/main/menu'],
    ['electron/preload/preload.ts', '../../solver/catalog'],
    ['solver/units.ts', '../electron/shared/wire'],
    ['electron/shared/wire.ts', '../main/menu'],
  ])('rejects %s importing %s', async (file, path) => {
    expect(await zoneErrors(importOf(path), file)).toHaveLength(1);
  });

  it.each([
    ['renderer/main.tsx', '../electron/shared/ipc-contract'],
    ['renderer/main.tsx', '../solver/catalog'],
    ['renderer/main.tsx', '../solver/results/types'],
    ['electron/services/handlers.ts', '../../solver/run'],
  ])('allows %s importing %s', async (file, path) => {
    expect(await zoneErrors(importOf(path), file)).toEqual([]);
  });
});
