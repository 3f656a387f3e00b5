// Writes `<name>.expected` for the fixtures given, from what the checker reports now.
// For writing NEW fixtures only: read every line it writes before committing it, since the
// expected file is the test's claim about what is right.
// Usage: node --import tsx scripts/expect.ts test/fixtures/rules/<rule>/<name>.md ...
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { checkText, DEFAULT_SETTINGS, mergeSettings, type PartialSettings } from '../server/src/engine';

for (const path of process.argv.slice(2).filter((p) => !p.endsWith('.fixed.md'))) {
  const configPath = path.replace(/\.md$/, '.config.json');
  const settings = existsSync(configPath) ? mergeSettings(DEFAULT_SETTINGS, JSON.parse(readFileSync(configPath, 'utf8')) as PartialSettings) : DEFAULT_SETTINGS;
  const { diagnostics } = checkText(readFileSync(path, 'utf8'), settings);
  const lines = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule}  # ${d.message.slice(0, 90)}`);
  writeFileSync(path.replace(/\.md$/, '.expected'), lines.join('\n') + (lines.length > 0 ? '\n' : ''));
  console.log(`${path}: ${lines.length} diagnostic(s)`);
}
