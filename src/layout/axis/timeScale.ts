/**
 * The time scale: the fitted domain of a timeline and the scale for a view.
 */
import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import type { Timeline } from '../../model/timeline.ts';

/** A visible stretch of time, in milliseconds. */
export interface TimeDomain {
  start: number;
  end: number;
}

const DAY = 86_400_000;
/** Narrowest fitted view: a timeline of one day still shows a month around it. */
const MIN_SPAN = 30 * DAY;

/** The domain that shows every event and era, with a margin on each side. */
export function fitDomain(timeline: Timeline, margin = 0.04): TimeDomain {
  const dates = [...timeline.events.map((e) => e.date), ...timeline.eras.map((e) => e.date)];
  let start = Infinity;
  let end = -Infinity;
  for (const date of dates) {
    if (date.start < start) start = date.start;
    if (date.end > end) end = date.end;
  }
  if (!Number.isFinite(start)) return { start: 0, end: 365 * DAY };
  const span = Math.max(end - start, MIN_SPAN);
  const mid = (start + end) / 2;
  const half = (span * (1 + 2 * margin)) / 2;
  return { start: mid - half, end: mid + half };
}

/**
 * The scale from time (milliseconds, UTC) to pixels. A linear scale over milliseconds rather
 * than d3's scaleUtc: ticks come from d3-time (axisTicks.ts) and labels from our own formatter,
 * so scaleUtc's default locale formatting (d3-time-format, ~4 KB gzipped) would be dead weight.
 */
export type TimeScale = ScaleLinear<number, number>;

/** A scale mapping the domain onto [0, width] pixels. */
export function timeScale(domain: TimeDomain, width: number): TimeScale {
  return scaleLinear()
    .domain([domain.start, domain.end])
    .range([0, Math.max(1, width)]);
}
