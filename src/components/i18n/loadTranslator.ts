/**
 * A language other than English: its catalog and the ICU message formatter, loaded on demand
 * (neither is in the first download). A message missing from a catalog is shown in English;
 * tests/unit/i18n/catalogs.test.ts makes sure none is.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { eventDateIn, formatInstantIn } from '../../model/dates/formatDateIn.ts';
import { tickLabelIn } from '../../model/dates/tickLabelIn.ts';
import type { Locale } from '../../model/locale.ts';
// Types only: a value from translator.tsx would split it and React into chunks of their own.
import type { Translator } from './translator.tsx';

/** A language with a catalog of its own. */
export type TranslatedLocale = Exclude<Locale, 'en'>;

/** English messages to ICU MessageFormat messages in one language. */
export type Catalog = Readonly<Record<string, string>>;

const CATALOGS: Record<TranslatedLocale, () => Promise<{ default: Catalog }>> = {
  fr: () => import('./catalogs/fr.ts'),
  es: () => import('./catalogs/es.ts'),
  de: () => import('./catalogs/de.ts'),
  uk: () => import('./catalogs/uk.ts'),
  ar: () => import('./catalogs/ar.ts'),
};

/** The translator for `locale`, once its catalog has loaded. */
export async function loadTranslator(locale: TranslatedLocale): Promise<Translator> {
  const { default: catalog } = await CATALOGS[locale]();
  return translatorFor(locale, catalog);
}

/** A translator over a loaded catalog. */
export function translatorFor(locale: TranslatedLocale, catalog: Catalog): Translator {
  const formats = new Map<string, IntlMessageFormat>();
  return {
    locale,
    t: (english, values) => {
      let format = formats.get(english);
      if (!format) {
        // A message the catalog lacks is English, formatted the same way.
        format = new IntlMessageFormat(catalog[english] ?? english, locale);
        formats.set(english, format);
      }
      return String(format.format(values));
    },
    date: (event) => eventDateIn(locale, event),
    instant: (ms, precision) => formatInstantIn(locale, ms, precision),
    tick: (value, step, first) => tickLabelIn(locale, value, step, first),
  };
}
