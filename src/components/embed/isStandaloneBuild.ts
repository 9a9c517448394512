/**
 * True in the single-file build (scripts/build-standalone.ts builds in Vite mode `standalone`):
 * such a file has no embed.js, no datasets folder and no oEmbed documents beside it. Replaced by a
 * constant at build time, so each build keeps only its own branch.
 */
import { STANDALONE_MODE } from './standaloneMode.ts';

export function isStandaloneBuild(): boolean {
  return import.meta.env.MODE === STANDALONE_MODE;
}
