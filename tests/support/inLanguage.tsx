// A component in one of the translated languages, as the app gives it once that language's
// catalog has loaded (src/main.tsx).
import type { ReactElement } from 'react';
import { translatorFor } from '../../src/components/i18n/loadTranslator.ts';
import type { Catalog, TranslatedLocale } from '../../src/components/i18n/loadTranslator.ts';
import { TranslatorContext } from '../../src/components/i18n/translator.tsx';

export function inLanguage(locale: TranslatedLocale, catalog: Catalog, ui: ReactElement) {
  return (
    <TranslatorContext.Provider value={translatorFor(locale, catalog)}>
      {ui}
    </TranslatorContext.Provider>
  );
}
