// Generates the scenario JSON Schema from the same zod definitions the validator uses.
import { z } from 'zod';
import { ScenarioSchema, SCHEMA_VERSION } from './schema';

/** The JSON Schema (draft 2020-12) of scenario files, as written to scenarios/scenario.schema.json. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: `https://energy-island.local/scenario.schema.v${SCHEMA_VERSION}.json`,
    title: 'Energy Island Dispatch Simulator scenario',
    description:
      'A heating-plant scenario: site and weather, season and periods, heat demand, tariff, prices and factors, ' +
      'policy limits and technology instances. Numbers may be written with units ("45 W/m^2").',
  };
}

/** The schema as the file's text (stable key order, trailing newline). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
