/**
 * The language picker: a disclosure in the toolbar whose list of links (LanguageLinks.tsx, loaded
 * when first opened, so it costs the first download almost nothing) leads to this same view in
 * another language. Links, not a select that navigates on change, so moving through it with the
 * keyboard never leaves the page (WCAG 3.2.2); following one reloads the page, which loads that
 * language's catalog before it draws.
 */
import { Suspense, lazy, useState } from 'react';
import { useTranslator } from '../i18n/translator.tsx';
import '../../styles/exportMenu.css';

const LanguageLinks = lazy(() => import('./LanguageLinks.tsx'));

export function LanguagePicker() {
  const { t, locale } = useTranslator();
  const [open, setOpen] = useState(false);
  return (
    <details className="export-menu" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="button">
        <span className="visually-hidden">{t('Language')}: </span>
        {locale.toUpperCase()}
      </summary>
      {open && (
        <Suspense fallback={null}>
          <LanguageLinks />
        </Suspense>
      )}
    </details>
  );
}
