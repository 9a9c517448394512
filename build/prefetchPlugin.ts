/**
 * Vite plugin: puts the prefetch script (src/app/loading/prefetch.js) inline, first in the app
 * page's head (the build then puts it where the app's module script was, and that script goes:
 * prefetch.js asks for the app's modules itself, build/startupPlugin.ts), so a `?data=` download
 * starts before the app's own script has arrived. Inline,
 * not a file: a script of its own was a request the parser waited for, and the parser then
 * yielded, so the prerendered page was laid out twice before its first paint (docs/performance.md,
 * "The sixth round"). The page's Content-Security-Policy allows it by its hash alone
 * (`prefetchHash`, vite.config.ts). Minified: every page carries it. Not in the standalone file,
 * which has no `?data=` of its own to fetch beside it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifySync } from 'vite';
import type { Plugin } from 'vite';

const SOURCE = new URL('../src/app/loading/prefetch.js', import.meta.url);

/** The plugin's name (the standalone build leaves it out). */
export const PREFETCH_PLUGIN = 'sourceline:prefetch';

/** The prefetch script as the page carries it. */
export function minifiedPrefetch(source = readFileSync(SOURCE, 'utf8')): string {
  const { code, errors } = minifySync('prefetch.js', source, { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`prefetch.js: ${errors[0]?.message ?? 'unreadable'}`);
  // Inside <script>, `</script` would end the element early, and `<!--` change how it is parsed.
  if (/<\/script|<!--/i.test(code)) throw new Error('prefetch.js cannot go inline as it is');
  return code.trim();
}

/** The CSP source that allows the inline prefetch script and no other: `'sha256-…'`. */
export function prefetchHash(code = minifiedPrefetch()): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The prefetch script's element (the build adds its data attributes, build/startupPlugin.ts). */
export function prefetchTag(code = minifiedPrefetch()): string {
  return `<script>${code}</script>`;
}

/**
 * The page with the prefetch script first in its head, after the `<meta charset>` only (which
 * must come within the first 1,024 bytes; the policy's `<meta>` goes between them, as the build
 * puts it right after the charset: build/cspMetaPlugin.ts).
 */
export function withPrefetch(page: string, tag = prefetchTag()): string {
  const charset = /<head>\s*<meta\s+charset=[^>]*>/i;
  if (!charset.test(page))
    throw new Error('index.html has no <head><meta charset> for prefetch.js');
  return page.replace(charset, (start) => `${start}\n    ${tag}`);
}

export function prefetchPlugin(): Plugin {
  return {
    name: PREFETCH_PLUGIN,
    transformIndexHtml: {
      order: 'pre',
      handler: (page, context) => (context.path === '/index.html' ? withPrefetch(page) : page),
    },
  };
}
