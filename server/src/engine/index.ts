/**
 * The engine's public API: text and settings in, model and diagnostics out. No dependency on
 * VS Code, the LSP transport or Node built-ins, so the language server, the CLI, the tests and
 * a browser build share it.
 */
export * from './types';
export * from './settings';
export { parseSubmission, type SubmissionModel } from './model/submission';
export { checkModel, checkText, resolveKind, severityOf, type CheckResult } from './check';
export { applyEdits, applyFixes, fixAll, type FixAllResult } from './fix';
export { RULES, RULE_IDS, ruleById } from './rules';
export type { Rule, RuleMeta } from './rules/rule';
export { LineIndex } from './text/line-index';
export { at } from './text/at';
export { eolOf } from './text/eol';
export { CONFIG_FILE_NAME, MAX_CONFIG_SIZE, parseConfig, parseSettingsValue, tooLargeMessage, type ConfigProblem, type ParsedConfig } from './config';
export { ConfigLocator, configCandidates, parentUri, toLoadedConfig, type ConfigRead, type LoadedConfig, type ReadConfig } from './config-locator';
export { decodeUtf8, isPdfData, MAX_DOCX_BYTES, MAX_DRAFT_BYTES, MAX_PDF_BYTES, type DecodedText } from './file-text';
export { looksLikeSubmission } from './detect';
export { CATALOGUES, decimalIn, fillTemplate, formatMessage, pluralForm, type CountedIds, LOCALES, resolveLocale, translator, type Locale, type MessageArgs, type MessageId, type Translator } from './messages/catalogue';
export { RULE_DOC_FILES, RULE_DOCS_BASE_URL, ruleDocsUrl } from './rule-docs';
export { estimateModelPages, estimatePages, WORDS_PER_PAGE, type PageEstimate } from './pages';
export { exportedFootnotes, type ExportedNote } from './exported-footnotes';
export { convertFootnoteEdits, footnoteAt, highestFootnoteNumber, mainFootnoteNotation, renameFootnoteEdits, renumberFootnoteEdits } from './footnote-edits';
export type { SpanEdit } from './rules/rule';
export { canWriteLabel, footnoteMarkerText, isDefinition, isValidFootnoteLabel } from './footnote-edits';
export { superscriptToDigits } from './model/footnotes';
export { MONTHS, type SessionOrdinal } from './model/cover';
export type { Block } from './model/blocks';
export type { PartNumber } from './model/parts';
export { normalizeSpan } from './text/normalize';
export { ORDINAL_SOURCE, ordinalDigits, ordinalLike } from './text/ordinals';
export { ACTION_LINES, PART_DESCRIPTIONS, PART_NAMES } from './template';
export { sessionFor, sessionYear } from './session-calendar';
export { draftFileName, freeFileName, rolledDraftName } from './draft-names';
export { newSubmissionText, organizationLine } from './new-submission';
export { datedSnippets } from './dated-snippets';
export { formatEdits } from './format';
// The heading a Part is written with (the Part rules and the completion share it).
export { canonicalPartHeading } from './rules/helpers/util';
