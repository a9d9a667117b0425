// Scenario schema, migration and validation.
export * from './schema';
export { validateScenario, parseScenarioText, formatPath, MAX_SCENARIO_BYTES } from './validate';
export { migrateScenario } from './migrate';
export { TechnologyInstanceSchema, type TechnologyInstance } from './technology';
export { displayUnit } from './quantity';
