// The generated files (technology reference, scenario JSON Schema) match the code they are generated from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { technologiesMarkdown } from '../../solver/catalog/docs';
import { CATALOG } from '../../solver/catalog';

const root = join(import.meta.dirname, '..', '..');

describe('generated documentation', () => {
  it('docs/technologies.md is fresh (run npm run docs)', () => {
    expect(readFileSync(join(root, 'docs', 'technologies.md'), 'utf8')).toBe(technologiesMarkdown());
  });

  it('documents every technology and every parameter with its source', () => {
    const md = technologiesMarkdown();
    for (const t of CATALOG) {
      expect(md).toContain(`(\`${t.id}\`)`);
      for (const [key, p] of Object.entries(t.params)) {
        expect(md).toContain(`| \`${key}\` |`);
        expect(p.source.length).toBeGreaterThan(3);
      }
    }
  });
});
