/**
 * Vite plugin: writes the default view into the built `index.html` as real HTML (src/prerender.tsx,
 * rendered by react-dom/server through a short-lived Vite server in SSR mode, so it compiles the
 * app exactly as the client build does). With no script the page is a readable, cited timeline;
 * with one, main.tsx hydrates it. Build only; only the app's own page.
 */
import { createServer } from 'vite';
import type { AliasOptions, Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetsPlugin } from './datasetsPlugin.ts';

/** What the SSR server needs of the app's config. */
export interface PrerenderOptions {
  root: string;
  dataDir: string;
  alias: AliasOptions;
}

const ROOT_ELEMENT = '<div id="root"></div>';

/** The prerendered view while prefetch.js loads another timeline. */
const LOADING_OTHER = 'html[data-loading="dataset"] #root[data-prerendered]';

/**
 * Without a script no control of the page works (every button, menu and the zoom are React's),
 * so none is shown, nor the list and details panel the script fills (the timeline's own box is
 * the list then); and the phone's three-line cut of the description, whose "Read more" needs the
 * script, is undone. In the page, not the style sheet: a reader with the script never
 * downloads these rules, and sees the controls from the first paint, before the script has run.
 */
export const NO_SCRIPT_STYLE = [
  '.noscript-note { margin: 1rem 1rem 0; color: var(--muted); font-size: 0.9rem; }',
  '#root :is(.browse__toolbar, .browse__controls, .description__toggle, .event-list, .event-details) { display: none; }',
  '#root .browse__description { display: block; overflow: visible; -webkit-line-clamp: none; }',
].join('\n');

/**
 * Without a script the page can only be the built-in timeline, whatever its address asks for
 * (a `?data=` link to another): said above it, where only a reader without the script sees it.
 */
export const NO_SCRIPT_NOTE =
  '<noscript><p class="noscript-note">Without JavaScript this page shows its built-in timeline. ' +
  'A link to another timeline (an address with <code>?data=</code>) opens it only with JavaScript ' +
  'on.</p></noscript>';

/**
 * Puts `html` inside the page's empty root element, marked as the prerendered default view, with
 * NO_SCRIPT_NOTE before it (outside the root, which React hydrates).
 */
export function withPrerendered(page: string, html: string): string {
  if (!page.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to fill`);
  return page.replace(
    ROOT_ELEMENT,
    () => `${NO_SCRIPT_NOTE}<div id="root" data-prerendered="default">${html}</div>`,
  );
}

export function prerenderPlugin(options: PrerenderOptions): Plugin {
  return {
    name: 'sourceline:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: async (page, context) => {
        if (context.path !== '/index.html') return page;
        const server = await createServer({
          configFile: false,
          root: options.root,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, watch: null },
          resolve: { alias: options.alias },
          plugins: [react(), datasetsPlugin({ dataDir: options.dataDir })],
        });
        try {
          const module = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            prerenderDefaultView: () => string;
            designTokenStyle: () => string;
            staticTimelineStyle: () => string;
          };
          const style = [
            module.designTokenStyle(),
            module.staticTimelineStyle(),
            // A `?data=` address asks for another timeline (the inline prefetch script marks it:
            // src/app/loading/prefetch.js): the built-in one is neither shown nor laid out while
            // that one loads, and the page says what it is doing, as the app's loading screen will
            // (English, as the page is).
            `${LOADING_OTHER} > * { display: none; }`,
            `${LOADING_OTHER}::before { content: 'Loading the timeline…'; display: block; max-width: 48rem; margin: 3rem auto; padding: 0 1rem; }`,
          ].join('\n');
          const styled = page.replace(
            '</head>',
            () =>
              `<style>${style}</style>\n  <noscript><style>${NO_SCRIPT_STYLE}</style></noscript>\n  </head>`,
          );
          return withPrerendered(styled, module.prerenderDefaultView());
        } finally {
          await server.close();
        }
      },
    },
  };
}
