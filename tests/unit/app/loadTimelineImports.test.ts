// ?data= loading of imported formats, told apart by name and shape: TimelineJS JSON, a sheet CSV.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/app/loadTimeline.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../e2e/fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** A fetch that serves `files` by the last part of the URL's path, and 404 otherwise. */
function serve(files: Record<string, string>) {
  const requested: string[] = [];
  const fetchFn = (url: string) => {
    requested.push(url);
    const name = new URL(url).pathname.split('/').pop() ?? '';
    const body = files[name];
    return Promise.resolve(
      body === undefined ? new Response('missing', { status: 404 }) : new Response(body),
    );
  };
  return { fetchFn, requested };
}

describe('loadTimeline with imported formats', () => {
  it('imports TimelineJS JSON, with no source text and nothing else fetched', async () => {
    const { fetchFn, requested } = serve({ 'tl.json': read('timelinejs-sample.json') });
    const result = await loadTimeline('https://x.test/tl.json', fetchFn);
    expect(result.ok && result.value.title).toBe('Rome & its neighbours, 509–27 BCE');
    expect(result.ok && result.value.sources).toEqual([]);
    expect(result.ok && result.value.events[0]?.dateLabel).toBe('509 BCE (traditional date)');
    expect(requested).toEqual(['https://x.test/tl.json']);
  });

  it('imports a CSV by its name, and one without a .csv name by its shape', async () => {
    const csv = read('sheet-sample.csv');
    const { fetchFn } = serve({ 'sheet.csv': csv, export: csv });
    for (const url of ['https://x.test/sheet.csv', 'https://x.test/export?format=csv']) {
      const result = await loadTimeline(url, fetchFn);
      expect(result.ok && result.value.events.map((e) => e.lane)).toEqual([
        'Rome',
        'Rome',
        'Space',
        'Space',
        'Europe',
      ]);
    }
  });

  it('lists the located problems of an invalid import', async () => {
    const bad = JSON.stringify({ events: [{ start_date: { year: 2000, month: 13 } }] });
    const { fetchFn } = serve({ 'bad.json': bad });
    expect(await loadTimeline('https://x.test/bad.json', fetchFn)).toEqual({
      ok: false,
      problems: [{ where: 'events[0] › start_date.month', message: 'must be 1 to 12 (got 13)' }],
    });
  });

  it('takes a title from the file name when a CSV has no title row', async () => {
    const { fetchFn } = serve({ 'my_sheet.csv': 'Year,Headline\n2000,Only\n' });
    const result = await loadTimeline('https://x.test/my_sheet.csv', fetchFn);
    expect(result.ok && result.value.title).toBe('my sheet');
  });
});
