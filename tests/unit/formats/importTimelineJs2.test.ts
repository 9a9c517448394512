import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTimelineJs } from '../../../src/formats/detectFormat.ts';
import { importTimeline } from '../../../src/formats/importTimeline.ts';
import { importTimelineJs2, isTimelineJs2 } from '../../../src/formats/importTimelineJs2.ts';
import type { Problem } from '../../../src/model/problem.ts';
import type { DatasetFile } from '../../../src/model/schema.ts';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../e2e/fixtures/timelinejs2-sample.json',
);
const sample = (): unknown => JSON.parse(readFileSync(FIXTURE, 'utf8'));

function imported(input: unknown): DatasetFile {
  const result = importTimelineJs2(input);
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

function problems(input: unknown): Problem[] {
  const result = importTimelineJs2(input);
  if (result.ok) throw new Error('expected the import to fail');
  return result.problems;
}

/** A TimelineJS2 timeline of the given slides. */
const timelineOf = (...date: unknown[]) => ({ timeline: { headline: 'T', date } });

describe('recognising TimelineJS2', () => {
  it('tells it from TimelineJS3 and from our format', () => {
    expect(isTimelineJs2(sample())).toBe(true);
    expect(isTimelineJs(sample())).toBe(true);
    expect(isTimelineJs2({ events: [{ start_date: { year: 1 } }] })).toBe(false);
    expect(isTimelineJs2({ title: 'x', events: [{ date: '2000' }] })).toBe(false);
    expect(isTimelineJs({ timeline: { date: 'not a list' } })).toBe(false);
    expect(isTimelineJs2(null)).toBe(false);
  });
});

describe('importTimelineJs2', () => {
  it('converts title, events, tags, assets and eras, as text', () => {
    const dataset = imported(sample());
    expect(dataset.title).toBe('The Rome Statute, in TimelineJS2');
    expect(dataset.description).toBe(
      'A small TimelineJS2 test timeline: the format before version 3.',
    );
    expect(dataset.events.map((e) => [e.title, e.date, e.actors[0]])).toEqual([
      ['Rome Statute adopted', '1998-07-17', 'Treaty'],
      ['The statute enters into force', '2002-07-01', 'Court'], // the end repeats the start
      ['Warrant for Putin', '2023-03-17T10:30:00Z', 'Court'],
      // TimelineJS years are historical: 44 BCE is astronomical -0043.
      ['The Ides of March', '-0043-03-15', 'Events'],
    ]);
    expect(dataset.events[1]?.media).toEqual({
      url: 'https://www.icc-cpi.int/',
      caption: "The court's site",
      credit: 'ICC',
    });
    expect(dataset.events[0]?.dateSource).toEqual({
      kind: 'record',
      record: 'Imported from a TimelineJS2 timeline, dated as its author gave it',
    });
    expect(dataset.eras).toEqual([{ label: 'Ratifications', date: '1998/2002' }]);
  });

  it('compiles into a timeline through importTimeline, which tells the version by shape', () => {
    const result = importTimeline({ format: 'timelinejs', json: sample() }, 'sample');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.timeline.events).toHaveLength(4);
    expect(result.value.timeline.lanes).toEqual(['Events', 'Treaty', 'Court']); // in order of first event
  });

  it('locates a date it cannot read, in TimelineJS2 terms, and every other problem too', () => {
    const found = problems(
      timelineOf(
        { startDate: '2011,12,10', headline: 'fine' },
        { startDate: '12/10/2011', headline: 'American' },
        { startDate: '2011,13,10', headline: 'no such month' },
        { headline: 'no date' },
        { startDate: '2011,12,10', endDate: '2010', headline: 'ends first' },
      ),
    );
    expect(found).toEqual([
      {
        where: 'timeline.date[1] › startDate',
        message:
          '"12/10/2011" is not a TimelineJS2 date: write it "year,month,day", e.g. "2011,12,10"',
      },
      { where: 'timeline.date[2] › startDate › month', message: expect.any(String) },
      { where: 'timeline.date[3] › startDate', message: expect.stringContaining('missing') },
      { where: 'timeline.date[4] › endDate', message: 'is before the start date' },
    ]);
  });

  it('says so when there is no date list, and when it is empty', () => {
    expect(problems({ timeline: {} })[0]?.where).toBe('timeline');
    expect(problems(timelineOf())).toEqual([{ where: 'timeline.date', message: 'has no events' }]);
  });

  it('keeps markup inert and drops unsafe links', () => {
    const dataset = imported(
      timelineOf({
        startDate: '2000',
        headline: '<img src=x onerror=alert(1)>Title',
        text: '<script>alert(1)</script>Body',
        asset: { media: 'javascript:alert(1)', caption: 'c' },
      }),
    );
    const [event] = dataset.events;
    expect(event?.title).toBe('Title');
    expect(event?.summary).toBe('Body');
    expect(event?.media).toBeUndefined();
  });
});
