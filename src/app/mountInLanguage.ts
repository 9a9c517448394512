/**
 * Mounts a page (the reader's or the studio's) in its language: at once in English; otherwise
 * once that language's catalog has loaded, which is code of its own, fetched on demand. If it
 * cannot be, the page is English, and says so on `<html lang>`, rather than blank.
 */
import type { Translator } from '../components/i18n/translator.tsx';
import type { Locale } from '../model/locale.ts';
import { applyLanguage } from './applyLanguage.ts';

export function mountInLanguage(locale: Locale, mount: (translator?: Translator) => void): void {
  if (locale === 'en') mount();
  else
    import('../components/i18n/loadTranslator.ts')
      .then(({ loadTranslator }) => loadTranslator(locale))
      .then(mount, () => {
        applyLanguage(document.documentElement, 'en');
        mount();
      });
}
