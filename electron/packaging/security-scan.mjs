// `npm run security:scan [dir]`: electronegativity over electron/ (or dir), failing (exit 1) on any finding above LOW.
import console from 'node:console';
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
/** Severities that fail the scan (electronegativity itself always exits 0). */
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** Parses RFC 4180-style CSV (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field.trim());
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(work, 'report.csv');
const target = process.argv[2] ?? join(root, 'electron');
const run = spawnSync(process.execPath, [cli, '-i', target, '-r', '-e', electronVersion, '-o', report], {
  cwd: root,
  encoding: 'utf8',
});
if (!existsSync(report)) {
  console.error(
    `security:scan: electronegativity wrote no report (exit ${run.status})\n${run.stdout}\n${run.stderr}`,
  );
  process.exit(1);
}
const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'));
rmSync(work, { recursive: true, force: true });
const col = (name) => header.indexOf(name);
if (!header || col('severity') < 0 || col('issue') < 0) {
  console.error('security:scan: unexpected report format');
  process.exit(1);
}
const findings = rows.map((r) => ({
  issue: r[col('issue')],
  severity: (r[col('severity')] ?? '').toUpperCase(),
  confidence: r[col('confidence')],
  where: `${r[col('filename')]}:${r[col('location')]}`,
  description: r[col('description')],
}));
for (const f of findings)
  console.log(`${f.severity.padEnd(13)} ${f.issue.padEnd(34)} ${f.where}  ${f.description}`);
const failing = findings.filter((f) => FAILING.has(f.severity));
console.log(
  `security:scan: electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}${findings.length} finding(s), ${failing.length} above LOW`,
);
process.exit(failing.length ? 1 : 0);
