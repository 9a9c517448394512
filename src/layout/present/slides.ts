/**
 * The presentation's slides as plain numbers: slide 0 is the title slide, slide i (1 ≤ i ≤ n) is
 * the event at index i − 1 of the time-ordered events. The store keeps only the selected event
 * (null for the title slide), so the URL's `event` is all a reload needs to return to a slide.
 * Also: which live-blog byline a cited passage sits under, for attributing quotes.
 */
import type { ResolvedCitation, SourceDocument, TimelineEvent } from '../../model/timeline.ts';
import type { Paragraph } from '../sourceSegments.ts';

/** A move between slides, as the keys and buttons ask for it. */
export type SlideMove = 'next' | 'previous' | 'first' | 'last';

/** Number of slides: the title slide and one per event. */
export function slideCount(events: readonly { id: string }[]): number {
  return events.length + 1;
}

/** The slide showing `selectedId`: 0 (the title slide) when nothing or an unknown id is selected. */
export function slideIndexOf(events: readonly { id: string }[], selectedId: string | null): number {
  if (selectedId === null) return 0;
  return events.findIndex((event) => event.id === selectedId) + 1;
}

/** The event id a slide shows (null for the title slide); out-of-range indices are clamped. */
export function eventIdAtSlide(events: readonly { id: string }[], index: number): string | null {
  const clamped = clampSlide(index, slideCount(events));
  return clamped === 0 ? null : (events[clamped - 1]?.id ?? null);
}

/** The slide a move leads to. The ends do not wrap: a clicker pressed once too often stays put. */
export function moveSlide(index: number, count: number, move: SlideMove): number {
  switch (move) {
    case 'next':
      return clampSlide(index + 1, count);
    case 'previous':
      return clampSlide(index - 1, count);
    case 'first':
      return 0;
    case 'last':
      return Math.max(0, count - 1);
  }
}

function clampSlide(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, Math.trunc(index)));
}

/**
 * The counter's text: 1-based, counting the title slide, so it agrees with Home and End; its
 * numbers in `locale`'s digits (English's by default).
 */
export function counterText(index: number, count: number, locale = 'en'): string {
  const number = new Intl.NumberFormat(locale, { useGrouping: false });
  return `${number.format(index + 1)} / ${number.format(count)}`;
}

/**
 * The byline of the live-blog section holding `offset`: the nearest byline paragraph that starts
 * before it, as printed (white space collapsed, final full stop dropped), or null when the
 * passage comes before every byline. Paragraphs are in text order, as sourceSegments gives them.
 */
export function bylineBefore(paragraphs: readonly Paragraph[], offset: number): string | null {
  let found: Paragraph | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.start > offset) break;
    if (paragraph.isByline) found = paragraph;
  }
  if (!found) return null;
  const text = found.runs
    .map((run) => run.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text.replace(/\.$/, '');
}

/** A cited passage with the source it is in and the byline it sits under. */
export interface AttributedQuote {
  citation: ResolvedCitation;
  source: SourceDocument;
  byline: string | null;
}

/**
 * The event's cited passages, each with its source and byline; `paragraphs` holds every source's
 * paragraphs by id (segmentsBySource).
 */
export function attributedQuotes(
  event: TimelineEvent,
  sources: readonly SourceDocument[],
  paragraphs: ReadonlyMap<string, readonly Paragraph[]>,
): AttributedQuote[] {
  return event.citations.flatMap((citation) => {
    const source = sources.find((s) => s.id === citation.source);
    if (!source) return [];
    const byline = bylineBefore(paragraphs.get(source.id) ?? [], citation.start);
    return [{ citation, source, byline }];
  });
}

/** Characters of text beyond which a slide sets its summary and quotes smaller. */
export const DENSE_SLIDE_CHARS = 600;

/** Whether a slide carries so much text that it should be set smaller to fit the screen. */
export function isDenseSlide(event: TimelineEvent): boolean {
  const quoted = event.citations.reduce((sum, citation) => sum + citation.exact.length, 0);
  return event.summary.length + quoted > DENSE_SLIDE_CHARS;
}
