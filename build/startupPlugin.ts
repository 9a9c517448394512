/**
 * Vite plugin: the app page's start, made as short as the build can make it (docs/performance.md,
 * "The fifth round"). Three changes to the built `index.html`, build only, app page only:
 *
 * - Its style sheet goes inline. A linked sheet is a request the first paint waits for, and the
 *   prerendered page was laid out once without it and again when it came (Chromium lays out the
 *   parsed page before a late sheet arrives): two layouts of the whole page instead of one.
 * - Every module the entry imports statically is named by a `<link rel="modulepreload">`, so the
 *   browser fetches them beside the entry instead of after it has been parsed.
 * - prefetch.js is told the compile worker's file (`data-worker`): on a `?data=` address it starts
 *   the worker, which reads and compiles the dataset while the app's own script is still
 *   arriving (src/app/takePrefetch.ts).
 */
import type { Plugin } from 'vite';
import { prefetchTag } from './prefetchPlugin.ts';

/** What the plugin needs of an output chunk or asset. */
type BundleItem =
  | { type: 'chunk'; fileName: string; imports: string[] }
  | { type: 'asset'; fileName: string; source: string | Uint8Array };

const WORKER_FILE = /(^|\/)compileDataset\.worker-[\w-]+\.js$/;
const STYLE_LINK = /<link rel="stylesheet"[^>]*\shref="\.\/(assets\/[^"]+\.css)"[^>]*>/g;

/** Makes CSS safe inside an inline <style> (`\/` is an escaped `/` in CSS). */
export function escapeStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** `name` and every chunk it imports statically, transitively, in a stable order. */
export function staticClosure(name: string, chunks: ReadonlyMap<string, BundleItem>): string[] {
  const found: string[] = [];
  const visit = (file: string) => {
    if (found.includes(file)) return;
    found.push(file);
    const item = chunks.get(file);
    if (item?.type === 'chunk') item.imports.forEach(visit);
  };
  visit(name);
  return found;
}

/** The page with its style sheets inline (their text read by `cssOf`). */
export function withInlineStyles(page: string, cssOf: (file: string) => string): string {
  return page.replace(
    STYLE_LINK,
    (_tag, file: string) => `<style data-file="${file}">${escapeStyle(cssOf(file))}</style>`,
  );
}

/** The page with a modulepreload link for each of `files`, after its module script. */
export function withModulePreloads(page: string, entry: string, files: readonly string[]): string {
  const script = new RegExp(`<script type="module"[^>]*src="\\./${entry}"[^>]*></script>`);
  if (!script.test(page)) throw new Error(`index.html has no module script for ${entry}`);
  const links = files.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`);
  return page.replace(script, (tag) => [tag, ...links].join('\n    '));
}

/** The prefetch script's element (`tag`), told where the compile worker is. */
export function withPrefetchTarget(page: string, worker: string, tag = prefetchTag()): string {
  if (!page.includes(tag)) throw new Error('index.html has no prefetch.js to configure');
  return page.replace(tag, () => tag.replace('<script>', `<script data-worker="./${worker}">`));
}

export function startupPlugin(): Plugin {
  return {
    name: 'sourceline:startup',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(page, context) {
        const { bundle, chunk } = context;
        if (context.path !== '/index.html' || !bundle || !chunk) return page;
        const items = new Map(
          Object.values(bundle).map((item) => [item.fileName, item as BundleItem]),
        );
        const cssOf = (file: string) => {
          const item = items.get(file);
          if (item?.type !== 'asset') throw new Error(`No style sheet ${file} in the bundle`);
          return typeof item.source === 'string'
            ? item.source
            : new TextDecoder().decode(item.source);
        };
        const initial = staticClosure(chunk.fileName, items);
        const worker = [...items.keys()].find((file) => WORKER_FILE.test(file));
        if (!worker) throw new Error('The build has no ?data= compile worker');
        const styled = withInlineStyles(page, cssOf);
        const preloaded = withModulePreloads(styled, chunk.fileName, initial.slice(1));
        return withPrefetchTarget(preloaded, worker);
      },
    },
  };
}
