// The presentation's slide arithmetic and quote attribution, on synthetic events and on the real
// ICC dataset (whose live blog has bylines, one of them with a double space as printed).
import { describe, expect, it } from 'vitest';
import { compileDatasetDir } from '../../../build/datasets.ts';
import {
  DENSE_SLIDE_CHARS,
  attributedQuotes,
  bylineBefore,
  counterText,
  eventIdAtSlide,
  isDenseSlide,
  moveSlide,
  slideCount,
  slideIndexOf,
} from '../../../src/layout/present/slides.ts';
import { segmentsBySource } from '../../../src/layout/sourceSegments.ts';
import type { Timeline, TimelineEvent } from '../../../src/model/timeline.ts';
import { DATASET_DIR } from '../model/fixtures.ts';

const EVENTS = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

function realTimeline(): Timeline {
  const result = compileDatasetDir(DATASET_DIR);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

function eventOf(timeline: Timeline, id: string): TimelineEvent {
  const event = timeline.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

describe('slide numbering', () => {
  it('has a title slide before one slide per event', () => {
    expect(slideCount(EVENTS)).toBe(4);
    expect(slideCount([])).toBe(1);
  });

  it('maps the selection to a slide: nothing or an unknown id is the title slide', () => {
    expect(slideIndexOf(EVENTS, null)).toBe(0);
    expect(slideIndexOf(EVENTS, 'a')).toBe(1);
    expect(slideIndexOf(EVENTS, 'c')).toBe(3);
    expect(slideIndexOf(EVENTS, 'nope')).toBe(0);
  });

  it('maps a slide to its event, clamping out-of-range slides', () => {
    expect(eventIdAtSlide(EVENTS, 0)).toBeNull();
    expect(eventIdAtSlide(EVENTS, 2)).toBe('b');
    expect(eventIdAtSlide(EVENTS, 99)).toBe('c');
    expect(eventIdAtSlide(EVENTS, -5)).toBeNull();
    expect(eventIdAtSlide([], 3)).toBeNull();
  });

  it('round-trips every slide of the real dataset through its event id', () => {
    const { events } = realTimeline();
    for (let slide = 0; slide < slideCount(events); slide += 1) {
      expect(slideIndexOf(events, eventIdAtSlide(events, slide))).toBe(slide);
    }
  });

  it('moves without wrapping at either end', () => {
    const count = slideCount(EVENTS);
    expect(moveSlide(0, count, 'next')).toBe(1);
    expect(moveSlide(3, count, 'next')).toBe(3);
    expect(moveSlide(0, count, 'previous')).toBe(0);
    expect(moveSlide(2, count, 'previous')).toBe(1);
    expect(moveSlide(2, count, 'first')).toBe(0);
    expect(moveSlide(1, count, 'last')).toBe(3);
    expect(moveSlide(0, 1, 'last')).toBe(0);
  });

  it('counts the title slide in the counter, 1-based', () => {
    expect(counterText(0, 20)).toBe('1 / 20');
    expect(counterText(19, 20)).toBe('20 / 20');
  });
});

describe('bylines', () => {
  const timeline = realTimeline();
  const paragraphs = segmentsBySource(timeline);

  it('attributes a passage to the byline of its live-blog section, as printed', () => {
    const [quote] = attributedQuotes(
      eventOf(timeline, 'clinton-signs-rome-statute'),
      timeline.sources,
      paragraphs,
    );
    // The source prints "By guest  author Charly Savage" with two spaces; the misspelling stays.
    expect(quote?.byline).toBe('By guest author Charly Savage from the New York Times');
  });

  it('gives no byline to a passage above the first one (the headline)', () => {
    const quotes = attributedQuotes(
      eventOf(timeline, 'icc-warrant-putin'),
      timeline.sources,
      paragraphs,
    );
    const headline = quotes.find((q) => q.citation.exact.startsWith('BREAKING NEWS'));
    expect(headline).toBeDefined();
    expect(headline?.byline).toBeNull();
  });

  it('uses the nearest byline before the passage, not a later one', () => {
    const [quote] = attributedQuotes(
      eventOf(timeline, 'stefanchuk-welcomes-warrant'),
      timeline.sources,
      paragraphs,
    );
    expect(quote?.byline).toBe('By guest author Mark Santoros');
    const [lvova] = attributedQuotes(
      eventOf(timeline, 'lvova-belova-responds'),
      timeline.sources,
      paragraphs,
    );
    expect(lvova?.byline).toBe('By guest author Valerie Hopkins');
  });

  it('keeps one attribution per citation, in the citations’ order', () => {
    const event = eventOf(timeline, 'icc-warrant-putin');
    const quotes = attributedQuotes(event, timeline.sources, paragraphs);
    expect(quotes.map((q) => q.citation)).toEqual(event.citations);
  });

  it('returns null when the text has no bylines at all', () => {
    expect(bylineBefore([], 10)).toBeNull();
    expect(
      bylineBefore(
        [{ start: 0, isByline: false, runs: [{ start: 0, end: 3, text: 'abc', eventIds: [] }] }],
        2,
      ),
    ).toBeNull();
  });
});

describe('dense slides', () => {
  const timeline = realTimeline();

  it('sets a slide smaller only when its summary and quotes are long', () => {
    expect(isDenseSlide(eventOf(timeline, 'icc-warrant-putin'))).toBe(true);
    expect(isDenseSlide(eventOf(timeline, 'rome-statute-adopted'))).toBe(false);
    const event = eventOf(timeline, 'rome-statute-adopted');
    const long = { ...event, summary: 'x'.repeat(DENSE_SLIDE_CHARS + 1) };
    expect(isDenseSlide(long)).toBe(true);
  });
});
