/**
 * One lane at the legible level of detail (layoutTimeline.ts): every event in the view drawn,
 * each with its whole title (placeLabels.ts).
 */
import type { Timeline } from '../../model/timeline.ts';
import type { TimeDomain, TimeScale } from '../axis/timeScale.ts';
import type { MeasureText } from '../textWidth.ts';
import { GEOMETRY } from './geometry.ts';
import type { EventItem } from './layoutTimeline.ts';
import { placeLabels } from './placeLabels.ts';
import { visibleRange } from './timeIndex.ts';
import type { LaneIndex } from './timeIndex.ts';

/** What laying out one legible lane needs. */
export interface LegibleLaneContext {
  timeline: Timeline;
  laneIndex: LaneIndex;
  lane: number;
  domain: TimeDomain;
  scale: TimeScale;
  width: number;
  measure: MeasureText;
  /** Whether the event at this index of `timeline.events` may never be shortened. */
  priority: (index: number) => boolean;
}

/** The lane's events with their labels, or null when it would take more than `maxSlots`. */
export function layoutLegibleLane(
  context: LegibleLaneContext,
  maxSlots: number,
): EventItem[] | null {
  const { timeline, lane, width, measure, priority } = context;
  const marks = visibleMarks(context);
  const placements = placeLabels(
    marks.map(({ index, markLeft, markRight }) => ({
      // Labels are placed beside the part of the mark that is in view.
      markLeft: Math.max(0, markLeft),
      markRight: Math.min(width, markRight),
      title: timeline.events[index]?.title ?? '',
      priority: priority(index),
    })),
    width,
    measure,
    maxSlots,
  );
  if (!placements) return null;
  return marks.map((mark, k) => {
    const p = placements[k];
    return {
      kind: 'event',
      index: mark.index,
      lane,
      row: p?.row ?? 0,
      rows: p?.rows ?? 1,
      top: 0,
      markLeft: mark.markLeft,
      markRight: mark.markRight,
      labelLeft: p?.labelLeft ?? mark.markRight,
      labelWidth: p?.labelWidth ?? 0,
      labelRow: p?.labelRow ?? 0,
      lines: p?.lines ?? [],
      shortened: p?.shortened ?? false,
    };
  });
}

/** The lane's events overlapping the view, in time order, with their marks in pixels. */
function visibleMarks({ timeline, laneIndex, domain, scale }: LegibleLaneContext) {
  const [lo, hi] = visibleRange(laneIndex, domain.start, domain.end);
  const marks: { index: number; markLeft: number; markRight: number }[] = [];
  for (let k = lo; k < hi; k++) {
    const index = laneIndex.eventIndex[k] ?? 0;
    const date = timeline.events[index]?.date;
    if (!date || date.end <= domain.start || date.start >= domain.end) continue;
    marks.push({ index, ...markExtent(scale, date) });
  }
  return marks;
}

/** A mark's pixels: a dot for a point, a bar (never thinner than minSpanWidth) for a span. */
export function markExtent(
  scale: TimeScale,
  date: { start: number; end: number; isPoint: boolean },
): { markLeft: number; markRight: number } {
  const { pointSize, minSpanWidth } = GEOMETRY;
  const x0 = scale(date.start);
  if (date.isPoint) return { markLeft: x0 - pointSize / 2, markRight: x0 + pointSize / 2 };
  return { markLeft: x0, markRight: Math.max(scale(date.end), x0 + minSpanWidth) };
}
