/**
 * Vite plugin: the app page's start, made as short as the build can make it (docs/performance.md,
 * "The fifth round"). Three changes to the built `index.html`, build only, app page only:
 *
 * - Its style sheet goes inline. A linked sheet is a request the first paint waits for, and the
 *   prerendered page was laid out once without it and again when it came (Chromium lays out the
 *   parsed page before a late sheet arrives): two layouts of the whole page instead of one.
 * - The app's module script goes, and prefetch.js takes its place, told the entry and every module
 *   it imports statically (`data-main`, `data-preload`): it asks for them itself, on the built-in
 *   page's own address only once the prerendered timeline is painted, so that the script's
 *   download and compiling do not delay that first paint (docs/performance.md, "The fourteenth
 *   round"), and elsewhere at once, the imports beside the entry.
 * - prefetch.js is told the compile worker's file (`data-worker`) too: on a `?data=` address it
 *   starts the worker, which reads and compiles the dataset while the app's own script is still
 *   arriving (src/app/takePrefetch.ts); and the app's loader (`data-loader`: the dataLoading
 *   chunk and the chunks it imports that the first download does not hold), which it preloads,
 *   so the app need not ask for them once its script has run.
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

/**
 * The page with its module script for `entry` taken out, and the prefetch script's element
 * (`tag`) in its place, told the entry and the modules it imports (`data-main`, `data-preload`),
 * which it asks for itself (src/app/loading/prefetch.js), and where the compile worker and the
 * loader are (`data-worker`, `data-loader`).
 */
export function withStartScript(
  page: string,
  files: { entry: string; preload: readonly string[]; worker: string; loader: readonly string[] },
  tag = prefetchTag(),
): string {
  if (!page.includes(tag)) throw new Error('index.html has no prefetch.js to configure');
  const list = (names: readonly string[]) => names.map((file) => `./${file}`).join(' ');
  const attributes = [
    `data-main="./${files.entry}"`,
    `data-preload="${list(files.preload)}"`,
    `data-worker="./${files.worker}"`,
    `data-loader="${list(files.loader)}"`,
  ];
  const configured = tag.replace('<script>', `<script ${attributes.join(' ')}>`);
  const script = new RegExp(
    `<script type="module"[^>]*src="\\./${escapeRegExp(files.entry)}"[^>]*></script>`,
  );
  // Where withPrefetch put it, on a line of its own.
  const without = page.replace(new RegExp(`\\n[ \\t]*${escapeRegExp(tag)}`), '').replace(tag, '');
  if (!script.test(without)) throw new Error(`index.html has no module script for ${files.entry}`);
  return without.replace(script, () => configured);
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
        return withStartScript(styled, {
          entry: chunk.fileName,
          preload: initial.slice(1),
          worker,
          loader: loading,
        });
      },
    },
  };
}
