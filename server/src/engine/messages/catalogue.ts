import { en, type Catalogue, type MessageId } from './en';
import { es } from './es';
import { fr } from './fr';

export type { MessageId } from './en';

/** The languages the messages are written in: the UN's working languages, English first. */
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, fr, es };

export type MessageArgs = Readonly<Record<string, string | number>>;

/**
 * The catalogue's language for a locale as clients name it: a BCP 47 tag from LSP's `initialize`
 * (`fr`, `fr-CA`, `es-419`) or a POSIX one from `LANG` (`fr_FR.UTF-8`, `es_ES@euro`); English for
 * anything else (`C`, `POSIX`, `de`, nothing).
 */
export function resolveLocale(tag: string | undefined): Locale {
  const language = /^([A-Za-z]{2,3})(?:[-_.@]|$)/.exec(tag?.trim() ?? '')?.[1]?.toLowerCase();
  return language === 'fr' || language === 'es' ? language : 'en';
}

/** A number as the language writes it: `0.6` in English, `0,6` in French and Spanish. */
function numberIn(locale: Locale, n: number): string {
  return decimalIn(locale, String(n));
}

/** A number already written with a decimal point (`1.5`, `toFixed`'s), as the language writes it. */
export function decimalIn(locale: Locale, written: string): string {
  return locale === 'en' ? written : written.replace('.', ',');
}

/** The ids of a catalogue that have a `.one` and an `.other` form, without the suffix. */
export type CountedIds<T extends string> = T extends `${infer Base}.one` ? Base : never;

/** Which form a count takes: 1 is singular in English and Spanish, 0 and 1 in French ("0 erreur"). */
export function pluralForm(locale: Locale, count: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}

/**
 * The message `id` in `locale`, its `{name}` placeholders filled from `args`. A placeholder with no
 * value stays as it is written (a test holds every catalogue to the English placeholders), and a
 * value is inserted as given, never read as a template.
 */
export function formatMessage(locale: Locale, id: MessageId, args: MessageArgs = {}): string {
  return fillTemplate(locale, CATALOGUES[locale][id] ?? en[id], args);
}

/**
 * A template's `{name}` placeholders filled from `args`, numbers written as `locale` writes them:
 * what formatMessage does, for the other catalogues (the command line's own text).
 */
export function fillTemplate(locale: Locale, template: string, args: MessageArgs = {}): string {
  return template.replace(/\{([a-z][\w-]*)\}/gi, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(args, name) ? args[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberIn(locale, value) : value;
  });
}

/** A function that writes messages in one language (what a rule's context carries). */
export type Translator = (id: MessageId, args?: MessageArgs) => string;

export function translator(locale: Locale): Translator {
  return (id, args) => formatMessage(locale, id, args);
}
