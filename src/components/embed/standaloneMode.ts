/** The Vite mode of the single-file build (scripts/build-standalone.ts; see isStandaloneBuild). */
export const STANDALONE_MODE = 'standalone';
