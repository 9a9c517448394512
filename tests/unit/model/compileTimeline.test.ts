import { describe, expect, it } from 'vitest';
import { normaliseQuote } from '../../../src/model/quotes/anchor.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { loadDataset } from '../../../src/model/loadDataset.ts';
import type { Problem } from '../../../src/model/problem.ts';
import type { Timeline } from '../../../src/model/timeline.ts';
import {
  DATASET_JSON,
  SOURCE_TEXT,
  TINY_SOURCE,
  eventAt,
  realDataset,
  tinyDataset,
} from './fixtures.ts';

function compiled(raw: unknown): Timeline {
  const result = compileTimeline(raw, SOURCE_TEXT);
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

function problemsOf(raw: unknown, sourceText: string | null = SOURCE_TEXT): Problem[] {
  const result = compileTimeline(raw, sourceText);
  if (result.ok) throw new Error('expected problems, but the dataset compiled');
  return result.problems;
}

describe('compileTimeline on the real dataset', () => {
  const timeline = compiled(JSON.parse(DATASET_JSON));

  it('compiles at least 19 events, sorted by start then end', () => {
    expect(timeline.events.length).toBeGreaterThanOrEqual(19);
    const spans = timeline.events.map(({ date }) => [date.start, date.end] as const);
    spans.slice(1).forEach(([start, end], i) => {
      const [previousStart, previousEnd] = spans[i] ?? [start, end];
      expect(previousStart < start || (previousStart === start && previousEnd <= end)).toBe(true);
    });
  });

  it('resolves every citation to source text equal to its quote, white space aside', () => {
    for (const event of timeline.events) {
      expect(event.citations.length, event.id).toBeGreaterThanOrEqual(1);
      for (const citation of event.citations) {
        const cited = SOURCE_TEXT.slice(citation.start, citation.end);
        expect(normaliseQuote(cited)).toBe(normaliseQuote(citation.exact));
      }
    }
  });
});

describe('compileTimeline on a dataset written out of order', () => {
  it('sorts events by time, whatever their order in the file', () => {
    const result = compileTimeline(tinyDataset(), TINY_SOURCE);
    expect(result.ok && result.value.events.map((event) => event.id)).toEqual([
      'alpha-begins',
      'beta-ends',
    ]);
  });
});

describe('compileTimeline problems', () => {
  it('locates wrong types by event id and field, citation indexes in brackets', () => {
    const data = realDataset();
    Object.assign(eventAt(data, 0), { date: 2023 });
    Object.assign(eventAt(data, 2).citations[0] ?? {}, { exact: 5 });
    expect(problemsOf(data)).toEqual([
      {
        where: 'events[0] "un-ad-hoc-tribunals" › date',
        message: 'should be text, not a number',
      },
      {
        where: 'events[2] "congress-limits-support-1999" › citations[0].exact',
        message: 'should be text, not a number',
      },
    ]);
  });

  it('reports a duplicate id on the later event', () => {
    const data = realDataset();
    eventAt(data, 1).id = eventAt(data, 0).id;
    expect(problemsOf(data)).toEqual([
      {
        where: 'events[1] "un-ad-hoc-tribunals" › id',
        message: 'duplicates the id of an earlier event',
      },
    ]);
  });

  it('reports an impossible date with what the parser would have made of it', () => {
    const data = realDataset();
    eventAt(data, 0).date = '2023-02-29';
    expect(problemsOf(data)).toEqual([
      {
        where: 'events[0] "un-ad-hoc-tribunals" › date',
        message: '"2023-02-29" is not a real date (the parser would read it as 2023-03-01)',
      },
    ]);
  });

  it('reports a missing quote and an ambiguous one, each on its own citation', () => {
    const data = realDataset();
    eventAt(data, 3).citations = [{ exact: 'President Bill Clinton signd the Rome Statute' }];
    eventAt(data, 4).citations = [{ exact: 'In 2002, President' }, { exact: 'Congress' }];
    expect(problemsOf(data)).toEqual([
      {
        where: 'events[3] "clinton-signs-rome-statute" › citations[0].exact',
        message:
          'the quote is not in the source text: "President Bill Clinton signd the Rome Statute"',
      },
      {
        where: 'events[4] "bush-withdraws-signature" › citations[1].exact',
        message: 'the quote occurs 3 times in the source; add a prefix or suffix to pick one',
      },
    ]);
  });

  it('reports an event that cites nothing', () => {
    const data = realDataset();
    eventAt(data, 0).citations = [];
    expect(problemsOf(data)).toEqual([
      {
        where: 'events[0] "un-ad-hoc-tribunals" › citations',
        message: 'cites no passage of the source',
      },
    ]);
  });

  it('reports an empty event list', () => {
    expect(problemsOf({ ...realDataset(), events: [] })).toEqual([
      { where: 'events', message: 'must hold at least one event' },
    ]);
  });

  it('reports a megabyte-long title as too long instead of crashing', () => {
    const data = realDataset();
    eventAt(data, 0).title = 'x'.repeat(1_000_000);
    expect(problemsOf(data)).toEqual([
      {
        where: 'events[0] "un-ad-hoc-tribunals" › title',
        message: 'must be at most 120 characters',
      },
    ]);
  });

  it('reports a source text that could not be read', () => {
    expect(problemsOf(realDataset(), null)).toEqual([
      {
        where: 'source.file',
        message: 'the source text "icc-putin-warrant-2023-03-17.txt" could not be read',
      },
    ]);
  });
});

describe('loadDataset', () => {
  it('turns invalid JSON into a single problem located at the file', () => {
    const result = loadDataset('{"title": ', SOURCE_TEXT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.where).toBe('file');
    expect(result.problems[0]?.message).toMatch(/^is not valid JSON \(/);
  });

  it('compiles the real dataset from its text', () => {
    expect(loadDataset(DATASET_JSON, SOURCE_TEXT).ok).toBe(true);
  });
});
