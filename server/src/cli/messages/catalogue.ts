import { fillTemplate, type Locale, type MessageArgs } from '../../engine';
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
type Counted<T extends string> = T extends `${infer Base}.one` ? Base : never;
export type CliCountedId = Counted<CliMessageId>;

/**
 * The form for `count` as the language counts: 1 is singular in English and Spanish, 0 and 1
 * in French ("0 erreur", "0 errors", "0 errores").
 */
export function cliCount(locale: Locale, id: CliCountedId, count: number, args: MessageArgs = {}): string {
  const one = new Intl.PluralRules(locale).select(count) === 'one';
  return cliText(locale, `${id}.${one ? 'one' : 'other'}` as CliMessageId, { ...args, count });
}
