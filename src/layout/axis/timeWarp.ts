/**
 * Where a timeline's events leave long empty stretches (a treaty in 129 BCE, one event in 1609,
 * then twelve between 1957 and 2023), a linear axis gives most events a sliver of the width. The
 * warp maps time to a unit position [0, 1] across the fitted view, piecewise linearly: ordinary
 * time at one rate, and each long empty stretch (a "break") squeezed into a small fixed share.
 * Pure: computed once per timeline, from its dates alone.
 */
import type { Timeline } from '../../model/timeline.ts';

/** An empty stretch of time drawn narrow. */
export interface TimeBreak {
  start: number;
  end: number;
}

/** A monotonic piecewise-linear map from time to units; outside the knots it extends linearly. */
export interface TimeWarp {
  /** Times, ascending: the fitted view's ends and each break's start and end. */
  knots: readonly number[];
  /** The unit position of each knot, ascending. */
  units: readonly number[];
  breaks: readonly TimeBreak[];
}

/** The fitted view and the warp it is drawn with. */
export interface FittedView {
  fit: { start: number; end: number };
  warp: TimeWarp;
}

/** No warp: time is linear. */
export const NO_WARP: TimeWarp = { knots: [], units: [], breaks: [] };

const DAY = 86_400_000;
/** Narrowest fitted view: a timeline of one day still shows a month around it. */
const MIN_SPAN = 30 * DAY;
/** An empty stretch longer than this share of the time still drawn at full rate is a break. */
const BREAK_SHARE = 0.3;
/** How much of the width one break takes. */
const BREAK_UNITS = 0.05;
/** At most this many breaks: beyond it, the axis would be more breaks than time. */
const MAX_BREAKS = 4;

/**
 * The view that shows every event and era, with a margin of `margin` of the shown time on each
 * side, and the breaks that keep long empty stretches from taking the width.
 */
export function fitView(timeline: Timeline, margin = 0.04): FittedView {
  const dates = [...timeline.events.map((e) => e.date), ...timeline.eras.map((e) => e.date)];
  const covered = coveredStretches(dates);
  const first = covered[0];
  const last = covered[covered.length - 1];
  if (!first || !last) return { fit: { start: 0, end: 365 * DAY }, warp: NO_WARP };
  const breaks = chooseBreaks(covered);
  const broken = breaks.reduce((sum, b) => sum + (b.end - b.start), 0);
  const shown = last.end - first.start - broken;
  if (breaks.length === 0) {
    const span = Math.max(shown, MIN_SPAN);
    const mid = (first.start + last.end) / 2;
    const half = (span * (1 + 2 * margin)) / 2;
    return { fit: { start: mid - half, end: mid + half }, warp: NO_WARP };
  }
  const pad = Math.max(shown, MIN_SPAN) * margin;
  const fit = { start: first.start - pad, end: last.end + pad };
  const knots = [fit.start, ...breaks.flatMap((b) => [b.start, b.end]), fit.end];
  // Ordinary time shares what the breaks leave, at one rate; each break gets BREAK_UNITS.
  const rate = (1 - breaks.length * BREAK_UNITS) / (shown + 2 * pad);
  const units = [0];
  for (let i = 1; i < knots.length; i++) {
    const t0 = knots[i - 1] ?? 0;
    const t1 = knots[i] ?? 0;
    const isBreak = i % 2 === 0 && i < knots.length - 1;
    units.push((units[i - 1] ?? 0) + (isBreak ? BREAK_UNITS : (t1 - t0) * rate));
  }
  return { fit, warp: { knots, units, breaks } };
}

/** The unit position of time `t`. */
export function warpUnit(warp: TimeWarp, t: number): number {
  return interpolate(warp.knots, warp.units, t);
}

/** The time at unit position `u`: the inverse of warpUnit. */
export function unwarp(warp: TimeWarp, u: number): number {
  return interpolate(warp.units, warp.knots, u);
}

function interpolate(from: readonly number[], to: readonly number[], x: number): number {
  const n = from.length;
  if (n < 2) return x;
  let i = 1;
  while (i < n - 1 && x > (from[i] ?? 0)) i++;
  const x0 = from[i - 1] ?? 0;
  const x1 = from[i] ?? 1;
  const y0 = to[i - 1] ?? 0;
  const y1 = to[i] ?? 1;
  return y0 + ((x - x0) / (x1 - x0 || 1)) * (y1 - y0);
}

/** The stretches of time some date covers, merged, in order. */
function coveredStretches(dates: readonly { start: number; end: number }[]): TimeBreak[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  const out: TimeBreak[] = [];
  for (const { start, end } of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/**
 * The gaps between covered stretches that become breaks: largest first, each while it is longer
 * than BREAK_SHARE of the time still drawn at full rate (so an evenly spread timeline has none).
 */
function chooseBreaks(covered: readonly TimeBreak[]): TimeBreak[] {
  const first = covered[0];
  const last = covered[covered.length - 1];
  if (!first || !last) return [];
  const gaps: TimeBreak[] = [];
  for (let i = 1; i < covered.length; i++) {
    const a = covered[i - 1];
    const b = covered[i];
    if (a && b) gaps.push({ start: a.end, end: b.start });
  }
  gaps.sort((a, b) => b.end - b.start - (a.end - a.start));
  let shown = last.end - first.start;
  const breaks: TimeBreak[] = [];
  for (const gap of gaps) {
    const length = gap.end - gap.start;
    if (breaks.length >= MAX_BREAKS || length <= BREAK_SHARE * shown) break;
    // Keep a little ordinary time either side of the break, so its edges are not on a mark.
    const keep = Math.min(length * 0.02, (shown - length) * 0.02);
    breaks.push({ start: gap.start + keep, end: gap.end - keep });
    shown -= length - 2 * keep;
  }
  return breaks.sort((a, b) => a.start - b.start);
}
