// Small synthetic timelines built directly in compiled form, for layout tests that need
// crowding, spans and many lanes without going through the validator.
import type { ClusterItem } from '../../src/layout/timeline/layoutTimeline.ts';
import type { ParsedDate, Timeline, TimelineEvent } from '../../src/model/timeline.ts';

const DAY = 86_400_000;

/** A compiled date: a day point or a span of `days`. */
export function date(start: number, days = 1, flags: Partial<ParsedDate> = {}): ParsedDate {
  return {
    edtf: 'synthetic',
    start,
    end: start + days * DAY,
    precision: 'day',
    isInterval: days > 1,
    approximate: false,
    uncertain: false,
    isPoint: days === 1,
    label: 'synthetic',
    ...flags,
  };
}

/** A compiled event in `lane`. */
export function event(id: string, lane: string, when: ParsedDate, title = id): TimelineEvent {
  return {
    id,
    title,
    summary: title,
    date: when,
    dateLabel: when.label,
    dateInArticle: null,
    dateSource: { kind: 'article' },
    actors: [lane],
    lane,
    citations: [],
  };
}

/** A compiled timeline of the events, sorted as compileTimeline sorts them. */
export function timelineOf(events: TimelineEvent[]): Timeline {
  const sorted = [...events].sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end);
  const lanes = [...new Set(sorted.map((e) => e.lane))];
  return { title: 'Synthetic', lanes, eras: [], events: sorted, sources: [] };
}

/** A drawn cluster of `count` events, the `first` to the `last` of the timeline's. */
export function clusterItem(
  count: number,
  first = 0,
  last = count - 1,
  range: { start: number; end: number } = { start: 0, end: 0 },
): ClusterItem {
  return {
    kind: 'cluster',
    lane: 0,
    row: 0,
    top: 0,
    markLeft: 0,
    markRight: 30,
    count,
    ...range,
    first,
    last,
    key: 0,
    atOneInstant: null,
  };
}

/** A seeded pseudo-random generator (the benchmark's): tests never depend on Math.random. */
export { seededRandom as seeded } from '../../bench/generate.ts';

export { DAY };
