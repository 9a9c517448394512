import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { InlineConfig } from 'vite';
import { compileHintsPlugin } from './build/compileHintsPlugin.ts';
import { cspMetaPlugin } from './build/cspMetaPlugin.ts';
import { datasetsPlugin } from './build/datasetsPlugin.ts';
import { oembedPlugin } from './build/oembedPlugin.ts';
import { prefetchHash, prefetchPlugin } from './build/prefetchPlugin.ts';
import { prerenderPlugin } from './build/prerenderPlugin.ts';
import { startupPlugin } from './build/startupPlugin.ts';
import { studioBuildPlugin } from './build/studioBuildPlugin.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

/**
 * The strict policy the preview server sends, so end-to-end tests prove the app obeys it; the
 * built index.html also carries it as a <meta> (build/cspMetaPlugin.ts), for hosts that send none.
 * Scripts come from the page's origin, and the one inline script is allowed by its hash alone
 * (build/prefetchPlugin.ts).
 */
export const CONTENT_SECURITY_POLICY = `default-src 'self'; script-src 'self' ${prefetchHash()}; object-src 'none'; base-uri 'self'; style-src 'self' 'unsafe-inline'`;

const alias = {
  // Only the axis imports @visx/text, for its tick labels: a plain stand-in (src/vendor/visxText.tsx).
  '@visx/text': fileURLToPath(new URL('./src/vendor/visxText.tsx', import.meta.url)),
};

/** The studio (studio.html), built on its own after the app so the two share no chunk. */
function studioConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias },
    plugins: [react()],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      rolldownOptions: {
        input: { studio: fileURLToPath(new URL('./studio.html', import.meta.url)) },
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any folder of any static server.
  base: './',
  resolve: { alias },
  plugins: [
    react(),
    datasetsPlugin({ dataDir }),
    oembedPlugin({ dataDir }),
    compileHintsPlugin(),
    cspMetaPlugin(CONTENT_SECURITY_POLICY),
    prefetchPlugin(),
    prerenderPlugin({ root: fileURLToPath(new URL('.', import.meta.url)), dataDir, alias }),
    startupPlugin(),
    studioBuildPlugin(studioConfig),
  ],
  // The compile worker is a module with chunks of its own: the importers load only for files
  // that need them (src/app/loading/compileDataset.ts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // No preload helper or polyfill in the first download (es2022 browsers have modulepreload).
    modulePreload: false,
    // The example host pages (embedding how-to) are built beside the app: dist/examples/*.html.
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Small modules the first download shares with chunks loaded later: the bundler would
          // give each its own chunk (a request and an overhead each); one chunk holds them all.
          // Only modules the first download needs anyway belong here.
          groups: [
            {
              name: 'shared',
              test: /\/src\/(store\/StoreContext|components\/i18n\/translator|model\/urlParamNames|store\/urlParamNames|model\/dates\/formatDate)\.tsx?$/,
            },
          ],
        },
      },
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        article: fileURLToPath(new URL('./examples/article.html', import.meta.url)),
        pym: fileURLToPath(new URL('./examples/pym.html', import.meta.url)),
        amp: fileURLToPath(new URL('./examples/amp.html', import.meta.url)),
      },
    },
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
