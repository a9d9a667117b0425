// `npm run security:scan [dir]`: electronegativity over electron/ (or dir), failing (exit 1) on any finding above LOW.
import console from 'node:console';
import process from 'node:process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
/** Severities that fail the scan (electronegativity itself always exits 0). */
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const target = resolve(process.argv[2] ?? join(root, 'electron'));

/**
 * electronegativity's runner, called in-process: it returns its issues when asked programmatically. (Its CLI's
 * CSV report is written by two racing async writeFile calls, header and rows, and now and then comes out
 * mangled or header-only: a header-only report would read as "no findings".)
 */
const run = require('@doyensec/electronegativity/dist/runner.js');
const { issues } = await run({
  input: target,
  isRelative: true,
  isSarif: false,
  customScan: [],
  excludeFromScan: [],
  parserPlugins: [],
  electronVersionOverride: electronVersion,
});
const findings = issues.map((i) => ({
  issue: i.id,
  severity: String(i.severity?.name ?? '').toUpperCase(),
  where: `${i.file}:${i.location?.line ?? 0}:${i.location?.column ?? 0}`,
  description: i.description,
}));
for (const f of findings)
  console.log(`${f.severity.padEnd(13)} ${f.issue.padEnd(34)} ${f.where}  ${f.description}`);
const failing = findings.filter((f) => FAILING.has(f.severity) || f.severity === '');
console.log(
  `security:scan: electronegativity (Electron ${electronVersion}) ${findings.length} finding(s), ${failing.length} above LOW`,
);
process.exit(failing.length ? 1 : 0);
