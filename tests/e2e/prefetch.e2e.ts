/**
 * A dataset by `?data=` starts downloading at once, beside the app's script (public/prefetch.js),
 * not after the script has run; it is fetched once, and drawn.
 */
import { describe, expect, it } from 'vitest';
import { eventButtons, waitForApp } from './support/app.ts';
import { appOpener } from './support/session.ts';

const open = appOpener();

describe('a dataset by ?data=', () => {
  it('is requested before the main bundle has finished downloading, once, and drawn', async () => {
    const events: string[] = [];
    const opened = await open('?data=fixtures/timelinejs-sample.json', undefined, (page) => {
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith('/timelinejs-sample.json')) {
          events.push('data requested');
        }
      });
      page.on('requestfinished', (request) => {
        if (/\/assets\/main-[\w-]+\.js$/.test(request.url())) events.push('main bundle finished');
      });
      return Promise.resolve();
    });
    await waitForApp(opened.page);
    expect(await eventButtons(opened.page).count()).toBeGreaterThan(0);
    expect(events.filter((e) => e === 'data requested')).toHaveLength(1);
    expect(events.indexOf('data requested')).toBeLessThan(events.indexOf('main bundle finished'));
  });

  it('is not fetched early when it is on another origin: the app refuses it, with its message', async () => {
    const requested: string[] = [];
    const opened = await open('?data=https://elsewhere.invalid/x.json', undefined, (page) => {
      page.on('request', (request) => requested.push(request.url()));
      return Promise.resolve();
    });
    await opened.page.getByRole('status').first().waitFor();
    expect(requested.some((url) => new URL(url).hostname === 'elsewhere.invalid')).toBe(false);
  });
});
