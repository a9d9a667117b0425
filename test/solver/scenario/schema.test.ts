// Scenario schema: the JSON Schema file is fresh, every bundled scenario validates, version-0 files migrate.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, migrateScenario, validateScenario } from '../../../solver/scenario';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../solver/scenario/json-schema';
import { rawScenario, type JsonObject } from '../../helpers/engine-fixtures';

const SCENARIOS = new URL('../../../scenarios/', import.meta.url);
const bundled = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('JSON Schema', () => {
  it('scenarios/scenario.schema.json is generated from the validator (run `npm run schema` when this fails)', () => {
    const onDisk = readFileSync(new URL('scenario.schema.json', SCENARIOS), 'utf8');
    expect(onDisk === scenarioJsonSchemaText(), 'scenario.schema.json is stale: run npm run schema').toBe(
      true,
    );
  });

  it('names the schema version and lists the 14 technology types', () => {
    const schema = scenarioJsonSchema();
    expect(schema['$id']).toBe(`https://energy-island.local/scenario.schema.v${SCHEMA_VERSION}.json`);
    const text = JSON.stringify(schema);
    for (const type of ['geothermalWells', 'battery', 'gasBoiler', 'coalBoiler'])
      expect(text).toContain(`"const":"${type}"`);
  });
});

describe('bundled scenarios', () => {
  it('there are at least the five of MODEL §11', () => {
    expect(bundled).toEqual(
      expect.arrayContaining([
        'energy-island-1.json',
        'baseline-coal.json',
        'baseline-gas.json',
        'baseline-ashp.json',
        'lanzhou-south-station.json',
      ]),
    );
  });

  it.each(bundled)('%s validates and points at the schema', (file) => {
    const raw = JSON.parse(readFileSync(new URL(file, SCENARIOS), 'utf8')) as JsonObject;
    const checked = validateScenario(raw);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(raw['$schema']).toBe('./scenario.schema.json');
    expect(raw['schemaVersion']).toBe(SCHEMA_VERSION);
  });
});

describe('migration', () => {
  /** The pre-release draft: no schemaVersion, technologies an object keyed by instance id. */
  function versionZero(): JsonObject {
    const raw = rawScenario();
    delete raw['schemaVersion'];
    const list = raw['technologies'] as JsonObject[];
    raw['technologies'] = Object.fromEntries(list.map(({ id, ...rest }) => [id as string, rest]));
    return raw;
  }

  it('a version-0 file migrates to the current version and validates to the same scenario', () => {
    const migrated = migrateScenario(versionZero());
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    const value = migrated.value as JsonObject;
    expect(value['schemaVersion']).toBe(SCHEMA_VERSION);
    expect((value['technologies'] as JsonObject[]).map((t) => t['id'])).toEqual(
      (rawScenario()['technologies'] as JsonObject[]).map((t) => t['id']),
    );
    const fromOld = validateScenario(versionZero());
    const fromNew = validateScenario(rawScenario());
    expect(fromOld.ok ? fromOld.value : fromOld.issues).toEqual(fromNew.ok ? fromNew.value : null);
  });

  it('leaves a current file as it is', () => {
    const migrated = migrateScenario(rawScenario());
    expect(migrated.ok && migrated.value).toEqual(rawScenario());
  });

  it('a version-0 file with a bad instance still names the instance after migration', () => {
    const raw = versionZero();
    ((raw['technologies'] as Record<string, JsonObject>)['gasBoiler_2']!['params'] as JsonObject)[
      'capacityMw'
    ] = -3;
    const checked = validateScenario(raw);
    expect(checked.ok ? [] : checked.issues.map((i) => i.path)).toEqual([
      'technologies[13].params.capacityMw',
    ]);
  });
});
