/**
 * The default view as HTML, made at build time (build/prerenderPlugin.ts) and written into
 * index.html, so the page is a readable, cited timeline before any script runs, or with none:
 * the title, every event in time order with its date, the empty details panel, and the article
 * with its cited passages marked. main.tsx hydrates it when the address asks for the default
 * view; the same first render on both sides is what makes that work.
 */
import { renderToString } from 'react-dom/server';
import { builtInTimeline } from 'virtual:sourceline-datasets';
import { AppRoot } from './app/AppRoot.tsx';
import { designTokens } from './app/designTokens.ts';
import { parseUrlParams } from './store/urlParams.ts';

/** The markup main.tsx's first render of the default view gives, as a string. */
export function prerenderDefaultView(): string {
  const params = parseUrlParams('', 'https://sourceline.invalid/');
  return renderToString(<AppRoot params={params} builtIn={builtInTimeline} />);
}

/** The design tokens as a style rule, so the page without script is set as it will be with it. */
export function designTokenStyle(): string {
  const declarations = Object.entries(designTokens()).map(([name, value]) => `${name}: ${value};`);
  return `:root { ${declarations.join(' ')} }`;
}
