/**
 * Vite plugin: the app page's start, made as short as the build can make it (docs/performance.md,
 * "The fifth round"). Three changes to the built `index.html`, build only, app page only:
 *
 * - Its style sheet goes inline. A linked sheet is a request the first paint waits for, and the
 *   prerendered page was laid out once without it and again when it came (Chromium lays out the
 *   parsed page before a late sheet arrives): two layouts of the whole page instead of one.
 * - Every module the entry imports statically is named by a `<link rel="modulepreload">`, so the
 *   browser fetches them beside the entry instead of after it has been parsed.
 * - prefetch.js moves to just after those, and is told the compile worker's file (`data-worker`):
 *   on a `?data=` address it starts the worker, which reads and compiles the dataset while the
 *   app's own script is still arriving (src/app/takePrefetch.ts). It is told the app's loader too
 *   (`data-loader`: the dataLoading chunk and the chunks it imports that the first download does
 *   not hold), and preloads them, so the app need not ask for them once its script has run.
 */
import type { Plugin } from 'vite';
import { prefetchTag } from './prefetchPlugin.ts';

/** What the plugin needs of an output chunk or asset. */
type BundleItem =
  | { type: 'chunk'; fileName: string; imports: string[] }
  | { type: 'asset'; fileName: string; source: string | Uint8Array };

const WORKER_FILE = /(^|\/)compileDataset\.worker-[\w-]+\.js$/;
const LOADER_FILE = /(^|\/)dataLoading-[\w-]+\.js$/;
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

/**
 * The page with the prefetch script's element (`tag`) told where the compile worker and the
 * loader are, and moved to just after the entry's module script and its module preloads: so the
 * browser asks for the app's own modules first, and the dataset, the worker and the loader after
 * them (over HTTP/1.1 a host takes six requests at a time, and the rest wait their turn).
 */
export function withPrefetchTarget(
  page: string,
  entry: string,
  worker: string,
  loader: readonly string[],
  tag = prefetchTag(),
): string {
  if (!page.includes(tag)) throw new Error('index.html has no prefetch.js to configure');
  const files = loader.map((file) => `./${file}`).join(' ');
  const configured = tag.replace(
    '<script>',
    `<script data-worker="./${worker}" data-loader="${files}">`,
  );
  const start = new RegExp(
    `<script type="module"[^>]*src="\\./${entry}"[^>]*></script>(\\s*<link rel="modulepreload"[^>]*>)*`,
  );
  // Where withPrefetch put it, on a line of its own.
  const without = page.replace(new RegExp(`\\n[ \\t]*${escapeRegExp(tag)}`), '').replace(tag, '');
  if (!start.test(without)) throw new Error(`index.html has no module script for ${entry}`);
  return without.replace(start, (scripts) => `${scripts}\n    ${configured}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
        const loader = [...items.keys()].find((file) => LOADER_FILE.test(file));
        if (!loader) throw new Error('The build has no ?data= loader chunk');
        const loading = staticClosure(loader, items).filter((file) => !initial.includes(file));
        const styled = withInlineStyles(page, cssOf);
        const preloaded = withModulePreloads(styled, chunk.fileName, initial.slice(1));
        return withPrefetchTarget(preloaded, chunk.fileName, worker, loading);
      },
    },
  };
}
