/**
 * Vite plugin: puts `<script src="./prefetch.js">` (public/prefetch.js) first in the app page's
 * head, so a `?data=` download starts before the app's own script has arrived. Not in the
 * standalone file, which has no `?data=` of its own to fetch beside it.
 */
import type { Plugin } from 'vite';

/** The page with the prefetch script as the first thing in its head. */
export function withPrefetch(page: string): string {
  if (!page.includes('<head>')) throw new Error('index.html has no <head> to put prefetch.js in');
  return page.replace('<head>', () => '<head>\n    <script src="./prefetch.js"></script>');
}

export function prefetchPlugin(): Plugin {
  return {
    name: 'sourceline:prefetch',
    transformIndexHtml: {
      order: 'pre',
      handler: (page, context) => (context.path === '/index.html' ? withPrefetch(page) : page),
    },
  };
}
