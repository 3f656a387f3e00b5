import type { WordCountResult } from '../../server/src/protocol';
import { pagesShort, pagesTooltip } from './preview/pages-format';

/** What the status bar shows for a word count (no VS Code API here, so it is unit-tested in Node). */
export interface WordCountDisplay {
  text: string;
  /** A count is over the template's guidance: the item takes the warning colour. */
  over: boolean;
  tooltip: string;
}

const number = (n: number): string => n.toLocaleString('en-US');

/** `vscode.l10n.t`'s shape: a message with `{0}`, `{1}` ... placeholders and their values. */
export type Translate = (message: string, ...args: (string | number | boolean)[]) => string;

/** The English text, placeholders filled in (the default when no translation is passed). */
export const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));

/**
 * `Part One 245/300 · Body 1,830/2,400 words · ~5 pages`; `Part Two 512 · Body ...` for Parts
 * without a limit of their own; the pages as the Word export lays the draft out.
 */
export function formatWordCount(r: WordCountResult, t: Translate = english): WordCountDisplay {
  const parts: string[] = [];
  let over = r.bodyWords > r.bodyLimit;
  if (r.partName !== undefined && r.partWords !== undefined) {
    if (r.partLimit !== undefined) {
      parts.push(`${r.partName} ${number(r.partWords)}/${number(r.partLimit)}`);
      if (r.partWords > r.partLimit) over = true;
    } else {
      parts.push(`${r.partName} ${number(r.partWords)}`);
    }
  }
  parts.push(t('Body {0}/{1} words', number(r.bodyWords), number(r.bodyLimit)));
  const pages = r.pages !== undefined && r.pagesExact !== undefined ? { pages: r.pages, exact: r.pagesExact } : undefined;
  if (pages !== undefined) parts.push(pagesShort(pages));
  const lines = [
    t('Body: {0} words; the template asks for 2-4 pages single-spaced (limit set to {1} words, wsis.limits.totalWords).', number(r.bodyWords), number(r.bodyLimit)),
  ];
  if (r.partName !== undefined && r.partWords !== undefined) {
    lines.unshift(
      r.partLimit !== undefined
        ? t('{0}: {1} words; the template asks for about half a page (limit set to {2} words, wsis.limits.partOneWords).', r.partName, number(r.partWords), number(r.partLimit))
        : t('{0}: {1} words.', r.partName, number(r.partWords)),
    );
  }
  if (pages !== undefined) lines.push(pagesTooltip(pages, r.bodyWords, r.footnotes ?? 0));
  lines.push(t('Footnote definitions, comments and the cover block are not counted.'));
  return { text: parts.join(' · '), over, tooltip: lines.join('\n') };
}
