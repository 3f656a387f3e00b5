// `npm run docs`: rewrites docs/rules.md (and rules.fr.md, rules.es.md, from the translations in
// docs/l10n/), schemas/wsisrc.schema.json, the README's rule table and the `wsis.rules` setting's
// list of rules (package.json, package.nls.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOC_FILES, DOC_LANGUAGES } from './rule-doc-texts';
import { renderNls, renderPackageJson, renderReadme, renderRulesDoc, renderSchema } from './docs';

const root = join(import.meta.dirname, '..');
const rewrite = (path: string, render: (text: string) => string): void => writeFileSync(join(root, path), render(readFileSync(join(root, path), 'utf8')));
for (const lang of DOC_LANGUAGES) writeFileSync(join(root, 'docs', DOC_FILES[lang]), renderRulesDoc(lang));
writeFileSync(join(root, 'schemas', 'wsisrc.schema.json'), renderSchema());
rewrite('README.md', renderReadme);
rewrite('package.json', renderPackageJson);
rewrite('package.nls.json', renderNls);
console.log('docs/rules.md, rules.fr.md, rules.es.md, schemas/wsisrc.schema.json, the README rule table and the wsis.rules setting are up to date.');
