// Writes docs/technologies.md from the catalog (npm run docs); a test keeps it fresh.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { technologiesMarkdown } from '../../solver/catalog/docs';
import { resourcesDir } from '../services/paths';

const out = join(resourcesDir(), 'docs', 'technologies.md');
writeFileSync(out, technologiesMarkdown());
process.stdout.write(`wrote ${out}\n`);
