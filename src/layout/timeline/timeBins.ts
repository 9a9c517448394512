/**
 * The level-of-detail bins of a view: the visible time cut into stretches about one cluster wide.
 * Bin edges sit on a fixed grid of time (multiples of a cell length that changes only in steps of
 * a quarter octave), not of pixels, so while the view pans a bin keeps its events and its key and
 * simply moves: clusters slide with the content instead of recounting every frame.
 */
import { GEOMETRY } from './geometry.ts';
import type { TimeDomain } from '../axis/timeScale.ts';

/** One bin: a stretch of time [start, end) and the pixels [left, right) it covers. */
export interface Bin {
  start: number;
  end: number;
  left: number;
  right: number;
  /** Stable while the view pans: the grid cell of the bin's middle. */
  key: number;
}

/** A bin at the view's edge narrower than this joins its neighbour, so no cluster is a sliver. */
const MIN_EDGE_BIN = GEOMETRY.binWidth * 0.75;
/** Cell lengths step by 2^(1/4): bins are 32 to 38 px wide between steps. */
const STEPS_PER_OCTAVE = 4;

/** Cuts `domain`, drawn `width` pixels wide, into bins; the first starts at domain.start. */
export function timeBins(domain: TimeDomain, width: number): Bin[] {
  const span = domain.end - domain.start;
  const pxPerMs = width / span;
  const target = GEOMETRY.binWidth / pxPerMs;
  const cell = 2 ** (Math.ceil(Math.log2(target) * STEPS_PER_OCTAVE) / STEPS_PER_OCTAVE);
  if (!(span > 0) || !(width > 0) || !Number.isFinite(cell) || cell <= 0) {
    return [{ start: domain.start, end: domain.end, left: 0, right: width, key: 0 }];
  }
  const edges = [domain.start];
  const margin = MIN_EDGE_BIN / pxPerMs;
  for (let k = Math.floor(domain.start / cell) + 1; k * cell < domain.end; k++) {
    const t = k * cell;
    if (t - domain.start >= margin && domain.end - t >= margin) edges.push(t);
  }
  edges.push(domain.end);
  const bins: Bin[] = [];
  for (let i = 1; i < edges.length; i++) {
    const start = edges[i - 1] ?? domain.start;
    const end = edges[i] ?? domain.end;
    bins.push({
      start,
      end,
      left: (start - domain.start) * pxPerMs,
      right: (end - domain.start) * pxPerMs,
      key: Math.floor((start + end) / 2 / cell),
    });
  }
  return bins;
}
