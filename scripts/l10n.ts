// The client's translatable strings: every `vscode.l10n.t('...')` (or `t('...')`) in client/src, the English
// bundle (l10n/bundle.l10n.json) written from them by `npm run l10n`, and the checks the tests
// make of the translations (same keys, same placeholders). VS Code's own l10n-dev tool does the
// extraction with a TypeScript parse; this project's calls are all one string literal, which a
// test holds it to, so a regular expression reads them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');

/** `vscode.l10n.t('...')`, and `t('...')` where the translate function is passed in (word-count-format.ts). */
const CALL = /\bt\(\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*[,)]/g;

function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
}

export function clientSources(): { file: string; text: string }[] {
  const dir = join(root, 'client', 'src');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => ({ file: `client/src/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Every string the client translates, in order of first appearance. */
export function clientStrings(): string[] {
  const out = new Set<string>();
  for (const { text } of clientSources()) for (const [, literal = ''] of text.matchAll(CALL)) out.add(unquote(literal));
  return [...out];
}

/** Calls that are not one string literal (a template or a variable): the extraction would miss them. */
export function nonLiteralCalls(): string[] {
  const out: string[] = [];
  for (const { file, text } of clientSources()) {
    for (const m of text.matchAll(/\bt\(\s*([^'"\s])/g)) out.push(`${file}: t(${m[1]}...`);
  }
  return out;
}

export function renderBundle(): string {
  return JSON.stringify(Object.fromEntries(clientStrings().map((s) => [s, s])), null, 2) + '\n';
}

/** `{0}`, `{name}` placeholders, sorted: a translation must keep the same set. */
export function placeholders(s: string): string[] {
  return [...new Set(s.match(/\{[\w.-]+\}/g) ?? [])].sort();
}

/** Code spans (`...`): setting names, values and file names, which a translation keeps as they are. */
export function codeSpans(s: string): string[] {
  return [...new Set(s.match(/`[^`]+`/g) ?? [])].sort();
}
