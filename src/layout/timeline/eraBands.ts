/**
 * The eras as drawn behind a horizontal view: each one's band, cut to the view, and its name as
 * it fits in that band. A name wider than its band used to run on past it, into the next era's
 * band or off the timeline; now it is shortened with "…", or left out where too little of it
 * would show (a band of a few pixels at the edge of a zoomed view). The full name stays with the
 * band (`label`), for a tooltip.
 */
import type { Era } from '../../model/timeline.ts';
import type { TimeScale } from '../axis/timeScale.ts';
import type { MeasureText } from '../textWidth.ts';
import { LABEL_FONT_SIZE } from '../typography.ts';

/** The size eras' names are set in (timeline.css, `.timeline__era text`; the export scene). */
export const ERA_FONT_SIZE = 11;
/** The name's distance from its band's start, and the room kept before its end. */
export const ERA_INSET = 4;
/** Fewer characters than this, before the "…", say nothing: the name is left out. */
const FEWEST_SHOWN = 4;

/** One era's band in view. */
export interface EraBand {
  /** Stable while the view zooms and pans: the era's name and dates as written. */
  key: string;
  /** The era's name, whole. */
  label: string;
  /** What is drawn: the name, shortened to its band, or '' for nothing. */
  name: string;
  /** The era's dates, in words. */
  dateLabel: string;
  x0: number;
  x1: number;
}

/** An era's key, stable while the view zooms and pans: its name and dates as written. */
export function eraKey(era: Era): string {
  return `${era.label}-${era.date.edtf}`;
}

/**
 * Every era with some of its band inside 0…width, in the timeline's order; `measure` gives
 * widths at `measuredAt` px (the app's label measurer by default).
 */
export function eraBands(
  eras: readonly Era[],
  scale: TimeScale,
  width: number,
  measure: MeasureText,
  measuredAt = LABEL_FONT_SIZE,
): EraBand[] {
  return eras.flatMap((era) => {
    const x0 = Math.max(0, scale(era.date.start));
    const x1 = Math.min(width, scale(era.date.end));
    if (x1 <= x0) return [];
    const name = fitName(era.label, x1 - x0, measure, measuredAt);
    return [
      {
        key: eraKey(era),
        label: era.label,
        name,
        dateLabel: era.date.label,
        x0,
        x1,
      },
    ];
  });
}

/** `label` as it fits in a band `band` pixels wide: whole, shortened with "…", or ''. */
export function fitName(
  label: string,
  band: number,
  measure: MeasureText,
  measuredAt = LABEL_FONT_SIZE,
): string {
  const room = band - 2 * ERA_INSET;
  // A font's widths scale with its size.
  const fits = (text: string) => (measure(text) * ERA_FONT_SIZE) / measuredAt <= room;
  if (fits(label)) return label;
  // By code points, so a cut never splits a surrogate pair.
  const chars = Array.from(label);
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  // The longest start that fits with its "…": fitting only shrinks as the start grows.
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(cut(mid))) low = mid;
    else high = mid - 1;
  }
  return low >= FEWEST_SHOWN ? cut(low) : '';
}
