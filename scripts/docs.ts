// Renders the rule documentation, the README's rule table and the .wsisrc.json schema from
// the rules' metadata, so none of them can drift from the code (test/unit/docs.test.ts
// compares the committed files with these renderings; `npm run docs` rewrites them).
import { RULES } from '../server/src/engine';
import { DOC_FILES, docTexts, englishTexts, type DocLanguage, type RuleDocPage, type RuleDocTexts } from './rule-doc-texts';

/** The languages' links at the top of each doc, so a reader finds the others. */
const LANGUAGE_LINKS = `[English](${DOC_FILES.en}) · [Français](${DOC_FILES.fr}) · [Español](${DOC_FILES.es})`;

function kinds(list: readonly string[], names: RuleDocPage['kinds']): string {
  return list.length === 3 ? names.all : list.map((k) => names[k as keyof RuleDocPage['kinds']]).join(', ');
}

/** A severity as written in a doc: the setting's value, as code in the translations (it stays English). */
const severity = (lang: DocLanguage, s: string): string => (lang === 'en' ? s : `\`${s}\``);

/** A rule's texts in a doc's language: a translation that lacks a rule stops the generation, naming it. */
function ruleTexts(texts: RuleDocTexts, id: string): RuleDocTexts['rules'][string] {
  const found = texts.rules[id];
  if (found === undefined) throw new Error(`no doc texts for rule ${id}`);
  return found;
}

function ruleTable(lang: DocLanguage, texts: RuleDocTexts, link: (id: string) => string): string {
  const rows = RULES.map((r) => {
    const description = ruleTexts(texts, r.meta.id).description.replace(/\|/g, '\\|');
    return `| [\`${r.meta.id}\`](${link(r.meta.id)}) | ${description} | ${severity(lang, r.meta.severity)} | ${r.meta.fixable ? texts.page.yes : ''} |`;
  });
  return [`| ${texts.page.tableHeader.join(' | ')} |`, '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README's rule table (English), linking to docs/rules.md. */
export function renderRuleTable(): string {
  return ruleTable('en', englishTexts(), (id) => `docs/rules.md#${id}`);
}

/**
 * docs/rules.md, rules.fr.md or rules.es.md. Every rule's section starts `## <id>`, a blank line
 * and its description, in every language: the client finds the sections by that.
 */
export function renderRulesDoc(lang: DocLanguage = 'en'): string {
  const texts = docTexts(lang);
  const { page } = texts;
  // `wsis-disable` (every rule): the docs quote the template (the input paragraph, the commission
  // line), so `wsis.markdown.enable: auto` takes them for a draft; opened from a problem's rule
  // link they would otherwise show a dozen problems of their own.
  // It comes first: problems about a missing cover element are reported on the first line.
  const out: string[] = ['<!-- wsis-disable -->', `# ${page.title}`, '', `<!-- ${page.generated} -->`, '', LANGUAGE_LINKS, '', page.intro, '', ruleTable(lang, texts, (id) => `#${id}`), ''];
  for (const r of RULES) {
    const { description, rationale } = ruleTexts(texts, r.meta.id);
    out.push(
      `## ${r.meta.id}`,
      '',
      description,
      '',
      `- ${page.defaultSeverity}${page.colon}${severity(lang, r.meta.severity)}`,
      `- ${page.fixable}${page.colon}${r.meta.fixable ? page.fixableYes : page.fixableNo}`,
      `- ${page.appliesTo}${page.colon}${kinds(r.meta.kinds, page.kinds)}`,
      '',
      rationale,
      '',
    );
  }
  return out.join('\n');
}

export function renderSchema(): string {
  const level = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/wsis-tools/wsis-submission-checker/schemas/wsisrc.schema.json',
    title: 'WSIS Submission Checker configuration (.wsisrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      kind: {
        description: 'The kind of document; auto detects it from the cover block.',
        type: 'string',
        enum: ['auto', 'submission', 'statement', 'wgec'],
        default: 'auto',
      },
      rules: {
        description: 'Level of each rule: off, info, warning or error.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((r) => [r.meta.id, { ...level, description: `${r.meta.description} (default: ${r.meta.severity})` }])),
      },
      limits: {
        type: 'object',
        additionalProperties: false,
        properties: {
          partOneWords: { description: 'Words Part One may hold (about half a page).', type: 'integer', minimum: 1, default: 300 },
          totalWords: { description: 'Words the body may hold (4 pages single-spaced).', type: 'integer', minimum: 1, default: 2400 },
        },
      },
    },
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

export const README_TABLE_START = '<!-- rules:start -->';
export const README_TABLE_END = '<!-- rules:end -->';

export function renderReadme(readme: string): string {
  const start = readme.indexOf(README_TABLE_START);
  const end = readme.indexOf(README_TABLE_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + README_TABLE_START.length)}\n${renderRuleTable()}\n${readme.slice(end)}`;
}

// The `wsis.rules` setting in package.json: one property per rule, its level picked from a list,
// each described (in package.nls*.json, under `config.rule.<id>`), so the Settings editor offers
// the rules by name and a typo is flagged. Generated like the docs; test/unit/manifest.test.ts
// holds package.json and package.nls.json to these renderings.
export const LEVELS = ['off', 'info', 'warning', 'error'] as const;

export const ruleSettingKey = (id: string): string => `config.rule.${id}`;

/** The `properties` of the `wsis.rules` setting. */
export function renderRuleSettingProperties(): Record<string, unknown> {
  return Object.fromEntries(
    RULES.map((r) => [
      r.meta.id,
      {
        type: 'string',
        enum: [...LEVELS],
        markdownEnumDescriptions: LEVELS.map((l) => `%config.level.${l}%`),
        default: r.meta.severity,
        markdownDescription: `%${ruleSettingKey(r.meta.id)}%`,
      },
    ]),
  );
}

/** The English strings of those properties, for package.nls.json. */
export function renderRuleSettingStrings(): Record<string, string> {
  return Object.fromEntries(RULES.map((r) => [ruleSettingKey(r.meta.id), `${r.meta.description} Default: \`${r.meta.severity}\`.`]));
}

/** package.json with the `wsis.rules` properties generated; everything else kept as it is. */
export function renderPackageJson(text: string): string {
  const pkg = JSON.parse(text) as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } };
  const rules = pkg.contributes.configuration.properties['wsis.rules'];
  if (rules === undefined) throw new Error('package.json has no wsis.rules setting');
  rules.properties = renderRuleSettingProperties();
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** package.nls.json with the rule strings generated (in the rules' order, after the other keys). */
export function renderNls(text: string): string {
  const nls = JSON.parse(text) as Record<string, string>;
  const kept = Object.entries(nls).filter(([key]) => !key.startsWith('config.rule.'));
  return JSON.stringify(Object.fromEntries([...kept, ...Object.entries(renderRuleSettingStrings())]), null, 2) + '\n';
}
