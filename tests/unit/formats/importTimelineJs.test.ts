import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { importTimelineJs } from '../../../src/formats/importTimelineJs.ts';
import type { Problem } from '../../../src/model/problem.ts';
import type { DatasetFile, EventRecord } from '../../../src/model/schema.ts';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../e2e/fixtures/timelinejs-sample.json',
);

function imported(input: unknown): DatasetFile {
  const result = importTimelineJs(input);
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

function problems(input: unknown): Problem[] {
  const result = importTimelineJs(input);
  if (result.ok) throw new Error('expected the import to fail');
  return result.problems;
}

/** One event with the given start (and end) date objects. */
function slide(start: unknown, end?: unknown): Record<string, unknown> {
  return {
    start_date: start,
    ...(end === undefined ? {} : { end_date: end }),
    text: { headline: 'E' },
  };
}

function onlyEvent(input: unknown): EventRecord {
  const event = imported(input).events[0];
  if (!event) throw new Error('no event');
  return event;
}

describe('importTimelineJs: dates', () => {
  it.each([
    [{ year: 1998 }, '1998'],
    [{ year: '1998', month: '7' }, '1998-07'],
    [{ year: 1998, month: 7, day: 17 }, '1998-07-17'],
    [{ year: 1969, month: 7, day: 20, hour: 20, minute: 17 }, '1969-07-20T20:17:00Z'],
    [{ year: 1969, month: 7, day: 20, hour: '9' }, '1969-07-20T09:00:00Z'],
    [{ year: 2000, month: 2, day: 29 }, '2000-02-29'],
  ])('reads %j as %s', (start, edtf) => {
    expect(onlyEvent({ events: [slide(start)] }).date).toBe(edtf);
  });

  it('makes an interval of a start and an end, each at its own precision', () => {
    expect(onlyEvent({ events: [slide({ year: 1993, month: 5 }, { year: 1994 })] }).date).toBe(
      '1993-05/1994',
    );
  });

  it('reads an end equal to the start as one date, not an interval of nothing', () => {
    const day = { year: 2002, month: 7, day: 1 };
    expect(onlyEvent({ events: [slide(day, { ...day })] }).date).toBe('2002-07-01');
    const result = compileTimeline(imported({ events: [slide(day, { ...day })] }), null);
    expect(result.ok).toBe(true);
  });

  it('reads times on both ends of an interval, and times before the common era', () => {
    const { events } = imported({
      events: [
        slide(
          { year: 2001, month: 9, day: 11, hour: 8, minute: 46 },
          { year: 2001, month: 9, day: 11, hour: 10, minute: 28 },
        ),
        slide({ year: -44, month: 3, day: 15, hour: 11 }),
      ],
    });
    expect(events.map((e) => e.date)).toEqual([
      '2001-09-11T08:46:00Z/2001-09-11T10:28:00Z',
      '-0043-03-15T11:00:00Z',
    ]);
    const compiled = compileTimeline({ title: 'T', events }, null);
    expect(compiled.ok && compiled.value.events.map((e) => e.dateLabel)).toEqual([
      '15 March 44 BCE, 11:00 UTC',
      '11 September 2001, 08:46 UTC – 11 September 2001, 10:28 UTC',
    ]);
  });

  it('reads negative years as BCE with no year 0: -1 is 1 BCE (EDTF 0000)', () => {
    const { events } = imported({
      events: [
        slide({ year: -1 }),
        slide({ year: -129 }),
        slide({ year: -44, month: 3, day: 15 }),
        slide({ year: 1 }),
        slide({ year: -10000 }),
      ],
    });
    expect(events.map((e) => e.date)).toEqual(['0000', '-0128', '-0043-03-15', '0001', '-9999']);
  });

  it('gives BCE dates labels that read "1 BCE", "129 BCE" once compiled', () => {
    const compiled = compileTimeline(
      imported({ events: [slide({ year: -1 }), slide({ year: -129 }), slide({ year: 1 })] }),
      null,
    );
    if (!compiled.ok) throw new Error('did not compile');
    expect(compiled.value.events.map((e) => e.dateLabel)).toEqual(['129 BCE', '1 BCE', '1 CE']);
  });

  it('sorts BCE events before CE ones', () => {
    const compiled = compileTimeline(
      imported({ events: [slide({ year: 10 }), slide({ year: -500 }), slide({ year: -1 })] }),
      null,
    );
    if (!compiled.ok) throw new Error('did not compile');
    expect(compiled.value.events.map((e) => e.date.edtf)).toEqual(['-0499', '0000', '0010']);
  });

  it('keeps display_date as the shown label', () => {
    const event = onlyEvent({ events: [{ ...slide({ year: -509 }), display_date: 'c. 509 BCE' }] });
    expect(event.displayDate).toBe('c. 509 BCE');
  });
});

describe('importTimelineJs: invalid dates, listed per event', () => {
  it('locates month 13, a missing year, year 0 and an impossible day', () => {
    expect(
      problems({
        events: [
          slide({ year: 2000 }),
          slide({ year: 2000, month: 13 }),
          slide({ month: 3 }),
          slide({ year: 0 }),
          slide({ year: 2001, month: 2, day: 29 }),
          { text: { headline: 'no date' } },
        ],
      }),
    ).toEqual([
      { where: 'events[1] › start_date.month', message: 'must be 1 to 12 (got 13)' },
      { where: 'events[2] › start_date.year', message: 'is missing: a date needs at least a year' },
      {
        where: 'events[3] › start_date.year',
        message: 'is 0, but there is no year 0: 1 BCE is -1 and 1 CE is 1 in TimelineJS',
      },
      { where: 'events[4] › start_date.day', message: 'must be 1 to 28 in that month (got 29)' },
      { where: 'events[5] › start_date', message: 'is missing: every event needs a start date' },
    ]);
  });

  it('rejects non-numbers, an end before the start, and a day without a month', () => {
    expect(
      problems({
        events: [
          slide({ year: 'soon' }),
          slide({ year: 2001 }, { year: 2000 }),
          slide({ year: 2001, day: 3 }),
          slide({ year: 2001, month: 1, day: 1, minute: 5 }),
        ],
      }).map((p) => p.where),
    ).toEqual([
      'events[0] › start_date.year',
      'events[1] › end_date',
      'events[2] › start_date.day',
      'events[3] › start_date.minute',
    ]);
  });

  it('rejects a file without events, and slides that are not objects', () => {
    expect(problems({ title: {} })[0]?.where).toBe('events');
    expect(problems([1, 2])[0]?.where).toBe('file');
    expect(problems({ events: [] })).toEqual([{ where: 'events', message: 'has no events' }]);
    expect(problems({ events: ['x'] })).toEqual([
      { where: 'events[0]', message: 'is not an event object' },
    ]);
  });
});

describe('importTimelineJs: text, lanes, eras, media', () => {
  const data = imported(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const byId = (id: string) => data.events.find((e) => e.id === id);

  it('takes the title and description from the title slide, as plain text', () => {
    expect(data.title).toBe('Rome & its neighbours, 509–27 BCE');
    expect(data.description).toBe(
      'A small TimelineJS3 test timeline: dates before the common era, groups, eras and HTML.',
    );
  });

  it('reduces HTML to safe text: no script, no javascript: link', () => {
    const marathon = byId('battle-of-marathon');
    expect(marathon?.summary).toBe(
      'Athens defeats a Persian army. Read more (https://en.wikipedia.org/wiki/Battle_of_Marathon) click me',
    );
    expect(JSON.stringify(data)).not.toMatch(/<script|javascript:|alert\(/i);
  });

  it('makes each group a lane (the first actor), with "Events" for none', () => {
    expect(data.events.map((e) => e.actors)).toEqual([
      ['Rome'],
      ['Greece'],
      ['Rome'],
      ['Rome'],
      ['Calendar'],
      ['Calendar'],
    ]);
    expect(onlyEvent({ events: [slide({ year: 2000 })] }).actors).toEqual(['Events']);
  });

  it('keeps eras as labelled bands', () => {
    expect(data.eras).toEqual([{ label: 'Roman Republic', date: '-0508/-0026' }]);
  });

  it('keeps http(s) media with caption and credit, and drops other URLs', () => {
    expect(byId('first-punic-war')?.media).toEqual({
      url: 'https://example.org/punic-war-map.png',
      caption: 'Sicily in 264 BCE',
      credit: 'Example credit',
    });
    expect(byId('caesar-is-assassinated')?.media).toBeUndefined();
  });

  it('uses unique_id or the headline for ids, made unique', () => {
    const { events } = imported({
      events: [
        { ...slide({ year: 1 }), unique_id: 'Start Here' },
        { start_date: { year: 2 }, text: { headline: 'Same' } },
        { start_date: { year: 3 }, text: { headline: 'Same' } },
        { start_date: { year: 4 }, text: { text: '<p>Only text here</p>' } },
        { start_date: { year: 5 } },
      ],
    });
    expect(events.map((e) => e.id)).toEqual([
      'start-here',
      'same',
      'same-2',
      'only-text-here',
      'untitled-event-5',
    ]);
    expect(events.map((e) => e.title).slice(3)).toEqual(['Only text here', 'Untitled event 5']);
  });

  it('marks events as sourceless imports, dated by the file, citing nothing', () => {
    const event = onlyEvent({ events: [slide({ year: 2000 })] });
    expect(event).toMatchObject({
      dateInArticle: null,
      dateSource: { kind: 'record' },
      citations: [],
    });
  });

  it('fits over-long text into the format instead of refusing it', () => {
    const event = onlyEvent({
      events: [
        {
          start_date: { year: 2000 },
          text: { headline: 'word '.repeat(60), text: 'x'.repeat(3000) },
        },
      ],
    });
    expect(event.title.length).toBeLessThanOrEqual(120);
    expect(event.title.endsWith('…')).toBe(true);
    expect(event.summary.length).toBe(2000);
  });

  it('produces a dataset that compiles without a source', () => {
    expect(compileTimeline(data, null).ok).toBe(true);
  });
});
