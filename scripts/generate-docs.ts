// `npm run docs`: rewrites docs/rules.md, schemas/wsisrc.schema.json and the README's rule table.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReadme, renderRulesDoc, renderSchema } from './docs';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, 'docs', 'rules.md'), renderRulesDoc());
writeFileSync(join(root, 'schemas', 'wsisrc.schema.json'), renderSchema());
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, renderReadme(readFileSync(readmePath, 'utf8')));
console.log('docs/rules.md, schemas/wsisrc.schema.json and the README rule table are up to date.');
