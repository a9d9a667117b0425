// Tests of the EPW parser's rejections and repairs, each on an in-memory mutated copy of the Taiyuan file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_EPW_CHARS, parseEpw } from '../../../solver/weather';
import type { InputIssue } from '../../../solver/issues';
import type { WeatherYear } from '../../../solver/weather';

const EPW = new URL('../../../scenarios/weather/CHN_SX_Taiyuan.537720_TMYx.epw', import.meta.url);
const original = readFileSync(EPW, 'utf8');
const LINES = original.split('\r\n');
/** 0-based positions in a data row (see solver/weather/epw.ts for why these are 0-based). */
const F = { hour: 3, dryBulb: 6, ghi: 13, wind: 21 } as const;

/** A copy of the file with `edit` applied to its lines (index 0 = file line 1). */
function mutate(edit: (lines: string[]) => void): string {
  const lines = [...LINES];
  edit(lines);
  return lines.join('\r\n');
}

/** Sets field `index` (0-based) of 1-based file line `line`. */
function setField(lines: string[], line: number, index: number, value: string): void {
  const cells = (lines[line - 1] ?? '').split(',');
  cells[index] = value;
  lines[line - 1] = cells.join(',');
}

function issuesOf(text: string): InputIssue[] {
  const r = parseEpw(text);
  if (r.ok) throw new Error('expected the file to be rejected');
  return r.issues;
}

function valueOf(text: string): WeatherYear {
  const r = parseEpw(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
  return r.value;
}

describe('parseEpw rejects and repairs', () => {
  it('rejects a row with a missing column, naming the line', () => {
    const issues = issuesOf(mutate((l) => (l[99] = (l[99] ?? '').split(',').slice(0, 34).join(','))));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('line 100');
    expect(issues[0]?.message).toContain('found 34');
  });

  it('rejects a blank line among the data rows as a row of 1 field', () => {
    const issues = issuesOf(mutate((l) => l.splice(108, 0, '')));
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['line 109', 'expected 35 comma-separated fields, found 1'],
      ['file', 'expected 8760 or 8784 data rows, found 8761'],
    ]);
  });

  it('rejects non-numeric text as an error, not as missing', () => {
    const issues = issuesOf(mutate((l) => setField(l, 200, F.dryBulb, 'abc')));
    expect(issues).toEqual([expect.objectContaining({ path: 'line 200, field dry-bulb', value: 'abc' })]);
  });

  it('rejects out-of-range values with line and field', () => {
    const issues = issuesOf(
      mutate((l) => {
        setField(l, 300, F.ghi, '1600');
        setField(l, 301, F.dryBulb, '-80');
        setField(l, 302, F.wind, '45');
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'line 300, field global horizontal radiation',
      'line 301, field dry-bulb',
      'line 302, field wind speed',
    ]);
  });

  it('rejects a 7-hour run of missing dry-bulb with the line of its first row', () => {
    const issues = issuesOf(
      mutate((l) =>
        [1009, 1010, 1011, 1012, 1013, 1014, 1015].forEach((n) => setField(l, n, F.dryBulb, '99.9')),
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('line 1009, field dry-bulb');
    expect(issues[0]?.message).toContain('7 consecutive missing hours');
  });

  it('interpolates a 6-hour run of missing values linearly', () => {
    const w = valueOf(
      mutate((l) => [1009, 1010, 1011, 1012, 1013, 1014].forEach((n) => setField(l, n, F.dryBulb, '99.9'))),
    );
    const ref = valueOf(original);
    // File line n holds index n − 9: lines 1008 and 1015 are the valid neighbours (indices 999, 1006).
    const a = ref.tOutC[999] ?? NaN;
    const b = ref.tOutC[1006] ?? NaN;
    for (let k = 1; k <= 6; k += 1) expect(w.tOutC[999 + k]).toBeCloseTo(a + ((b - a) * k) / 7, 12);
    expect(w.tOutC[1007]).toBe(ref.tOutC[1007]);
  });

  it('fills a short missing run at the start of the year from the nearest valid value', () => {
    const w = valueOf(mutate((l) => [9, 10, 11].forEach((n) => setField(l, n, F.wind, '999'))));
    const ref = valueOf(original);
    expect([...w.wind10Ms.slice(0, 4)]).toEqual([3, 3, 3, 3].map(() => ref.wind10Ms[3]));
  });

  it('drops leap-day rows from an 8784-row file', () => {
    const feb28 = LINES.findIndex((l) => l.startsWith('2015,2,28,1,'));
    const leap = LINES.slice(feb28, feb28 + 24).map((l) =>
      l.replace('2015,2,28,', '2016,2,29,').replace(',-', ',5'),
    );
    const text = mutate((l) => l.splice(feb28 + 24, 0, ...leap));
    expect(text.split('\r\n').filter((l) => /^\d/.test(l))).toHaveLength(8784);
    expect(valueOf(text).tOutC).toEqual(valueOf(original).tOutC);
  });

  it('rejects a duplicate hour, naming both lines, and the hour left without a row', () => {
    const issues = issuesOf(mutate((l) => setField(l, 500, F.hour, (l[498] ?? '').split(',')[F.hour] ?? '')));
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('line 500, field hour');
    expect(issues.find((i) => i.path === 'line 500, field hour')?.message).toContain('line 499');
    expect(paths).toContain('01-21 hour 12'); // line 500 = index 491 = Jan 21, clock 11–12
  });

  it('rejects a missing hour and the wrong row count', () => {
    const issues = issuesOf(mutate((l) => l.splice(8 + 59, 1)));
    expect(issues.map((i) => i.path)).toEqual(['file', '01-03 hour 12']);
  });

  it('rejects a file larger than 20 MB before parsing it', () => {
    const issues = issuesOf(original + ' '.repeat(MAX_EPW_CHARS));
    expect(issues).toEqual([expect.objectContaining({ path: 'file' })]);
    expect(issues[0]?.message).toContain('larger than');
  });

  it('rejects an empty file', () => {
    for (const text of ['', '\r\n\r\n', '\uFEFF']) {
      expect(issuesOf(text)).toEqual([{ path: 'file', message: 'file is empty' }]);
    }
  });

  it('rejects a missing LOCATION line, a bad latitude and a wrong header count', () => {
    expect(
      issuesOf(mutate((l) => (l[0] = (l[0] ?? '').replace('LOCATION', 'PLACE')))).map((i) => i.path),
    ).toEqual(['header']);
    const bad = issuesOf(mutate((l) => setField(l, 1, 6, '95')));
    expect(bad.map((i) => i.path)).toEqual(['line 1, field latitude']);
    const short = issuesOf(mutate((l) => l.splice(1, 1)));
    expect(short[0]?.path).toBe('header');
    expect(short[0]?.message).toContain('found 7');
  });

  it('lists at most 50 issues and counts the rest', () => {
    const issues = issuesOf(
      mutate((l) => Array.from({ length: 80 }, (_, k) => setField(l, 9 + 2 * k, F.dryBulb, 'x'))),
    );
    expect(issues).toHaveLength(51);
    expect(issues[50]?.message).toBe('and 30 more issues');
  });
});
