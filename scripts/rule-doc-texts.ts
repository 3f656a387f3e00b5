// The texts of the rule docs in each language: English from the rules' metadata and the page
// texts below; French and Spanish from docs/l10n/rules.<lang>.json, kept out of every bundle (only
// `npm run docs` and the tests read them). test/unit/rule-docs-l10n.test.ts holds each
// translation complete, its code spans verbatim, and nothing left in English unless listed, with
// a reason, under `sameAsEnglish`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/engine';

export const DOC_LANGUAGES = ['en', 'fr', 'es'] as const;
export type DocLanguage = (typeof DOC_LANGUAGES)[number];
export const TRANSLATED: readonly Exclude<DocLanguage, 'en'>[] = ['fr', 'es'];

/** The file each language's doc is written to, in docs/ (the client picks it by the same names). */
export const DOC_FILES: Record<DocLanguage, string> = { en: 'rules.md', fr: 'rules.fr.md', es: 'rules.es.md' };

/** The page's own texts (all but the rules' descriptions and rationales). */
export interface RuleDocPage {
  title: string;
  /** The comment under the title, inside `<!-- -->`. */
  generated: string;
  /** Paragraphs (Markdown) before the table. */
  intro: string;
  /** The table's head: rule, what it reports, default, fix. */
  tableHeader: [string, string, string, string];
  /** A fixable rule's mark in the table. */
  yes: string;
  defaultSeverity: string;
  fixable: string;
  fixableYes: string;
  fixableNo: string;
  appliesTo: string;
  /** Between a label and its value: ': ' in English and Spanish, ' : ' in French. */
  colon: string;
  kinds: { all: string; submission: string; statement: string; wgec: string };
}

export const PAGE_FIELDS = ['title', 'generated', 'intro', 'tableHeader', 'yes', 'defaultSeverity', 'fixable', 'fixableYes', 'fixableNo', 'appliesTo', 'colon', 'kinds'] as const;
export const RULE_FIELDS = ['description', 'rationale'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export interface RuleDocTexts {
  page: RuleDocPage;
  rules: Record<string, Record<RuleField, string>>;
  /** Texts left as in English on purpose: their key (`page.yes`, `rules.<id>.<field>`) and why. */
  sameAsEnglish?: Record<string, string>;
}

const ENGLISH_PAGE: RuleDocPage = {
  title: 'Rules',
  generated: "Generated from the rules' metadata by `npm run docs`; do not edit by hand.",
  intro: [
    'Each rule has a stable id, used in `.wsisrc.json` and the `wsis.rules` setting (`"off"`, `"info"`, `"warning"`, `"error"`),',
    "in the draft's own comments (`<!-- wsis-disable rule-id -->`, `<!-- wsis-enable rule-id -->`,",
    "`<!-- wsis-disable-next-line rule-id -->`, `<!-- wsis-disable-line rule-id -->`), and in the command line's output.",
  ].join('\n'),
  tableHeader: ['rule', 'what it reports', 'default', 'fix'],
  yes: 'yes',
  defaultSeverity: 'Default severity',
  fixable: 'Fixable',
  fixableYes: 'yes (quick fix, fix all, `wsis-lint --fix`)',
  fixableNo: 'no',
  appliesTo: 'Applies to',
  colon: ': ',
  kinds: { all: 'all', submission: 'annual submission', statement: 'statement', wgec: 'WGEC contribution' },
};

export function englishTexts(): RuleDocTexts {
  return {
    page: ENGLISH_PAGE,
    rules: Object.fromEntries(RULES.map((r) => [r.meta.id, { description: r.meta.description, rationale: r.meta.rationale }])),
  };
}

export const translationPath = (lang: DocLanguage): string => join(import.meta.dirname, '..', 'docs', 'l10n', `rules.${lang}.json`);

export function readTranslation(lang: Exclude<DocLanguage, 'en'>): RuleDocTexts {
  return JSON.parse(readFileSync(translationPath(lang), 'utf8')) as RuleDocTexts;
}

export function docTexts(lang: DocLanguage): RuleDocTexts {
  return lang === 'en' ? englishTexts() : readTranslation(lang);
}
