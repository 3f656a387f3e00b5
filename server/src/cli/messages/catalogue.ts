import { fillTemplate, pluralForm, type CountedIds, type Locale, type MessageArgs } from '../../engine';
import { en, type CliCatalogue, type CliMessageId } from './en';
import { es } from './es';
import { fr } from './fr';

export type { CliMessageId } from './en';

export const CLI_CATALOGUES: Readonly<Record<Locale, CliCatalogue>> = { en, fr, es };

/** The command line's message `id` in `locale`, its `{name}` placeholders filled from `args`. */
export function cliText(locale: Locale, id: CliMessageId, args: MessageArgs = {}): string {
  return fillTemplate(locale, CLI_CATALOGUES[locale][id] ?? en[id], args);
}

/** Ids with a `.one` and an `.other` form. */
export type CliCountedId = CountedIds<CliMessageId>;

/**
 * The form for `count` as the language counts: 1 is singular in English and Spanish, 0 and 1
 * in French ("0 erreur", "0 errors", "0 errores").
 */
export function cliCount(locale: Locale, id: CliCountedId, count: number, args: MessageArgs = {}): string {
  return cliText(locale, `${id}.${pluralForm(locale, count)}` as CliMessageId, { ...args, count });
}
