// Every catalog has every message the source asks for, no other, with the same placeholders; each
// parses as ICU MessageFormat and formats in its language.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import ar from '../../../src/components/i18n/catalogs/ar.ts';
import de from '../../../src/components/i18n/catalogs/de.ts';
import es from '../../../src/components/i18n/catalogs/es.ts';
import fr from '../../../src/components/i18n/catalogs/fr.ts';
import uk from '../../../src/components/i18n/catalogs/uk.ts';
import type { Catalog, TranslatedLocale } from '../../../src/components/i18n/loadTranslator.ts';
import { translatorFor } from '../../../src/components/i18n/loadTranslator.ts';
import { ENGLISH } from '../../../src/components/i18n/translator.tsx';
import { LOCALES } from '../../../src/model/locale.ts';
import { extractMessages } from './messages.ts';

const CATALOGS: Record<TranslatedLocale, Catalog> = { fr, es, de, uk, ar };
const messages = [...extractMessages().keys()];

/** The names of a message's arguments, however deep in its plurals. */
function placeholders(message: string, locale: string): string[] {
  const names = new Set<string>();
  const visit = (nodes: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const node of nodes) {
      // Type 0 is literal text; every other element with a value names an argument.
      if ('value' in node && typeof node.value === 'string' && Number(node.type) !== 0)
        names.add(node.value);
      if ('options' in node) for (const option of Object.values(node.options)) visit(option.value);
    }
  };
  visit(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

describe('the message catalogs', () => {
  it('are found in the source (the extraction works)', () => {
    expect(messages.length).toBeGreaterThan(30);
    expect(messages).toContain('Zoom in');
    expect(messages).toContain('All {count} events as a list');
  });

  it('include the studio’s (src/studio/**), so a studio message missing from a catalog fails', () => {
    const files = [...extractMessages().values()].flat();
    expect(files.some((file) => file.startsWith('studio/'))).toBe(true);
    expect(messages).toContain('Find dates');
    expect(messages).toContain('Source text');
    expect(messages).toContain('{count} proposed events. Add the ones you want.');
  });

  it('cover every language but English, which is written inline', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual(LOCALES.filter((l) => l !== 'en').sort());
  });

  describe.each(Object.entries(CATALOGS) as [TranslatedLocale, Catalog][])(
    '%s',
    (locale, catalog) => {
      it('has every message the source asks for, and no other', () => {
        expect(Object.keys(catalog).sort()).toEqual([...messages].sort());
      });

      it.each(messages)('keeps the placeholders of "%s"', (message) => {
        const translated = catalog[message] ?? '';
        expect(placeholders(translated, locale)).toEqual(placeholders(message, 'en'));
      });

      it('formats its plurals and placeholders in its language', () => {
        const { t } = translatorFor(locale, catalog);
        // "one" may say "the event" rather than "1 event"; every other count is in the text.
        expect(t('All {count} events as a list', { count: 1 })).not.toMatch(/[{}#]/);
        for (const count of [2, 5, 21, 1234]) {
          const text = t('All {count} events as a list', { count });
          expect(text).toContain(new Intl.NumberFormat(locale).format(count));
          expect(text).not.toMatch(/[{}#]/);
        }
        expect(t('Show {count} more', { count: 200 })).toContain('200');
      });

      it('is not English', () => {
        expect(translatorFor(locale, catalog).t('No event selected')).not.toBe('No event selected');
      });
    },
  );

  it('fill in English placeholders as the inline English did', () => {
    expect(ENGLISH.t('All {count} events as a list', { count: 25 })).toBe(
      'All 25 events as a list',
    );
    expect(ENGLISH.t('Zoom in')).toBe('Zoom in');
  });

  it('write English counts with their thousands separated', () => {
    expect(ENGLISH.t('All {count} events as a list', { count: 100_000 })).toBe(
      'All 100,000 events as a list',
    );
  });

  it('show a message a catalog lacks in English, formatted', () => {
    expect(translatorFor('fr', {}).t('Show {count} more', { count: 3 })).toBe('Show 3 more');
  });
});
