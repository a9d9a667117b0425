// Tests of measured-profile CSV import: round trip, units, separators and every error with its line.
import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_CHARS, MAX_PROFILE_ISSUES, parseMeasuredProfile } from '../../../solver/demand/measured';
import { buildSeason } from '../../../solver/time/season';
import type { Season, SeasonSpec } from '../../../solver/time/season';

function makeSeason(spec: SeasonSpec): Season {
  const built = buildSeason(spec);
  if (!built.ok) throw new Error('season');
  return built.value;
}

const winter = makeSeason({ start: '11-01', end: '03-31' });
const twoDays = makeSeason({ start: '11-01', end: '11-02' });

/** 'YYYY-MM-DD HH:00' of season hour s, the season starting in 2023 (so Feb 2024 has a 29th). */
function stamp(season: Season, s: number, sep = ' '): string {
  const month = season.month[s]!;
  const year = month >= 11 ? 2023 : 2024;
  const hour = String(season.hourOfDay[s]).padStart(2, '0');
  return `${year}-${season.dates[season.dayOfSeason[s]!]}${sep}${hour}:00`;
}

/** Data lines (no header) for every season hour; value(s) gives the number written. */
function rows(season: Season, value: (s: number) => string, sep = ','): string[] {
  return Array.from({ length: season.hours }, (_, s) => `${stamp(season, s)}${sep}${value(s)}`);
}

function issuesOf(text: string, season = twoDays) {
  const result = parseMeasuredProfile(text, season);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('parseMeasuredProfile: valid files', () => {
  it('round-trips a generated season file, dropping Feb 29 and counting rows outside the season', () => {
    const lines = rows(winter, (s) => ((s % 97) * 0.25).toString());
    const feb28End = lines.findIndex((l) => l.startsWith('2024-03-01 00:00'));
    const leap = Array.from({ length: 24 }, (_, h) => `2024-02-29 ${String(h).padStart(2, '0')}:00,999`);
    lines.splice(feb28End, 0, ...leap);
    const text = ['timestamp,heat_mw', '2023-10-31 23:00,5', ...lines, '2024-04-01 00:00,5', ''].join('\n');
    const result = parseMeasuredProfile(text, winter);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows).toBe(3624 + 24 + 2);
    expect(result.value.leapDayRows).toBe(24);
    expect(result.value.outsideSeason).toBe(2);
    expect(result.value.unit).toBe('MW');
    expect(result.value.demandMw.length).toBe(3624);
    for (let s = 0; s < 3624; s += 37) expect(result.value.demandMw[s]).toBe((s % 97) * 0.25);
    expect(result.value.demandMw[3623]).toBe((3623 % 97) * 0.25);
  });

  it('tolerates BOM, CRLF, semicolons, decimal commas, quotes, T separators and any row order', () => {
    const data = Array.from({ length: 48 }, (_, s) => `"${stamp(twoDays, s, 'T')}";${s},5`).reverse();
    const text = `\uFEFFtimestamp;MWh\r\n${data.join('\r\n')}\r\n`;
    const result = parseMeasuredProfile(text, twoDays);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.unit).toBe('MWh/h');
    expect(result.value.demandMw[0]).toBe(0.5);
    expect(result.value.demandMw[47]).toBe(47.5);
  });

  it('converts kW (÷1000) and GJ per hour (÷3.6), with the value column first or second', () => {
    const kw = parseMeasuredProfile(['time,load_kw', ...rows(twoDays, () => '1500')].join('\n'), twoDays);
    expect(kw.ok && kw.value.demandMw[10]).toBe(1.5);
    expect(kw.ok && kw.value.unit).toBe('kW');
    const gjLines = Array.from({ length: 48 }, (_, s) => `36,${stamp(twoDays, s)}`);
    const gj = parseMeasuredProfile(['heat (GJ),timestamp', ...gjLines].join('\n'), twoDays);
    expect(gj.ok && gj.value.demandMw[47]).toBeCloseTo(10, 12); // 36 GJ in an hour / 3.6 GJ/MWh
    expect(gj.ok && gj.value.unit).toBe('GJ/h');
  });
});

describe('parseMeasuredProfile: errors name the line and column', () => {
  const valid = (): string[] => ['timestamp,heat_mw', ...rows(twoDays, (s) => String(s))];

  it('reports each bad line, with all issues together', () => {
    const lines = valid();
    lines[2] = `${stamp(twoDays, 1)},1,extra`; // line 3
    lines[4] = 'yesterday,3'; // line 5
    lines[6] = `${stamp(twoDays, 5)},-1`; // line 7
    lines[8] = `${stamp(twoDays, 7)},NaN`; // line 9
    lines[10] = `${stamp(twoDays, 8)},8`; // line 11 repeats line 10's hour; hour 9 is then missing
    const found = issuesOf(lines.join('\n'));
    expect(found.map((i) => i.path)).toEqual([
      'line 3',
      'line 5, column 1 (timestamp)',
      'line 7, column 2 (heat_mw)',
      'line 9, column 2 (heat_mw)',
      'line 11, column 1 (timestamp)',
      'measured profile',
    ]);
    expect(found[4]?.message).toContain('line 10');
    expect(found[5]?.message).toContain('3 of the season');
    expect(found[5]?.message).toContain('11-01 01:00');
    expect(found[5]?.message).toContain('11-01 03:00');
    expect(found[5]?.message).toContain('11-01 09:00');
  });

  it('reports missing hours as ranges', () => {
    const lines = valid();
    lines.splice(6, 3); // season hours 5, 6, 7
    const found = issuesOf(lines.join('\n'));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('11-01 05:00 … 11-01 07:00 (3 h)');
  });

  it('rejects impossible timestamps', () => {
    const lines = valid();
    lines[1] = '2023-11-01 00:30,1';
    lines[2] = '2023-11-01 24:00,1';
    lines[3] = '2023-02-29 02:00,1';
    lines[4] = '2023-11-01 03:00+08:00,1';
    const found = issuesOf(lines.join('\n')).filter((i) => i.path.startsWith('line'));
    expect(found.map((i) => i.path)).toEqual([2, 3, 4, 5].map((n) => `line ${n}, column 1 (timestamp)`));
  });

  it('rejects an unknown unit, a wrong header and empty input', () => {
    expect(issuesOf('timestamp,heat\n2023-11-01 00:00,1')[0]?.path).toBe('line 1, column 2');
    expect(issuesOf('timestamp,heat_mw,extra\n')[0]?.path).toBe('line 1');
    expect(issuesOf('')[0]?.message).toContain('empty');
    expect(issuesOf('\r\n\n')[0]?.message).toContain('empty');
    expect(issuesOf('timestamp,mw\n')[0]?.message).toContain('no data rows');
  });

  it('caps the list of line issues and counts the rest', () => {
    const bad = Array.from({ length: 120 }, () => 'not a time,1');
    const found = issuesOf(['timestamp,mw', ...bad].join('\n'));
    expect(found).toHaveLength(MAX_PROFILE_ISSUES + 2); // 50 lines, "and 70 more", missing hours
    expect(found[MAX_PROFILE_ISSUES]?.message).toBe('and 70 more line issues');
    expect(found[0]?.path).toBe('line 2, column 1 (timestamp)');
  });

  it('rejects text over 20 MB before parsing', () => {
    const found = issuesOf('x'.repeat(MAX_PROFILE_CHARS + 1));
    expect(found[0]?.message).toContain('at most 20 MB');
  });
});
