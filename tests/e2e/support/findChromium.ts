/**
 * Finds the Chromium the end-to-end tests drive. Playwright cannot download its own browser on our
 * machines, so we use the system one and fail loudly without it: a browser test that quietly skips
 * would let a broken app pass CI.
 */
import { accessSync, constants } from 'node:fs';

/** Paths tried, in order, after the `CHROMIUM_PATH` environment variable. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Message of the error thrown when no browser is found. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set ' +
  'CHROMIUM_PATH. `bash .ci/run` installs it automatically.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of an executable Chromium; throws with install instructions when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    // An explicit path that does not work is a mistake to report, not a cue to guess another.
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${NO_CHROMIUM_MESSAGE}`);
  }
  const found = CHROMIUM_CANDIDATES.find(isExecutable);
  if (found === undefined) throw new Error(NO_CHROMIUM_MESSAGE);
  return found;
}
