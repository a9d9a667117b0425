// Editor helpers: ranges read from the schema, typed input parsing, Chinese issue text, instances, presets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, validateScenario } from '../../solver/scenario';
import { CATALOG, technologyById } from '../../solver/catalog';
import { numberSpecAt } from '../../renderer/features/editor/schema-meta';
import {
  issuePlace,
  issueText,
  issuesAt,
  parseIntList,
  parseTyped,
  showUnit,
} from '../../renderer/features/editor/issues';
import { instanceRows, newInstance, paramKeys } from '../../renderer/features/editor/techs';
import {
  GRID_CO2_PRESETS,
  matchingTariff,
  matchingValue,
  tariffOf,
} from '../../renderer/features/editor/presets';
import { switchDemand, switchWeather } from '../../renderer/features/editor/templates';
import { setAt } from '../../renderer/store/paths';

const island = JSON.parse(readFileSync('scenarios/energy-island-1.json', 'utf8')) as unknown;

describe('ranges from the schema', () => {
  it('reads unit, min, max and integer through defaults, pipes and unions', () => {
    expect(numberSpecAt(['prices', 'exportCnyPerMwh'], island)).toEqual({
      unit: 'CNY/MWh',
      min: 0,
      max: 100000,
      integer: false,
      default: 332,
    });
    expect(numberSpecAt(['solver', 'typicalDaysPerPeriod'], island)).toMatchObject({
      min: 1,
      max: 31,
      integer: true,
    });
    expect(numberSpecAt(['demand', 'blocks', 0, 'designIndexWm2'], island)).toMatchObject({
      unit: 'W/m^2',
      min: 0,
      max: 500,
    });
    expect(numberSpecAt(['site', 'name'], island)).toBeNull();
  });
  it('agrees with the catalog for every technology parameter', () => {
    CATALOG.forEach((def) => {
      const raw = setAt(island, ['technologies', 0], { id: 'x', type: def.id, params: {} });
      for (const [key, spec] of Object.entries(def.params)) {
        expect(numberSpecAt(['technologies', 0, 'params', key], raw), `${def.id}.${key}`).toEqual({
          unit: spec.unit,
          min: spec.min,
          max: spec.max,
          integer: spec.integer ?? false,
          default: spec.default,
        });
      }
    });
  });
  it('the schema it reads is the validator schema', () => {
    expect(ScenarioSchema.safeParse(island).success).toBe(true);
  });
});

describe('typed input', () => {
  it('keeps numbers as numbers and quantities as text for the validator', () => {
    expect(parseTyped('2.6')).toBe(2.6);
    expect(parseTyped(' 1,060,000 ')).toBe(1060000);
    expect(parseTyped('1e3')).toBe(1000);
    expect(parseTyped('45 W/m^2')).toBe('45 W/m^2');
    expect(parseTyped('')).toBe('');
    expect(parseTyped('2.')).toBe(2);
    expect(parseIntList('8, 9,10')).toEqual([8, 9, 10]);
    expect(parseIntList('8, x')).toBe('8, x');
    expect(parseIntList('')).toEqual([]);
  });
  it('explains an invalid value with its allowed range, in Chinese too', () => {
    const raw = setAt(island, ['technologies', 0, 'params', 'doublets'], 1000);
    const checked = validateScenario(raw);
    expect(checked.ok).toBe(false);
    const issues = checked.ok ? [] : checked.issues;
    const [issue] = issuesAt(issues, 'technologies[0].params.doublets');
    const spec = numberSpecAt(['technologies', 0, 'params', 'doublets'], raw);
    expect(issueText(issue!, 1000, spec, 'en')).toMatch(/at most 100/);
    expect(issueText(issue!, 1000, spec, 'zh')).toBe('超出范围：允许 0 … 100');
    expect(issueText(issue!, 'abc', { unit: 'MW', min: 0, max: 30, integer: false }, 'zh')).toBe(
      '不是数字：请输入 0 … 30 MW',
    );
    expect(issueText(issue!, 2.5, { unit: '1', min: 0, max: 100, integer: true }, 'zh')).toBe('必须为整数');
    expect(
      issuesAt([{ path: 'tariff.bands.peak[2]', message: 'x' }], 'tariff.bands.peak', true),
    ).toHaveLength(1);
    expect(showUnit('kg/Nm3')).toBe('kg/Nm³');
    expect(showUnit('degC')).toBe('°C');
  });
});

describe('technology instances', () => {
  it('lists instances with their catalog definition', () => {
    const rows = instanceRows((island as { technologies: unknown }).technologies);
    expect(rows).toHaveLength(14);
    expect(rows[0]).toMatchObject({ index: 0, id: 'geothermalWells_1', type: 'geothermalWells' });
    expect(rows[0]!.def).toBe(technologyById('geothermalWells'));
    expect(instanceRows((island as { technologies: unknown }).technologies)).toBe(rows);
  });
  it('adds an instance with catalog defaults and a fresh id that validates', () => {
    const inst = newInstance('gasBoiler', ['gasBoiler_1', 'gasBoiler_2'])!;
    expect(inst['id']).toBe('gasBoiler_3');
    const tech = (island as { technologies: unknown[] }).technologies;
    expect(validateScenario(setAt(island, ['technologies'], [...tech, inst])).ok).toBe(true);
    expect(newInstance('nope', [])).toBeNull();
  });
  it('shows the catalog key parameters first', () => {
    expect(paramKeys(technologyById('geothermalWells')!).key).toEqual(['doublets', 'doubletMw']);
  });
});

describe('presets and templates', () => {
  it('recognises and writes the Shanxi and Gansu tariffs', () => {
    expect(matchingTariff((island as { tariff: unknown }).tariff)).toBe('shanxi2021');
    const gansu = setAt(island, ['tariff'], tariffOf('gansu2024'));
    expect(matchingTariff((gansu as { tariff: unknown }).tariff)).toBe('gansu2024');
    expect(validateScenario(gansu).ok).toBe(true);
  });
  it('names the grid factor preset', () => {
    expect(matchingValue(GRID_CO2_PRESETS, 0.5703)).toBe('editor.gridPreset.mee2023esg');
    expect(matchingValue(GRID_CO2_PRESETS, 0.6634)).toBe('editor.gridPreset.shanxi');
    expect(matchingValue(GRID_CO2_PRESETS, 0.6)).toBeNull();
  });
  it('switches demand and weather kinds into valid shapes', () => {
    const demand = (island as { demand: unknown }).demand;
    const measured = switchDemand(demand, 'measured');
    expect(measured).toMatchObject({ kind: 'measured', areaM2: 1060000, designOutdoorC: -10.1 });
    expect(switchDemand(measured, 'degreeHour')).toMatchObject({
      kind: 'degreeHour',
      blocks: [{ areaM2: 1060000 }],
    });
    const normals = switchWeather({ kind: 'bundled', id: 'taiyuan-tmyx' }, 'normals', 'Taiyuan');
    expect(validateScenario(setAt(island, ['site', 'weather'], normals)).ok).toBe(true);
    expect(switchWeather(normals, 'bundled', '')).toEqual({ kind: 'bundled', id: 'taiyuan-tmyx' });
  });
});

describe('issuePlace', () => {
  const raw = JSON.parse(readFileSync('scenarios/energy-island-1.json', 'utf8')) as unknown;
  it('names a technology field by instance and parameter label, in the UI language', () => {
    expect(issuePlace(['technologies', 0, 'params', 'doublets'], raw, 'en')).toBe(
      'Geothermal well doublets (geothermalWells_1) › Doublets',
    );
    expect(issuePlace(['technologies', 0, 'params', 'doublets'], raw, 'zh')).toBe(
      '中深层地热采灌井 (geothermalWells_1) › 采灌井对数',
    );
    expect(issuePlace(['technologies', 0, 'enabled'], raw, 'en')).toBe(
      'Geothermal well doublets (geothermalWells_1)',
    );
  });

  it('is null outside the technologies and for an unknown type', () => {
    expect(issuePlace(['demand', 'networkLoss'], raw, 'en')).toBeNull();
    expect(
      issuePlace(['technologies', 0, 'params', 'x'], { technologies: [{ type: 'nope' }] }, 'en'),
    ).toBeNull();
  });
});

describe('Chinese issue text for non-numeric fields', () => {
  const raw = () =>
    JSON.parse(readFileSync('scenarios/energy-island-1.json', 'utf8')) as Record<string, unknown>;
  /** Every issue the validator reports for a broken copy of Energy Island No. 1, in Chinese. */
  const zhIssues = (mutate: (s: Record<string, unknown>) => void): string[] => {
    const s = raw();
    mutate(s);
    const checked = validateScenario(s);
    expect(checked.ok).toBe(false);
    return checked.ok ? [] : checked.issues.map((i) => issueText(i, undefined, null, 'zh'));
  };
  const noEnglishSentence = (texts: string[]) => {
    expect(texts.length).toBeGreaterThan(0);
    // Ids and dates may stay Latin; no English words of three letters or more.
    for (const t of texts)
      expect(t.replace(/[“"][^”"]*[”"]|technologies\[\d+\]|periods\[\d+\]/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  };

  it.each([
    ['a bad date', (s: Record<string, unknown>) => ((s['season'] as { start: string }).start = '13-01')],
    [
      'a bad period id',
      (s: Record<string, unknown>) => ((s['periods'] as { id: string }[])[0]!.id = 'Early cold'),
    ],
    [
      'a duplicate technology id',
      (s: Record<string, unknown>) => ((s['technologies'] as { id: string }[])[1]!.id = 'geothermalWells_1'),
    ],
    [
      'a design temperature above the indoor one',
      (s: Record<string, unknown>) => ((s['demand'] as { designOutdoorC: number }).designOutdoorC = 25),
    ],
  ])('%s', (_name, mutate) => {
    noEnglishSentence(zhIssues(mutate));
  });
});
