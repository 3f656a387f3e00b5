import { decimalIn, fillTemplate, ordinalDigits, pluralForm, type CountedIds, type Locale } from '../../engine';
import { en, type WordCatalogue, type WordMessageId } from './en';
import { es } from './es';
import { fr } from './fr';

export type { WordMessageId } from './en';

export const WORD_CATALOGUES: Readonly<Record<Locale, WordCatalogue>> = { en, fr, es };

/**
 * A value for a placeholder: a string, a number (written as the language writes it: `0,6`), or
 * what depends on the language (a count with its thousands, `12,000` / `12 000` / `12.000`; a
 * size in MB with its decimal comma; a list of texts of this catalogue).
 */
export type WordArg = string | number | ((locale: Locale) => string);
export type WordArgs = Readonly<Record<string, WordArg>>;

/** A text of this catalogue not yet written in a language: an error carries one. */
export interface WordText {
  id: WordMessageId;
  args?: WordArgs;
}

/** The Word and PDF conversions' message `id` in `locale`, its `{name}` placeholders filled from `args`. */
export function wordText(locale: Locale, id: WordMessageId, args: WordArgs = {}): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(args)) filled[name] = typeof value === 'function' ? value(locale) : value;
  return fillTemplate(locale, WORD_CATALOGUES[locale][id] ?? en[id], filled);
}

export function renderText(locale: Locale, text: WordText): string {
  return wordText(locale, text.id, text.args);
}

/** Ids with a `.one` and an `.other` form. */
export type WordCountedId = CountedIds<WordMessageId>;

/**
 * The form for `count` as the language counts (1 is singular in English and Spanish, 0 and 1 in
 * French), the count written with the language's thousands separator.
 */
export function wordCount(locale: Locale, id: WordCountedId, count: number, args: WordArgs = {}): string {
  return wordText(locale, `${id}.${pluralForm(locale, count)}` as WordMessageId, { ...args, count: thousands(count) });
}

/** A whole number with the language's thousands separator: `12,000`, `12 000`, `12.000` (`2000` in Spanish). */
export function thousands(n: number): (locale: Locale) => string {
  return (locale) => n.toLocaleString(locale);
}

/** A number already written with a decimal point (`1.5`, `toFixed`'s): a comma in French and Spanish. */
export function decimal(written: string): (locale: Locale) => string {
  return (locale) => decimalIn(locale, written);
}

/** A list of this catalogue's texts, joined with `; `. */
export function textList(texts: readonly WordText[]): (locale: Locale) => string {
  return (locale) => texts.map((t) => renderText(locale, t)).join('; ');
}

/**
 * The session's ordinal in digits as the engine's messages write it: `30th`, `30e`, `30º` (the
 * forms are this catalogue's, so the Word and PDF bundles carry no rule messages).
 */
export function sessionOrdinal(locale: Locale, n: number): string {
  const suffix = ordinalDigits(n).slice(String(n).length);
  const id = n === 1 ? 'ordinal.first' : suffix === 'st' ? 'ordinal.st' : suffix === 'nd' ? 'ordinal.nd' : suffix === 'rd' ? 'ordinal.rd' : 'ordinal.th';
  return wordText(locale, id, { n: String(n) });
}

/**
 * An error whose message is a text of this catalogue: written in English when thrown (what logs
 * and the tests of English see), and rewritten in the user's language by the entry point that
 * knows it (`localize`), so each text has one place, here.
 */
export class WordMessageError extends Error {
  readonly text: WordText;

  constructor(text: WordText) {
    super(renderText('en', text));
    this.text = text;
  }

  /** The message in `locale`; returns the error itself. */
  localize(locale: Locale): this {
    this.message = renderText(locale, this.text);
    return this;
  }
}

/** An error of this catalogue written in `locale`; any other error as it is. */
function localized(error: unknown, locale: Locale | undefined): unknown {
  return error instanceof WordMessageError ? error.localize(locale ?? 'en') : error;
}

/** Runs `work`, an error of this catalogue rethrown in `locale`. */
export async function inLocale<T>(locale: Locale | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw localized(error, locale);
  }
}

/** inLocale, for work that does not wait. */
export function inLocaleSync<T>(locale: Locale | undefined, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw localized(error, locale);
  }
}
