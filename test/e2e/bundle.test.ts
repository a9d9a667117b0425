// The renderer bundle: built for the strict CSP, and without HiGHS or any LP solver inside.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureRendererBuilt } from './harness';

let files: string[] = [];
let js = '';

beforeAll(() => {
  ensureRendererBuilt();
  files = readdirSync(join(DIST, 'assets'));
  js = files
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(DIST, 'assets', f), 'utf8'))
    .join('\n');
}, 120_000);

describe('renderer bundle', () => {
  it('contains no HiGHS (no wasm, no C API, no emscripten module)', () => {
    expect(files.filter((f) => f.endsWith('.wasm'))).toEqual([]);
    expect(js).not.toMatch(/_Highs_\w+|Highs_run|highs\.wasm/);
  });
  it('contains no LP solver (javascript-lp-solver) either', () => {
    expect(js).not.toMatch(/\bTableau\b|branchAndCut|MilpBranch/);
  });
  it('needs no eval and no inline script (strict CSP)', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(js).not.toMatch(/\beval\(|new Function\(/);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  });
  it('loads with relative URLs (file:// in Electron, http in the browser host)', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toMatch(/src="\.\/assets\//);
  });
});
