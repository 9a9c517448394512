/**
 * Builds the whole app into ONE self-contained HTML file that works opened from disk (file://) or
 * uploaded to a learning management system, with no network at all:
 *
 *   npx tsx scripts/build-standalone.ts [outFile]     default: dist-standalone/sourceline.html
 *
 * A normal Vite build, but without code splitting and with every asset inlined, into a temporary
 * folder; then its one script and one stylesheet are written into the HTML. The built-in dataset,
 * source text included, is already compiled into the script by the datasets plugin. The script
 * stays a module (`<script type="module">` inline): a browser will not load a module *file* from
 * file://, but it runs inline module code.
 *
 * What a single file cannot carry, it does not offer: the dataset picker lists only the built-in
 * timeline (the others would need data/ beside it), there are no oEmbed documents, no early
 * fetch of ?data= and no prerendered view (see standalonePlugins), and it is built
 * in Vite mode `standalone`, by which the Embed dialog knows to give a snippet without embed.js.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { InlineConfig, PluginOption } from 'vite';
import { DATASETS_PLUGIN, datasetsPlugin } from '../build/datasetsPlugin.ts';
import { OEMBED_PLUGIN } from '../build/oembedPlugin.ts';
import { PREFETCH_PLUGIN } from '../build/prefetchPlugin.ts';
import { escapeStyle } from '../build/startupPlugin.ts';
import { STANDALONE_MODE } from '../src/components/embed/standaloneMode.ts';
import appConfig from '../vite.config.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = join(ROOT, 'data');

/** Builds the single file at `outFile` and returns its size in bytes. */
export async function buildStandalone(outFile: string): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'sourceline-standalone-'));
  try {
    await build(standaloneConfig(outDir));
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const single = await inlineAssets(html, outDir);
    await mkdir(dirname(outFile), { recursive: true });
    await writeFile(outFile, single);
    return Buffer.byteLength(single);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

function standaloneConfig(outDir: string): InlineConfig {
  const {
    test: _test,
    preview: _preview,
    build: appBuild,
    plugins = [],
    ...shared
  } = appConfig as InlineConfig;
  return {
    ...shared,
    plugins: standalonePlugins(plugins),
    mode: STANDALONE_MODE,
    root: ROOT,
    configFile: false,
    // embed.js, favicons and the like: a single file has nowhere to put them.
    publicDir: false,
    logLevel: 'warn',
    build: {
      ...appBuild,
      outDir,
      emptyOutDir: true,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
      modulePreload: false,
      // One big file is the point here, not a mistake to warn about.
      chunkSizeWarningLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: {
        input: join(ROOT, 'index.html'),
        // Lazy chunks (the dataset loader, dialogs) go into the one script.
        output: { codeSplitting: false },
      },
    },
  };
}

/**
 * The prerendered default view (build/prerenderPlugin.ts) would be drawn with the web build's
 * catalogue, so hydrating it with the single file's would not match; the file always runs its
 * inline script anyway, so it renders on the client alone.
 */
const PRERENDER_PLUGIN = 'sourceline:prerender';

/** The page's start (build/startupPlugin.ts): this build inlines its own sheet and script. */
const STARTUP_PLUGIN = 'sourceline:startup';

/**
 * The app's plugins, less the oEmbed documents, the prerendered view, the page's start and the
 * early fetch, with a catalogue of the built-in dataset only.
 */
function standalonePlugins(plugins: PluginOption[]): PluginOption[] {
  return plugins.flat().map((plugin) => {
    const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : null;
    // The early fetch of a ?data= dataset (build/prefetchPlugin.ts): a single file cannot load
    // ?data= datasets, so there is nothing to fetch early.
    const left = [OEMBED_PLUGIN, PRERENDER_PLUGIN, STARTUP_PLUGIN, PREFETCH_PLUGIN];
    if (name !== null && left.includes(name)) return null;
    if (name === DATASETS_PLUGIN) return datasetsPlugin({ dataDir: DATA_DIR, builtInOnly: true });
    return plugin;
  });
}

const SCRIPT_TAG = /<script type="module"[^>]*\ssrc="\.\/(assets\/[^"]+\.js)"[^>]*><\/script>/;
const STYLE_TAG = /<link rel="stylesheet"[^>]*\shref="\.\/(assets\/[^"]+\.css)"[^>]*>/;
// A favicon is a file a single page cannot carry; its request from disk would fail.
const ICON_TAG = /<link rel="icon"[^>]*>\s*/g;
// The app's policy allows only scripts from its origin (build/cspMetaPlugin.ts): an inline script,
// which is all a single file can have, would be refused. A file opened from disk has no origin.
const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g;

/** Replaces the built page's script and stylesheet references with their contents. */
async function inlineAssets(html: string, outDir: string): Promise<string> {
  const scriptFile = SCRIPT_TAG.exec(html)?.[1];
  if (!scriptFile) throw new Error('The standalone build has no module script to inline');
  const styleFile = STYLE_TAG.exec(html)?.[1];
  const code = await readFile(join(outDir, scriptFile), 'utf8');
  const css = styleFile ? await readFile(join(outDir, styleFile), 'utf8') : '';
  // Replacer functions, never replacement strings: minified code is full of `$&`-like sequences.
  const page = html
    .replace(STYLE_TAG, () => `<style>${escapeStyle(css)}</style>`)
    .replace(ICON_TAG, () => '')
    .replace(CSP_META, () => '')
    .replace(SCRIPT_TAG, () => `<script type="module">${escapeScript(code)}</script>`);
  const outside = page.slice(0, page.indexOf('<script type="module">'));
  // Any file beside the page would be a request that fails from disk: refuse to write such a page.
  const beside = /\s(?:src|href)="(\.\/[^"]*)"/.exec(outside)?.[1];
  if (beside !== undefined) {
    throw new Error(`The standalone page still refers to a file beside it: ${beside}`);
  }
  return page;
}

/**
 * Makes code safe inside an inline <script>: `</script` would end the element early, and `<!--`
 * can switch the HTML parser into a state where it does. Both only occur inside strings,
 * regular expressions or comments of minified code, where `<\/` and `<\!` mean the same.
 */
function escapeScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const isMain =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outFile = resolve(process.argv[2] ?? join(ROOT, 'dist-standalone', 'sourceline.html'));
  const bytes = await buildStandalone(outFile);
  console.log(`${outFile} (${Math.round(bytes / 1024)} KB)`);
}
