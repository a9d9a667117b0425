// Writes scenarios/scenario.schema.json from the zod schema (npm run schema); a test keeps it fresh.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchemaText } from '../../solver/scenario/json-schema';
import { scenariosDir } from '../services/paths';

const out = join(scenariosDir(), 'scenario.schema.json');
writeFileSync(out, scenarioJsonSchemaText());
process.stdout.write(`wrote ${out}\n`);
