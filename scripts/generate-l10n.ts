// `npm run l10n`: rewrites l10n/bundle.l10n.json from the client's vscode.l10n.t calls. The
// translations (bundle.l10n.fr.json, bundle.l10n.es.json) are made by hand; the tests list what
// they lack.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBundle, root } from './l10n';

writeFileSync(join(root, 'l10n', 'bundle.l10n.json'), renderBundle());
console.log('l10n/bundle.l10n.json is up to date.');
