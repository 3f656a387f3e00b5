import { canWriteLabel, convertFootnoteEdits, convertMarkersEdits, footnoteConversionGroups, footnoteMarkers, isDefinition, mainFootnoteNotation, type FootnoteMarker } from '../footnote-edits';
import type { DefinitionNotation, FootnoteNotation } from '../model/footnotes';
import { CappedFindings } from './helpers/capped-findings';
import type { MessageId } from '../messages/catalogue';
import { ALL_KINDS, type FindingFix, type Rule } from './rule';

/**
 * At most this many diagnostics. A draft pasted together from several sources can hold
 * thousands of footnotes in another notation: one squiggle each is noise (and a long draft's
 * publish grows by megabytes), when one fix converts them all. The last diagnostic says how many
 * more there are and carries that fix.
 */
export const MAX_REPORTS = 100;

/** A marker's notation, as one marker (`a Markdown footnote ('[^1]')`). */
const NAMES: Readonly<Record<DefinitionNotation, MessageId>> = {
  markdown: 'footnote-style.one.markdown',
  html: 'footnote-style.one.html',
  unicode: 'footnote-style.one.unicode',
  bare: 'footnote-style.one.bare',
};

/** The draft's main notation, in the plural. */
const MAIN: Readonly<Record<FootnoteNotation, MessageId>> = {
  markdown: 'footnote-style.main.markdown',
  html: 'footnote-style.main.html',
  unicode: 'footnote-style.main.unicode',
};

/** The notation a fix writes (`a Markdown footnote`). */
const SHORT: Readonly<Record<FootnoteNotation, MessageId>> = {
  markdown: 'footnote-style.short.markdown',
  html: 'footnote-style.short.html',
  unicode: 'footnote-style.short.unicode',
};

export const footnoteStyle: Rule = {
  meta: {
    id: 'footnote-style',
    tags: ['footnotes'],
    description: 'Footnotes written in more than one notation in the same draft.',
    severity: 'info',
    fixable: true,
    kinds: ALL_KINDS,
    rationale: [
      'Footnotes reach drafts in three notations: HTML superscripts (`<sup>8</sup>`), Unicode',
      'superscript digits (`⁸`) and Markdown footnotes (`[^8]`); PDF conversion also leaves definitions',
      'as a bare number at the start of a line (`8 See: https://...`). A draft that mixes them is',
      'usually one pasted together from several sources, and its notes render inconsistently: a bare',
      'number is not a footnote at all once published.',
      '',
      'The rule takes the notation most references use as the draft\'s own (on a tie: Markdown, then',
      'HTML, then Unicode) and reports each reference or definition written otherwise. The fix',
      'rewrites that footnote\'s markers, reference and definition, in the main notation (a bare',
      '`4 Text` becomes `<sup>4</sup> Text`, `[^4]: Text` or `⁴ Text`); the command "Convert footnotes',
      'to one notation" does the whole draft at once, in a notation of your choice. A named',
      'Markdown footnote (`[^note]`) has no superscript form: give it a number first (rename it).',
      '',
      `At most ${MAX_REPORTS} are reported: the last says how many more there are, and its fix writes every`,
      'footnote of the draft in the main notation.',
    ].join('\n'),
  },
  check(context) {
    const { model, t } = context;
    const findings = new CappedFindings(MAX_REPORTS);
    const report = findings.add;
    const markers = footnoteMarkers(model);
    if (markers.length < 2) return;
    const first = markers[0]?.notation;
    if (markers.every((m) => m.notation === first)) return;
    const main = mainFootnoteNotation(model);
    if (main === undefined) return;
    // Fixes are built for the findings kept (one more than reported, to know there are more):
    // the first markers not in the main notation. Only their labels' groups are needed.
    const kept = new Set<string>();
    for (const m of markers) {
      if (m.notation === main) continue;
      if (kept.size > MAX_REPORTS) break;
      kept.add(m.label);
    }
    const groups = footnoteConversionGroups(model, main, kept);
    // One fix per group of markers, shared by their diagnostics (they overlap, so it applies once).
    const fixes = new Map<FootnoteMarker[], FindingFix>();
    for (const m of markers) {
      if (m.notation === main) continue;
      if (findings.full) {
        findings.skip();
        continue;
      }
      const definition = isDefinition(m);
      const name = t(m.number !== undefined ? 'footnote-style.name.numbered' : 'footnote-style.name.markdown', { label: m.label });
      const notation = t(NAMES[m.notation]);
      const data = { label: m.label, notation: m.notation, target: main };
      if (!canWriteLabel(m.label, main)) {
        report({
          span: m.span,
          message: t(definition ? 'footnote-style.no-number.definition' : 'footnote-style.no-number.reference', { notation, main: t(MAIN[main]), name }),
          data,
        });
        continue;
      }
      const group = groups.get(m.label) ?? [m];
      let fix = fixes.get(group);
      if (fix === undefined) {
        const labels = [...new Set(group.map((g) => g.label))];
        const last = labels.pop();
        const names = last === undefined || labels.length === 0 ? name : t('footnote-style.names', { list: labels.join(', '), last });
        // The group holds this marker, which can be written in `main`: the edits are never empty.
        fix = { title: t('footnote-style.fix', { names, short: t(SHORT[main]) }), edits: () => convertMarkersEdits(model, group, main) };
        fixes.set(group, fix);
      }
      report({
        span: m.span,
        message: t(definition ? 'footnote-style.mixed.definition' : 'footnote-style.mixed.reference', { name, notation, main: t(MAIN[main]) }),
        fix,
        data,
      });
    }

    findings.reportTo(context, (last, hidden) => ({
      span: last.span,
      message: hidden === 1 ? t('footnote-style.more.1', { message: last.message, short: t(SHORT[main]) }) : t('footnote-style.more.n', { message: last.message, count: hidden, short: t(SHORT[main]) }),
      fix: { title: t('footnote-style.fix-all', { short: t(SHORT[main]) }), edits: () => convertFootnoteEdits(model, main) },
      data: { ...last.data, more: hidden },
    }));
  },
};
