import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHintsPlugin } from './build/compileHintsPlugin.ts';
import { datasetsPlugin } from './build/datasetsPlugin.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

/** The strict policy the preview server sends, so end-to-end tests prove the app obeys it. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; style-src 'self' 'unsafe-inline'";

export default defineConfig({
  // Relative asset URLs: the build works from any folder of any static server.
  base: './',
  resolve: {
    // Only the axis imports @visx/text, for its tick labels: a plain stand-in (src/vendor/visxText.tsx).
    alias: { '@visx/text': fileURLToPath(new URL('./src/vendor/visxText.tsx', import.meta.url)) },
  },
  plugins: [react(), datasetsPlugin({ dataDir }), compileHintsPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The example article (embedding how-to) is built beside the app: dist/examples/article.html.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        article: fileURLToPath(new URL('./examples/article.html', import.meta.url)),
      },
    },
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
