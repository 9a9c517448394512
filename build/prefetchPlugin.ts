/**
 * Vite plugin: puts `<script src="./prefetch.js">` (public/prefetch.js) first in the app page's
 * head, so a `?data=` download starts before the app's own script has arrived. Not in the
 * standalone file, which has no `?data=` of its own to fetch beside it. The build writes the
 * script minified: every page downloads it, so its comments would cost every reader.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifySync } from 'vite';
import type { Plugin } from 'vite';

const SOURCE = new URL('../public/prefetch.js', import.meta.url);

/** The prefetch script as the build writes it (too short for a compile hint, compileHintsPlugin). */
export function minifiedPrefetch(source = readFileSync(SOURCE, 'utf8')): string {
  const { code, errors } = minifySync('prefetch.js', source, { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`prefetch.js: ${errors[0]?.message ?? 'unreadable'}`);
  return code;
}

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
    writeBundle({ dir }) {
      // Over the copy of public/prefetch.js, once the public folder has been copied.
      if (dir) writeFileSync(join(dir, 'prefetch.js'), minifiedPrefetch());
    },
  };
}
