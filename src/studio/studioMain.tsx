/**
 * Entry point of studio.html: mounts the studio, with the reader's styles and design tokens, in
 * the language `?lang=` asks for (`auto`, or none, follows the browser), chosen, set on
 * `<html lang dir>` and loaded on demand exactly as the reader does (src/main.tsx).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDesignTokens } from '../app/designTokens.ts';
import { applyLanguage } from '../app/applyLanguage.ts';
import { ErrorBoundary } from '../app/ErrorBoundary.tsx';
import { mountInLanguage } from '../app/mountInLanguage.ts';
import { ENGLISH, TranslatorContext } from '../components/i18n/translator.tsx';
import type { Translator } from '../components/i18n/translator.tsx';
import { resolveLocale } from '../model/locale.ts';
import { parseUrlParams } from '../store/urlParams.ts';
import { Studio } from './Studio.tsx';
import '../styles/base.css';
import '../styles/timeline.css';
import '../styles/browse.css';
import './studio.css';

applyDesignTokens(document.documentElement);
const { lang } = parseUrlParams(window.location.search, window.location.href);
const locale = resolveLocale(lang, navigator.languages);
applyLanguage(document.documentElement, locale);
const root = document.getElementById('root');

/** Draws the studio, in English unless given another language's translator. */
function mount(translator: Translator = ENGLISH) {
  const { t } = translator;
  document.title = t('Sourceline Studio — make a cited timeline');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <TranslatorContext.Provider value={translator}>
        <ErrorBoundary>
          <Studio />
        </ErrorBoundary>
      </TranslatorContext.Provider>
    </StrictMode>,
  );
}
mountInLanguage(locale, mount);
