/**
 * Full-page screenshots of the built app at a desktop and a phone size, to look at it.
 *
 *   npx tsx scripts/screenshot.ts [outDir] [query]     e.g. /tmp/shots "?event=icc-warrant-putin"
 *
 * Builds nothing: run `npm run build` first. Prints the files it wrote, and anything the page logged
 * as an error or warning, since a screenshot alone would hide it.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { waitForApp } from '../tests/e2e/support/app.ts';
import { DESKTOP, PHONE, launchBrowser, openPage } from '../tests/e2e/support/browser.ts';
import { startAppServer } from '../tests/e2e/support/server.ts';

const outDir = resolve(process.argv[2] ?? '/tmp/shots');
const rawQuery = process.argv[3] ?? '';
const query = rawQuery === '' || rawQuery.startsWith('?') ? rawQuery : `?${rawQuery}`;
// The query goes into the file name too, so shots of several states can sit side by side.
const suffix = query.replace(/^\?/, '').replace(/[^\w.=-]+/g, '_');

await mkdir(outDir, { recursive: true });
const server = await startAppServer();
const browser = await launchBrowser();
try {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    const opened = await openPage(browser, server.url, query, viewport);
    try {
      await waitForApp(opened.page);
    } catch {
      console.warn(`${name}: no event was drawn; the screenshot shows what there is`);
    }
    const file = join(
      outDir,
      `${name}-${viewport.width}x${viewport.height}${suffix ? `-${suffix}` : ''}.png`,
    );
    // SHOT_FULLPAGE=0 keeps to the first screenful, to see what a person sees on arrival.
    await opened.page.screenshot({ path: file, fullPage: process.env.SHOT_FULLPAGE !== '0' });
    console.log(file);
    for (const problem of [
      ...opened.consoleProblems,
      ...opened.pageErrors,
      ...opened.failedRequests,
    ]) {
      console.warn(`  ${name}: ${problem}`);
    }
    await opened.close();
  }
} finally {
  await browser.close();
  await server.close();
}
