/**
 * The time scale: the fitted view of a timeline and the scale for any view. Where the events
 * leave long empty stretches, time is warped (timeWarp.ts): the scale is piecewise linear, with a
 * short stretch of axis for each break, so zooming and panning stay continuous across them.
 */
import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import type { Timeline } from '../../model/timeline.ts';
import { NO_WARP, fitView, warpUnit } from './timeWarp.ts';
import type { TimeWarp } from './timeWarp.ts';

/** A visible stretch of time, in milliseconds. */
export interface TimeDomain {
  start: number;
  end: number;
}

/**
 * The scale from time (milliseconds, UTC) to pixels. A linear (or, across breaks, polylinear)
 * scale over milliseconds rather than d3's scaleUtc: ticks come from d3-time (axisTicks.ts) and
 * labels from our own formatter, so scaleUtc's default locale formatting would be dead weight.
 */
export type TimeScale = ScaleLinear<number, number>;

/** A scale mapping the domain onto [0, width] pixels, bent at the warp's knots inside it. */
export function timeScale(domain: TimeDomain, width: number, warp: TimeWarp = NO_WARP): TimeScale {
  const w = Math.max(1, width);
  const inside = warp.knots.filter((t) => t > domain.start && t < domain.end);
  if (inside.length === 0) return scaleLinear().domain([domain.start, domain.end]).range([0, w]);
  const u0 = warpUnit(warp, domain.start);
  const u1 = warpUnit(warp, domain.end);
  const times = [domain.start, ...inside, domain.end];
  return scaleLinear()
    .domain(times)
    .range(times.map((t) => ((warpUnit(warp, t) - u0) / (u1 - u0)) * w));
}

/** The stretches of the view with no break inside, in time order: where ticks may be spaced. */
export function scaleSegments(scale: TimeScale): TimeDomain[] {
  const times = scale.domain();
  const segments: TimeDomain[] = [];
  for (let i = 1; i < times.length; i++) {
    segments.push({ start: times[i - 1] ?? 0, end: times[i] ?? 0 });
  }
  return segments;
}

/** The domain that shows every event and era, with a margin on each side (see fitView). */
export function fitDomain(timeline: Timeline, margin = 0.04): TimeDomain {
  return fitView(timeline, margin).fit;
}
