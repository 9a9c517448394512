// Small synthetic timelines built directly in compiled form, for layout tests that need
// crowding, spans and many lanes without going through the validator.
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
  return { title: 'Synthetic', lanes, eras: [], events: sorted };
}

/** A seeded pseudo-random generator (mulberry32): tests never depend on Math.random. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export { DAY };
