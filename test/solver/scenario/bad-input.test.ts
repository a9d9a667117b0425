// Bad scenario input, one test per kind: the issue's path names the field and its message says what is allowed.
import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../../solver/issues';
import { MAX_SCENARIO_BYTES, parseScenarioText, validateScenario } from '../../../solver/scenario';
import { obj, rawScenario, techs, type JsonObject } from '../../helpers/engine-fixtures';

/** Energy Island No. 1 edited by `edit` (technologies[12] and [13] are the two gas boilers, [3] the ground-source pump). */
function edited(edit: (raw: JsonObject) => void): JsonObject {
  const raw = rawScenario();
  edit(raw);
  return raw;
}
const tech = (raw: JsonObject, i: number): JsonObject => techs(raw)[i]!;
const params = (raw: JsonObject, i: number): JsonObject => obj(tech(raw, i), 'params');
const block = (raw: JsonObject): JsonObject => (obj(raw, 'demand')['blocks'] as JsonObject[])[0]!;
const period = (raw: JsonObject, i: number): JsonObject => (raw['periods'] as JsonObject[])[i]!;
const bands = (raw: JsonObject): JsonObject => obj(obj(raw, 'tariff'), 'bands');

function issuesOf(result: ReturnType<typeof validateScenario>): InputIssue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

interface BadCase {
  readonly kind: string;
  readonly input: () => ReturnType<typeof validateScenario>;
  readonly path: string;
  readonly message: RegExp;
}

const v = (edit: (raw: JsonObject) => void) => () => validateScenario(edited(edit));
const normals = (dailyRange: number[]) => ({
  kind: 'normals',
  name: 'Lanzhou',
  latitudeDeg: 36.06,
  longitudeDeg: 103.88,
  timeZoneH: 8,
  tMeanC: Array(12).fill(0),
  dailyRangeK: dailyRange,
  ghiKwhM2Day: Array(12).fill(3),
  windMs: Array(12).fill(1),
});

const CASES: readonly BadCase[] = [
  { kind: 'broken JSON text', input: () => parseScenarioText('{"name": "x",'), path: '(file)', message: /is not valid JSON: .*position 13/ },
  { kind: 'a newer schemaVersion', input: v((r) => (r['schemaVersion'] = 2)), path: 'schemaVersion', message: /newer version \(schema 2\).*reads schema ≤ 1/ },
  { kind: 'a schemaVersion that is not a number', input: v((r) => (r['schemaVersion'] = 'one')), path: 'schemaVersion', message: /whole number ≤ 1/ },
  { kind: 'a missing required field', input: v((r) => delete r['name']), path: 'name', message: /is required.*expected string/ },
  { kind: 'a missing required number', input: v((r) => delete obj(r, 'demand')['designOutdoorC']), path: 'demand.designOutdoorC', message: /is required.*-60 … 15 °C/ },
  { kind: 'an unknown field (typo)', input: v((r) => (obj(r, 'prices')['gasCnyPerNm3x'] = 3)), path: 'prices.gasCnyPerNm3x', message: /not a known field \(check the spelling\)/ },
  { kind: 'an unknown technology parameter', input: v((r) => (params(r, 0)['doubletz'] = 3)), path: 'technologies[0].params.doubletz', message: /not a known field/ },
  { kind: 'a negative capacity', input: v((r) => (params(r, 12)['capacityMw'] = -1)), path: 'technologies[12].params.capacityMw', message: /at least 0 MW \(allowed 0 … 500 MW\)/ },
  { kind: 'NaN (a JS object, not JSON)', input: v((r) => (params(r, 12)['capacityMw'] = NaN)), path: 'technologies[12].params.capacityMw', message: /finite number in 0 … 500 MW/ },
  { kind: 'Infinity', input: v((r) => (params(r, 12)['capacityMw'] = Infinity)), path: 'technologies[12].params.capacityMw', message: /finite number in 0 … 500 MW/ },
  { kind: 'NaN in a plain-number field', input: v((r) => (obj(r, 'demand')['indoorC'] = NaN)), path: 'demand.indoorC', message: /finite number in 5 … 30 °C/ },
  { kind: '"3 MW" where W/m² is expected', input: v((r) => (block(r)['designIndexWm2'] = '3 MW')), path: 'demand.blocks[0].designIndexWm2', message: /dimension of "MW", expected "W\/m\^2"/ },
  { kind: 'unit text too long', input: v((r) => (block(r)['designIndexWm2'] = `${'3'.repeat(70)} W/m^2`)), path: 'demand.blocks[0].designIndexWm2', message: /<=64 characters/ },
  { kind: 'characters a unit cannot have', input: v((r) => (obj(r, 'prices')['importLimitMw'] = '20 MW; rm -rf')), path: 'prices.importLimitMw', message: /characters a unit cannot have/ },
  { kind: 'a gas price per MWh where per Nm³ is expected', input: v((r) => (obj(r, 'prices')['gasCnyPerNm3'] = '3.5 CNY/MWh')), path: 'prices.gasCnyPerNm3', message: /expected "CNY\/Nm3"/ },
  { kind: 'an integer parameter given 2.5', input: v((r) => (params(r, 0)['doublets'] = 2.5)), path: 'technologies[0].params.doublets', message: /whole number in 0 … 100/ },
  { kind: 'an out-of-range COP', input: v((r) => (params(r, 3)['cop'] = 25)), path: 'technologies[3].params.cop', message: /at most 10 \(allowed 1 … 10\)/ },
  { kind: 'a must-run share above 1', input: v((r) => (params(r, 0)['mustRun'] = 1.5)), path: 'technologies[0].params.mustRun', message: /at most 1 \(allowed 0 … 1\)/ },
  { kind: 'a duplicate instance id', input: v((r) => (tech(r, 13)['id'] = 'gasBoiler_1')), path: 'technologies[13].id', message: /"gasBoiler_1" is already used by technologies\[12\]/ },
  { kind: 'an id that is not LP-safe', input: v((r) => (tech(r, 0)['id'] = 'well-1')), path: 'technologies[0].id', message: /start with a letter.*A–Z, a–z, 0–9, _/ },
  { kind: 'an unknown technology type', input: v((r) => (tech(r, 13)['type'] = 'nuclearReactor')), path: 'technologies[13].type', message: /Expected 'geothermalWells' \| .*'gasBoiler'/ },
  { kind: 'a gap between periods', input: v((r) => (period(r, 1)['start'] = '12-05')), path: 'periods[1].start', message: /12-01 … 12-04 \(4 days\) is in no period: gap between "early"/ },
  { kind: 'overlapping periods', input: v((r) => (period(r, 1)['start'] = '11-25')), path: 'periods[1].start', message: /overlap on 11-25 … 11-30.*exactly one period/ },
  { kind: "a date that does not exist ('02-30')", input: v((r) => (period(r, 1)['end'] = '02-30')), path: 'periods[1].end', message: /month 2 has days 1\.\.28/ },
  { kind: 'a month 13', input: v((r) => (obj(r, 'season')['end'] = '13-01')), path: 'season.end', message: /date "MM-DD"/ },
  { kind: 'TOU hour 24', input: v((r) => (bands(r)['peak'] as number[]).push(24)), path: 'tariff.bands.peak[9]', message: /<=23/ },
  { kind: 'a sharp hour that is not a peak hour', input: v((r) => (bands(r)['sharp'] = [7])), path: 'tariff.bands.sharp[0]', message: /sharp hour 7 is not a peak hour: .*subset of the peak hours/ },
  { kind: 'design outdoor ≥ indoor', input: v((r) => Object.assign(obj(r, 'demand'), { indoorC: 12, designOutdoorC: 14 })), path: 'demand.designOutdoorC', message: /below the indoor temperature 12 °C/ },
  { kind: 'a twelve-values array of 11', input: v((r) => (obj(r, 'site')['weather'] = normals(Array(11).fill(10)))), path: 'site.weather.dailyRangeK', message: /12 monthly values, January first/ },
  { kind: 'an unknown solver mode', input: v((r) => (obj(r, 'solver')['mode'] = 'bogus')), path: 'solver.mode', message: /"season"\|"representative"/ },
  { kind: 'a file over 5 MB', input: () => parseScenarioText(`{"description": "${'x'.repeat(MAX_SCENARIO_BYTES)}"}`), path: '(file)', message: /bytes; the limit is 5242880/ },
  { kind: 'a non-object root (array)', input: () => validateScenario([1, 2]), path: '(root)', message: /must be a JSON object/ },
  { kind: 'a non-object root (null)', input: () => parseScenarioText('null'), path: '(root)', message: /must be a JSON object/ },
]; // prettier-ignore

describe('bad scenario input', () => {
  it.each(CASES)('$kind → $path', ({ input, path, message }) => {
    const issues = issuesOf(input());
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
    // One mistake gives one issue: nothing else in the file is blamed.
    expect(issues).toHaveLength(1);
  });

  it('reports every mistake at once, each with its own path', () => {
    const issues = issuesOf(
      validateScenario(
        edited((r) => {
          params(r, 12)['capacityMw'] = -1;
          params(r, 3)['cop'] = 25;
          obj(r, 'prices')['gasCnyPerNm3x'] = 3;
        }),
      ),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([
      'prices.gasCnyPerNm3x',
      'technologies[12].params.capacityMw',
      'technologies[3].params.cop',
    ]);
  });
});

describe('quantities with units are accepted and converted', () => {
  type Scn = Extract<ReturnType<typeof validateScenario>, { ok: true }>['value'];
  const gas = {
    set: (r: JsonObject, text: string) => (obj(r, 'prices')['gasCnyPerNm3'] = text),
    get: (s: Scn) => s.prices.gasCnyPerNm3,
  };
  const index = {
    set: (r: JsonObject, text: string) => (block(r)['designIndexWm2'] = text),
    get: (s: Scn) => (s.demand.kind === 'degreeHour' ? s.demand.blocks[0]!.designIndexWm2 : NaN),
  };
  const boilerMw = {
    set: (r: JsonObject, text: string) => (params(r, 12)['capacityMw'] = text),
    get: (s: Scn) => s.technologies[12]!.params['capacityMw'],
  };
  it.each([
    ['3.5 CNY/Nm^3', 3.5, gas],
    ['3.5 CNY/Nm³', 3.5, gas],
    ['0.034 kW/m^2', 34, index],
    ['14000 kW', 14, boilerMw],
  ] as const)('"%s" → %s in canonical units', (text, expected, field) => {
    const checked = validateScenario(edited((r) => field.set(r, text)));
    expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.issues)).toBe(true);
    if (checked.ok) expect(field.get(checked.value)).toBeCloseTo(expected, 12);
  });
});
