/**
 * The source text cut into paragraphs and runs for display: each run is either plain text or
 * a passage cited by one or more events. Overlapping citations split into runs at every
 * boundary, so each character is drawn once and every run knows all the events citing it.
 */
import type { SourceDocument, Timeline } from '../model/timeline.ts';

/** A stretch of one paragraph. */
export interface Run {
  start: number;
  end: number;
  text: string;
  /** Ids of the events citing this run, in time order; empty for plain text. */
  eventIds: string[];
}

/** A paragraph of the source. */
export interface Paragraph {
  start: number;
  runs: Run[];
  /** A byline ("By …") rather than body text. */
  isByline: boolean;
}

/** Splits one of the timeline's sources into paragraphs (at blank lines) and cited/plain runs. */
export function sourceSegments(timeline: Timeline, source: SourceDocument): Paragraph[] {
  const { text } = source;
  const ranges = timeline.events.flatMap((event) =>
    event.citations
      .filter((c) => c.source === source.id)
      .map((c) => ({ start: c.start, end: c.end, id: event.id })),
  );
  const paragraphs: Paragraph[] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const to = m ? m.index : text.length;
    const body = text.slice(from, to);
    const lead = body.length - body.trimStart().length;
    const trail = body.length - body.trimEnd().length;
    if (body.trim()) paragraphs.push(paragraph(text, from + lead, to - trail, ranges));
    if (!m) break;
    from = m.index + m[0].length;
  }
  return paragraphs;
}

function paragraph(
  text: string,
  start: number,
  end: number,
  ranges: { start: number; end: number; id: string }[],
): Paragraph {
  const inside = ranges.filter((r) => r.start < end && r.end > start);
  const cuts = new Set<number>([start, end]);
  for (const r of inside) {
    cuts.add(Math.max(start, r.start));
    cuts.add(Math.min(end, r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] ?? start;
    const b = points[i] ?? end;
    const ids = [...new Set(inside.filter((r) => r.start <= a && r.end >= b).map((r) => r.id))];
    const previous = runs[runs.length - 1];
    if (previous && sameIds(previous.eventIds, ids)) {
      previous.end = b;
      previous.text = text.slice(previous.start, b);
    } else {
      runs.push({ start: a, end: b, text: text.slice(a, b), eventIds: ids });
    }
  }
  const body = text.slice(start, end);
  return { start, runs, isByline: /^By\s/.test(body) && body.length < 120 };
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Every source's paragraphs, by source id: for the quotes' bylines on slides and in the handout. */
export function segmentsBySource(timeline: Timeline): Map<string, Paragraph[]> {
  return new Map(timeline.sources.map((source) => [source.id, sourceSegments(timeline, source)]));
}
