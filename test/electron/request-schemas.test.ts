// Run-time payload validation: one schema per channel, valid payloads pass, unknown or wrong fields are named.
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../electron/shared/ipc-contract';
import { REQUEST_SCHEMAS, isChannel, parseRequest } from '../../electron/services/request-schemas';

const VALID: { [C in Channel]: unknown } = {
  'island:app:info': undefined,
  'island:scenario:list-bundled': null,
  'island:scenario:load-bundled': { id: 'energy-island-1' },
  'island:scenario:validate': { scenario: 42 },
  'island:scenario:parse': { text: '{}', name: 'a.json' },
  'island:solve:run': {
    requestId: 'r',
    scenario: {},
    baseDir: null,
    mode: 'season',
    backend: 'highs',
    includeHourly: false,
    sessionKey: 'k',
  },
  'island:solve:cancel': { requestId: 'r' },
  'island:file:open': {},
  'island:file:save': {
    scenario: {},
    path: '/a.island.json',
    expectedMtimeMs: 1.5,
    overwrite: false,
    saveAs: false,
  },
  'island:file:recent': {},
  'island:autosave:write': { scenario: {}, path: null },
  'island:autosave:recover': undefined,
  'island:autosave:discard': undefined,
  'island:weather:check-epw': { text: 'x', name: 'a.epw' },
  'island:demand:import-csv': { text: 'hour,mw', name: 'a.csv' },
  'island:export:run': { format: 'xlsx', lang: 'zh', scenarios: [{}, {}], reportType: 'technical' },
  'island:settings:get': undefined,
  'island:settings:set': { lang: 'zh' },
};

describe('request schemas', () => {
  it('has one schema per channel', () => {
    expect(Object.keys(REQUEST_SCHEMAS).sort()).toEqual([...CHANNELS].sort());
    expect(isChannel('island:app:info')).toBe(true);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
  });

  it('accepts a valid payload on every channel', () => {
    for (const channel of CHANNELS) expect(parseRequest(channel, VALID[channel]).ok, channel).toBe(true);
  });

  it('rejects wrong types, unknown fields and oversized values, naming the field', () => {
    const cases: [Channel, unknown, string][] = [
      ['island:scenario:load-bundled', { id: '../../etc/passwd' }, 'id'],
      ['island:solve:run', { requestId: '', scenario: {} }, 'requestId'],
      ['island:solve:run', { requestId: 'r', scenario: null }, 'scenario'],
      ['island:solve:run', { requestId: 'r', scenario: {}, backend: 'cplex' }, 'backend'],
      ['island:file:save', { scenario: {}, expectedMtimeMs: Number.NaN }, 'expectedMtimeMs'],
      ['island:export:run', { format: 'docx', lang: 'en', scenarios: [{}] }, 'format'],
      ['island:export:run', { format: 'pdf', lang: 'en', scenarios: [] }, 'scenarios'],
      ['island:scenario:parse', { text: 'x'.repeat(6 * 1024 * 1024), name: 'big' }, 'text'],
      ['island:settings:set', { lang: 'zh', extra: 1 }, '(request)'],
      ['island:app:info', 'hello', '(request)'],
    ];
    for (const [channel, payload, field] of cases) {
      const r = parseRequest(channel, payload);
      expect(r.ok, `${channel} ${field}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-request');
        expect(
          r.error.issues?.map((i) => i.path),
          `${channel} ${field}`,
        ).toContain(field);
      }
    }
  });
});
