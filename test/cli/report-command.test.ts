// `island report`: usage and input errors exit 2 with the reason; files are written where --out says.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { obj, shortIslandRaw, techs, type JsonObject } from '../helpers/engine-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'island-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function island(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function scenarioFile(name: string, raw: JsonObject): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(raw));
  return path;
}

const short = () => shortIslandRaw();

describe('island report', () => {
  it.each([
    [[], /expected at least one scenario file/],
    [['x.json', '--format', 'docx'], /--format must be one of pdf, html, xlsx, csv/],
    [['x.json', '--out', 'r.odt'], /--format is required/],
    [['x.json', '--lang', 'fr', '--format', 'csv'], /--lang must be one of zh, en/],
  ])('usage error %j exits 2', async (args, message) => {
    const r = await island('report', ...args);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });

  it('an invalid scenario exits 2 naming the field, and writes nothing', async () => {
    const raw = short();
    obj(techs(raw)[0]!, 'params')['doublets'] = -2;
    const out = join(dir, 'bad.csv');
    const r = await island('report', scenarioFile('bad.json', raw), '--format', 'csv', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/technologies\[0\]\.params\.doublets/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes the hourly CSV: machine-key header, one line per hour', async () => {
    const out = join(dir, 'hourly.csv');
    const r = await island('report', scenarioFile('short.json', short()), '--format', 'csv', '--out', out);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/hourly\.csv \(\d+ bytes, \d+ ms\)/);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]!.startsWith('step,label,period,weight,t_out_c,ghi_w_m2,demand_mw')).toBe(true);
    expect(lines).toHaveLength(1 + 72);
  });

  it('takes the format from the --out extension: a Chinese HTML proposal', async () => {
    const out = join(dir, 'proposal.html');
    const r = await island('report', scenarioFile('short.json', short()), '--lang', 'zh', '--out', out);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('清洁供热方案报告');
    expect(html).not.toMatch(/<script/i);
  });
});
