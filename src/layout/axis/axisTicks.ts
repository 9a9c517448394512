/**
 * Axis ticks that adapt to the zoom (decades, years, months, days, hours) and never collide:
 * the tick count is lowered until every label has room.
 */
import { utcTicks } from 'd3-time';
import { formatYear, monthName } from '../../model/dates/formatDate.ts';
import { historicalYearTicks } from './historicalYearTicks.ts';
import { estimateTextWidth } from '../textWidth.ts';
import type { MeasureText } from '../textWidth.ts';
import type { TimeScale } from './timeScale.ts';

/** One labelled tick. */
export interface AxisTick {
  value: Date;
  /** Pixel position along the axis. */
  x: number;
  label: string;
}

const DAY = 86_400_000;
const GAP = 12;

/** Ticks for the scale, with labels that fit side by side within [0, width]. */
export function axisTicks(
  scale: TimeScale,
  measure: MeasureText = (t) => estimateTextWidth(t, 12),
): AxisTick[] {
  const [x0, x1] = scale.range() as [number, number];
  const width = x1 - x0;
  for (
    let count = Math.max(2, Math.floor(width / 70));
    count >= 1;
    count = Math.floor(count * 0.75)
  ) {
    const [start = 0, end = 0] = scale.domain();
    const values = historicalYearTicks(utcTicks(new Date(start), new Date(end), count));
    const step =
      values.length > 1 ? (values[1]?.getTime() ?? 0) - (values[0]?.getTime() ?? 0) : 365 * DAY;
    const ticks = values.map((value, i) => ({
      value,
      x: scale(value.getTime()),
      label: tickLabel(value, step, i === 0),
    }));
    const fitting = ticks.filter((t) => {
      const half = measure(t.label) / 2;
      return t.x - half >= x0 && t.x + half <= x1;
    });
    if (fitting.length <= 1 || noCollision(fitting, measure)) return fitting;
    if (count === 1) return fitting.slice(0, 1);
  }
  return [];
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

/** A label at the precision of the tick step; the year is repeated where it changes. */
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
