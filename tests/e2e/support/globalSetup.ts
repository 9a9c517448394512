/**
 * Before any end-to-end test: check that Chromium is there and starts, then serve the built app.
 * Both fail the run with a clear message rather than letting the tests skip.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowser } from './browser.ts';
import { DIST_DIR, startAppServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the server of `dist/`, ending in `/`. */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Launching once here turns a broken browser into one clear error instead of one per test file.
  const browser = await launchBrowser();
  const version = browser.version();
  await browser.close();
  const server = await startAppServer();
  console.log(`e2e: Chromium ${version}; serving ${DIST_DIR} at ${server.url}`);
  project.provide('baseURL', server.url);
  return () => server.close();
}
