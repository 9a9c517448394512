/**
 * Axis ticks that adapt to the zoom (decades, years, months, days, hours) and never collide:
 * the tick count is lowered until every label has room.
 */
import { utcTicks } from 'd3-time';
import { formatYear, monthName } from '../../model/dates/formatDate.ts';
import { historicalYearTicks } from './historicalYearTicks.ts';
import { estimateTextWidth } from '../textWidth.ts';
import type { MeasureText } from '../textWidth.ts';
import { scaleSegments } from './timeScale.ts';
import type { TimeDomain, TimeScale } from './timeScale.ts';
import type { TimeBreak } from './timeWarp.ts';

/** A tick's label from its instant, the spacing of the ticks and whether it is the first. */
export type TickLabel = (value: Date, step: number, first: boolean) => string;

/** One labelled tick. */
export interface AxisTick {
  value: Date;
  /** Pixel position along the axis. */
  x: number;
  label: string;
}

const DAY = 86_400_000;
const GAP = 12;

/**
 * Ticks for the scale, with labels that fit side by side within [0, width]. Across breaks
 * (timeWarp.ts) each stretch between them gets ticks of its own, spaced for its own width, so
 * both sides of a break are labelled; a stretch too short for its ticks gets its middle one.
 */
export function axisTicks(
  scale: TimeScale,
  measure: MeasureText = (t) => estimateTextWidth(t, 12),
  breaks: readonly TimeBreak[] = [],
  label: TickLabel = tickLabel,
): AxisTick[] {
  const segments = scaleSegments(scale).filter(
    (s) => !breaks.some((b) => s.start >= b.start - 1 && s.end <= b.end + 1),
  );
  if (segments.length <= 1 && breaks.length === 0) {
    const [x0 = 0, x1 = 0] = scale.range();
    const [start = 0] = scale.domain();
    const end = scale.domain()[scale.domain().length - 1] ?? 0;
    return segmentTicks(scale, { start, end }, x0, x1, measure, label);
  }
  const ticks: AxisTick[] = [];
  for (const segment of segments) {
    const x0 = Math.max(0, scale(segment.start));
    const x1 = Math.min(scale.range()[scale.range().length - 1] ?? 0, scale(segment.end));
    if (x1 - x0 < 1) continue;
    const own = segmentTicks(scale, segment, x0, x1, measure, label);
    ticks.push(...(own.length > 0 ? own : middleTick(scale, segment, measure, label)));
  }
  // Neighbouring stretches' ticks may crowd each other at a break: keep the earlier.
  const kept: AxisTick[] = [];
  for (const tick of ticks) {
    const previous = kept[kept.length - 1];
    if (!previous || noCollision([previous, tick], measure)) kept.push(tick);
  }
  return kept;
}

/** Ticks over one unbroken stretch of the axis, drawn from x0 to x1: fewer until none collide. */
function segmentTicks(
  scale: TimeScale,
  { start, end }: TimeDomain,
  x0: number,
  x1: number,
  measure: MeasureText,
  label: TickLabel,
): AxisTick[] {
  const width = x1 - x0;
  for (
    let count = Math.max(2, Math.floor(width / 70));
    count >= 1;
    count = Math.floor(count * 0.75)
  ) {
    const values = historicalYearTicks(utcTicks(new Date(start), new Date(end), count));
    const step =
      values.length > 1 ? (values[1]?.getTime() ?? 0) - (values[0]?.getTime() ?? 0) : 365 * DAY;
    // The first tick drawn says the year (tickLabel's `first`): when the first value's label has
    // no room at the stretch's edge, the next one that fits carries it instead.
    const fitting: AxisTick[] = [];
    for (const value of values) {
      const x = scale(value.getTime());
      const text = label(value, step, fitting.length === 0);
      const half = measure(text) / 2;
      if (x - half >= x0 && x + half <= x1) fitting.push({ value, x, label: text });
    }
    if (fitting.length <= 1 || noCollision(fitting, measure)) return fitting;
    if (count === 1) return fitting.slice(0, 1);
  }
  return [];
}

/** The finest tick nearest the middle of a stretch too short for its own spacing. */
function middleTick(
  scale: TimeScale,
  segment: TimeDomain,
  measure: MeasureText,
  labelOf: TickLabel,
): AxisTick[] {
  const values = historicalYearTicks(utcTicks(new Date(segment.start), new Date(segment.end), 10));
  const mid = (segment.start + segment.end) / 2;
  const best = values.reduce<Date | null>(
    (a, v) => (!a || Math.abs(v.getTime() - mid) < Math.abs(a.getTime() - mid) ? v : a),
    null,
  );
  if (!best) return [];
  const step =
    values.length > 1 ? (values[1]?.getTime() ?? 0) - (values[0]?.getTime() ?? 0) : 365 * DAY;
  const label = labelOf(best, Math.max(step, 360 * DAY), true);
  const x = scale(best.getTime());
  const [r0 = 0, r1 = 0] = [scale.range()[0], scale.range()[scale.range().length - 1]];
  const half = measure(label) / 2;
  return x - half >= r0 && x + half <= r1 ? [{ value: best, x, label }] : [];
}

function noCollision(ticks: AxisTick[], measure: MeasureText): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1];
    const b = ticks[i];
    if (!a || !b) continue;
    if (b.x - a.x < (measure(a.label) + measure(b.label)) / 2 + GAP) return false;
  }
  return true;
}

/** A label at the precision of the tick step, in English; the year is repeated where it changes. */
export function tickLabel(value: Date, step: number, first: boolean): string {
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth();
  if (step >= 360 * DAY) return formatYear(year);
  const short = monthName(month).slice(0, 3);
  if (step >= 28 * DAY) return month === 0 || first ? `${short} ${formatYear(year)}` : short;
  const day = value.getUTCDate();
  if (step >= DAY)
    return (month === 0 && day === 1) || first
      ? `${day} ${short} ${formatYear(year)}`
      : `${day} ${short}`;
  const hh = String(value.getUTCHours()).padStart(2, '0');
  const mm = String(value.getUTCMinutes()).padStart(2, '0');
  return first || (value.getUTCHours() === 0 && value.getUTCMinutes() === 0)
    ? `${day} ${short}, ${hh}:${mm}`
    : `${hh}:${mm}`;
}
