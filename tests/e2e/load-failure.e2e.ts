/**
 * A failed load says so: when a code chunk cannot be downloaded on the way to the first draw, the
 * page shows what failed and a way out, never "Loading the timeline…" forever.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventButtons } from './support/app.ts';
import { DESKTOP } from './support/browser.ts';
import { pageOpener } from './support/session.ts';

const open = pageOpener();

/** Makes every request for a code chunk whose file name starts with `name` fail at the network. */
const blockChunk = (name: string) => (page: Page) =>
  page.route(new RegExp(`/assets/${name}-[^/]*\\.js$`), (route) => route.abort('failed'));

describe('a code chunk that cannot be downloaded', () => {
  it('on loading a ?data= dataset: the error screen names it and opens the built-in timeline', async () => {
    const { page } = await open(
      '?data=fixtures/same-year.json',
      DESKTOP,
      // The compiler: the worker's script, then the same code for the main thread.
      blockChunk('compileDataset(\\.worker)?'),
    );
    await page.getByRole('heading', { name: 'This timeline could not be shown' }).waitFor();
    const screen = page.locator('main.error-screen');
    await expect.poll(() => screen.textContent()).toContain('could not be loaded');
    expect(await screen.textContent()).toContain('a part of its code could not be downloaded');
    expect(await page.getByText('Loading the timeline…').count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: 'Reload the page' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Open the built-in timeline' }).click();
    await eventButtons(page).first().waitFor();
    expect(new URL(page.url()).search).not.toContain('data=');
  });

  it('on opening the presentation: the error panel says so, with a reload link', async () => {
    const { page } = await open('?mode=present', DESKTOP, blockChunk('PresentMode'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('could not be downloaded');
    expect(await page.getByRole('link', { name: 'Reload the page' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Open the built-in timeline' }).count()).toBe(1);
  });
});
