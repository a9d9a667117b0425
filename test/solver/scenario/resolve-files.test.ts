// Bad files a scenario refers to (EPW weather, measured demand CSV), through resolveScenario with files in a temp dir.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../../../solver/issues';
import { resolveScenario } from '../../../electron/services/scenario-loader';
import { obj, rawScenario, type JsonObject } from '../../helpers/engine-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'island-resolve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TAIYUAN = readFileSync(
  new URL('../../../scenarios/weather/CHN_SX_Taiyuan.537720_TMYx.epw', import.meta.url),
  'utf8',
);

/** Resolves `raw` against the temp dir and returns the InputError's issues and message (fails if it resolves). */
async function rejection(raw: JsonObject): Promise<{ issues: InputIssue[]; message: string }> {
  try {
    await resolveScenario(raw, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return { issues: (error as InputError).issues, message: (error as Error).message };
  }
  throw new Error('expected resolveScenario to reject');
}

function withEpw(file: string, text?: string): JsonObject {
  if (text !== undefined) writeFileSync(join(dir, file), text);
  const raw = rawScenario();
  obj(raw, 'site')['weather'] = { kind: 'epw', file };
  return raw;
}

describe('EPW weather file', () => {
  it('a copy of the bundled file resolves (the fixture itself is sound)', async () => {
    const r = await resolveScenario(withEpw('good.epw', TAIYUAN), dir);
    expect(r.weather.tOutC).toHaveLength(8760);
  });

  it('file not found → site.weather.file names the path', async () => {
    const { issues } = await rejection(withEpw('nope.epw'));
    expect(issues).toEqual([
      {
        path: 'site.weather.file',
        message: `file not found: ${join(dir, 'nope.epw')}`,
        value: join(dir, 'nope.epw'),
      },
    ]);
  });

  it('corrupt (not an EPW at all) → header and row-count issues, the file named in the error', async () => {
    const { issues, message } = await rejection(withEpw('garbage.epw', '\u0000\u0001garbage\nnot an epw\n'));
    expect(message).toContain(join(dir, 'garbage.epw'));
    expect(issues.slice(0, 2).map((i) => i.path)).toEqual(['header', 'header']);
    expect(issues[0]!.message).toMatch(/expected 8 header lines/);
    expect(issues.find((i) => i.path === 'file')?.message).toMatch(
      /expected 8760 or 8784 data rows, found 0/,
    );
  });

  it('a row cut short → the line number and the 35 fields expected', async () => {
    const lines = TAIYUAN.split('\r\n');
    lines[108] = lines[108]!.split(',').slice(0, 20).join(',');
    const { issues } = await rejection(withEpw('cut.epw', lines.join('\r\n')));
    expect(issues).toEqual([{ path: 'line 109', message: 'expected 35 comma-separated fields, found 20' }]);
  });
});

describe('measured demand CSV', () => {
  /** Two-day season 11-01..11-02 (48 h) with a measured profile in `d.csv`. */
  function withCsv(lines: string[] | null, file = 'd.csv'): JsonObject {
    if (lines) writeFileSync(join(dir, file), lines.join('\n'));
    const raw = rawScenario();
    raw['season'] = { start: '11-01', end: '11-02' };
    raw['periods'] = [
      { id: 'early', label: { zh: '初寒期', en: 'Early cold' }, start: '11-01', end: '11-02' },
    ];
    raw['demand'] = { kind: 'measured', file, areaM2: 100000, designOutdoorC: -10.1 };
    return raw;
  }
  const rows = (): string[] => [
    'timestamp,heat_mw',
    ...Array.from(
      { length: 48 },
      (_, h) => `2023-11-0${1 + Math.floor(h / 24)} ${String(h % 24).padStart(2, '0')}:00,${5 + (h % 3)}`,
    ),
  ];

  it('a sound profile resolves to 48 hourly values', async () => {
    const r = await resolveScenario(withCsv(rows()), dir);
    expect(Array.from(r.measuredDemandMw ?? []).slice(0, 4)).toEqual([5, 6, 7, 5]);
  });

  it('a negative value → its line and column', async () => {
    const lines = rows();
    lines[5] = lines[5]!.replace(/,\d+$/, ',-2');
    const { issues } = await rejection(withCsv(lines));
    expect(issues).toEqual([
      { path: 'line 6, column 2 (heat_mw)', message: 'heat demand -2 is negative', value: -2 },
    ]);
  });

  it('a gap → the missing hours as a range', async () => {
    const lines = rows();
    lines.splice(10, 3);
    const { issues } = await rejection(withCsv(lines));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('measured profile');
    expect(issues[0]!.message).toMatch(/3 of the season's 48 hours have no row: 11-01 09:00 … 11-01 11:00/);
  });

  it('an unknown unit → the header cell and the units allowed', async () => {
    const lines = rows();
    lines[0] = 'timestamp,heat_btu';
    const { issues } = await rejection(withCsv(lines));
    expect(issues).toEqual([
      {
        path: 'line 1, column 2',
        message: expect.stringMatching(/unknown unit header "heat_btu".*heat_mw, mwh, kw or gj/) as string,
        value: 'heat_btu',
      },
    ]);
  });

  it('a missing file → demand.file names the path', async () => {
    const { issues } = await rejection(withCsv(null, 'absent.csv'));
    expect(issues).toEqual([
      {
        path: 'demand.file',
        message: `file not found: ${join(dir, 'absent.csv')}`,
        value: join(dir, 'absent.csv'),
      },
    ]);
  });
});
