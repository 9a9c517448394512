/**
 * The language picker's list, loaded when it is first opened: one link per language, named in
 * that language, to this same view (the selected event and the mode stay in the address) with
 * `?lang=` set.
 */
import { LOCALES } from '../../model/locale.ts';
import type { Locale } from '../../model/locale.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { searchFor, searchInLanguage } from '../../store/syncUrl.ts';
import { useTranslator } from '../i18n/translator.tsx';

/** Each language's name for itself. */
const AUTONYMS: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  de: 'Deutsch',
  uk: 'Українська',
  ar: 'العربية',
};

/** The links; the current language is named, not linked. */
export default function LanguageLinks() {
  const { t, locale } = useTranslator();
  // Re-rendered when these change, so every link names the view as it is now.
  const selectedId = useSourceline((s) => s.selectedId);
  const mode = useSourceline((s) => s.mode);
  const view = searchFor(window.location.search, selectedId, mode);
  return (
    <ul className="export-menu__panel export-menu__list" aria-label={t('Language')}>
      {LOCALES.map((lang) => (
        <li key={lang}>
          {/* The current language is not a link: it is where the reader already is. */}
          {lang === locale ? (
            <strong lang={lang}>{AUTONYMS[lang]}</strong>
          ) : (
            <a href={searchInLanguage(view, lang)} lang={lang} hrefLang={lang}>
              {AUTONYMS[lang]}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
