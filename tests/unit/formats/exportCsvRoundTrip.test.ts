// Our format → CSV (TimelineJS sheet layout) → importCsv gives the same events back.
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { exportCsv } from '../../../src/formats/exportCsv.ts';
import { timelineToDataset } from '../../../src/formats/exportJson.ts';
import { importCsv } from '../../../src/formats/importCsv.ts';
import { parseCsv } from '../../../src/formats/parseCsv.ts';
import type { DatasetFile, EventRecord } from '../../../src/model/schema.ts';
import { SOURCE_TEXT, realDataset } from '../model/fixtures.ts';

function event(
  id: string,
  date: string,
  lane: string,
  extra: Partial<EventRecord> = {},
): EventRecord {
  return {
    id,
    title: `Title of ${id}`,
    summary: `Summary of ${id}.`,
    date,
    dateInArticle: null,
    dateSource: { kind: 'article' },
    actors: [lane],
    citations: [],
    ...extra,
  };
}

const SAMPLE: DatasetFile = {
  title: 'Round trip, with "quotes", commas & <angle brackets>',
  description: 'First paragraph.\n\nSecond, with a line\nbreak.',
  eras: [{ label: 'Republic', date: '-0508/-0026' }],
  events: [
    event('bce-year', '-0499', 'Greece'),
    event('one-bce', '0000', 'Calendar'),
    event('one-ce', '0001', 'Calendar'),
    event('ides', '-0043-03-15', 'Rome', { displayDate: 'The Ides of March' }),
    event('month', '1998-07', 'Court'),
    event('span', '1993-05-25/1994-11-08', 'United Nations'),
    event('time', '1969-07-20T20:17:00Z', 'Space', {
      title: '=SUM(A1) is not a formula',
      summary: 'A < B & C > D, "quoted", and\nnew lines.',
      media: { url: 'https://example.org/a.jpg', caption: 'Cap, tion', credit: 'Cred' },
    }),
  ],
};

/** What must survive the round trip: titles, dates, lanes (ids are remade from titles). */
function essentials(data: DatasetFile) {
  return data.events.map((e) => ({
    title: e.title,
    summary: e.summary,
    date: e.date,
    lane: e.actors[0],
    displayDate: e.displayDate,
    media: e.media,
  }));
}

function roundTrip(data: DatasetFile): DatasetFile {
  const result = importCsv(exportCsv(data));
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

describe('exportCsv → importCsv round trip', () => {
  it('gives back the same events: titles, text, dates (BCE too), lanes, display dates, media', () => {
    const back = roundTrip(SAMPLE);
    expect(essentials(back)).toEqual(essentials(SAMPLE));
    expect(back.title).toBe(SAMPLE.title);
    expect(back.description).toBe(SAMPLE.description);
    expect(back.eras).toEqual(SAMPLE.eras);
  });

  it('writes the template columns, BCE years as negative TimelineJS years (no year 0)', () => {
    const parsed = parseCsv(exportCsv(SAMPLE));
    if (!parsed.ok) throw new Error('unparseable');
    const [header, , , ...events] = parsed.rows;
    expect(header?.slice(0, 4)).toEqual(['Year', 'Month', 'Day', 'Time']);
    expect(events.map((cells) => cells[0])).toEqual([
      '-500',
      '-1',
      '1',
      '-44',
      '1998',
      '1993',
      '1969',
    ]);
    expect(events[6]?.slice(0, 4)).toEqual(['1969', '7', '20', '20:17']);
  });

  it('never starts a text cell with a formula character', () => {
    const parsed = parseCsv(exportCsv(SAMPLE));
    if (!parsed.ok) throw new Error('unparseable');
    const headlines = parsed.rows.map((cells) => cells[9] ?? '');
    expect(headlines.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });

  it('keeps the real dataset’s events (titles, dates, lanes) through JSON and CSV', () => {
    const compiled = compileTimeline(realDataset(), SOURCE_TEXT);
    if (!compiled.ok) throw new Error('the real dataset does not compile');
    const dataset = timelineToDataset(compiled.value);
    const back = roundTrip(dataset);
    const pick = (data: DatasetFile) =>
      data.events.map((e) => ({ title: e.title, date: e.date, lane: e.actors[0] }));
    expect(pick(back)).toEqual(pick(dataset));
  });

  it('writes a qualified date plainly, with its label as the display date', () => {
    const back = roundTrip({ title: 'Q', events: [event('approx', '2017~', 'X')] });
    expect(back.events[0]).toMatchObject({ date: '2017', displayDate: 'c. 2017' });
  });
});
