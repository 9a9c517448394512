/**
 * Vite plugin: builds the studio (studio.html) after the app, into the same folder, as a build of
 * its own. As a second entry of the app's build it would share chunks with the reader, splitting
 * the reader's first download into more, less compressible files (measured: +918 B gzipped); built
 * apart, the reader's files are byte for byte what they are without the studio.
 */
import { build } from 'vite';
import type { InlineConfig, Plugin } from 'vite';

/** Runs `studio` (a full Vite config) after the app's build, when that build has a `main` input. */
export function studioBuildPlugin(studio: (outDir: string) => InlineConfig): Plugin {
  let outDir: string | null = null;
  return {
    name: 'sourceline-studio-build',
    apply: 'build',
    configResolved(config) {
      const input = config.build.rolldownOptions.input;
      // Only the app's own build: not the standalone page, nor the studio's build itself.
      const isApp = typeof input === 'object' && !Array.isArray(input) && 'main' in input;
      outDir = isApp ? config.build.outDir : null;
    },
    async closeBundle() {
      if (outDir === null) return;
      await build(studio(outDir));
    },
  };
}
