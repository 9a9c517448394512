/**
 * True in the single-file build (scripts/build-standalone.ts builds in Vite mode `standalone`,
 * STANDALONE_MODE): such a file has no embed.js, no datasets folder and no oEmbed documents
 * beside it. The mode is written out here, not imported, so that the bundler folds the
 * comparison to a constant and each build keeps only its own branch
 * (tests/unit/embed/isStandaloneBuild.test.ts keeps the two the same).
 */
export function isStandaloneBuild(): boolean {
  return import.meta.env.MODE === 'standalone';
}
