/**
 * Entry point: parse the URL once, then mount the app. The built page already holds the default
 * view as HTML (src/prerender.tsx); when the address asks for that view it is hydrated, so
 * nothing on the page moves, and the controls clicked before it was are acted on
 * (app/earlyClicks.ts); otherwise it is replaced.
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { builtInTimeline } from 'virtual:sourceline-datasets';
import { AppRoot, showsDefaultView } from './app/AppRoot.tsx';
import { applyDesignTokens } from './app/designTokens.ts';
import { applyLanguage } from './app/applyLanguage.ts';
import { takeEarlyClicks } from './app/earlyClicks.ts';
import { mountInLanguage } from './app/mountInLanguage.ts';
import { resolveLocale } from './model/locale.ts';
import { ENGLISH, TranslatorContext } from './components/i18n/translator.tsx';
import type { Translator } from './components/i18n/translator.tsx';
import { parseUrlParams } from './store/urlParams.ts';
import './styles/base.css';
import './styles/timeline.css';
import './styles/browse.css';

applyDesignTokens(document.documentElement);
const params = parseUrlParams(window.location.search, window.location.href);
const locale = resolveLocale(params.lang, navigator.languages);
applyLanguage(document.documentElement, locale);
/** Draws the app, in English unless given another language's translator. */
function mount(translator?: Translator) {
  const root = document.getElementById('root');
  if (!root) return;
  const app = <AppRoot params={params} builtIn={builtInTimeline} onMounted={takeEarlyClicks()} />;
  // The prerendered page is English.
  if (root.dataset.prerendered === 'default' && showsDefaultView(params) && !translator)
    hydrateRoot(root, app);
  else {
    root.replaceChildren();
    delete root.dataset.prerendered;
    createRoot(root).render(
      <TranslatorContext.Provider value={translator ?? ENGLISH}>{app}</TranslatorContext.Provider>,
    );
  }
}
/**
 * Mounts the app, once the page is parsed: its script is not the page's own module script, which
 * would wait for that, but one that prefetch.js adds (src/app/loading/prefetch.js), which runs as
 * soon as it has arrived.
 */
function start() {
  mountInLanguage(locale, mount);
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
