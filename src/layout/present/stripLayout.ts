/**
 * The presentation's timeline strip: every event as a small target placed by time along one
 * line, in a few stacked rows where they would touch. Events that find no room in any row are
 * left out (the keys still reach them), so the strip stays a few hundred buttons at most however
 * long the timeline; the current event is always drawn.
 */
import type { ParsedDate } from '../../model/timeline.ts';
import { timeScale } from '../axis/timeScale.ts';
import type { TimeDomain } from '../axis/timeScale.ts';

/** One drawn target: which event, where, and in which row. */
export interface StripItem {
  /** Index into the time-ordered events. */
  index: number;
  /** Left edge in pixels from the strip's start. */
  left: number;
  width: number;
  row: number;
  /** A span (drawn as a bar) rather than a point (drawn as a dot). */
  span: boolean;
}

/** Sizes of the strip, in pixels. */
export interface StripGeometry {
  /** Width (and height) of a point's target. */
  size: number;
  /** Clear space between two targets in a row. */
  gap: number;
  /** Rows available before events are left out. */
  rows: number;
}

/**
 * Default geometry: 24 px targets (WCAG 2.2 target size) in up to four rows, which is what the
 * ICC timeline's busiest months (three events on its last day) need on a 1024 px screen.
 */
export const STRIP_GEOMETRY: StripGeometry = { size: 24, gap: 4, rows: 4 };

/** Rows the items take: the strip is as tall as that, no taller. */
export function stripRows(items: readonly StripItem[]): number {
  return items.reduce((rows, item) => Math.max(rows, item.row + 1), 1);
}

/** Places `dates` (in time order) along `width` pixels showing `domain`. */
export function stripLayout(
  dates: readonly ParsedDate[],
  domain: TimeDomain,
  width: number,
  current: number,
  geometry: StripGeometry = STRIP_GEOMETRY,
): StripItem[] {
  const scale = timeScale(domain, width);
  const { size, gap, rows } = geometry;
  const rowEnds: number[] = Array.from({ length: rows }, () => -Infinity);
  const items: StripItem[] = [];
  dates.forEach((date, index) => {
    const x0 = scale(date.start);
    const span = !date.isPoint && scale(date.end) - x0 > size;
    const itemWidth = span ? Math.min(width, scale(date.end) - x0) : size;
    const left = clamp(span ? x0 : x0 - size / 2, 0, Math.max(0, width - itemWidth));
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row < 0) {
      if (index !== current) return;
      // No room: the current event is drawn over its neighbours in the least crowded row.
      row = rowEnds.indexOf(Math.min(...rowEnds));
    }
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, left + itemWidth);
    items.push({ index, left, width: itemWidth, row, span });
  });
  return items;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}
