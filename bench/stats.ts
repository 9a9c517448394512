/** Small statistics for the benchmark: quantiles, frame summaries, median with range. */

/** The q-quantile (0–1) of the values, by linear interpolation; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)] ?? Number.NaN;
  const above = sorted[Math.ceil(at)] ?? below;
  return below + (above - below) * (at - Math.floor(at));
}

/** The 60 Hz frame budget. */
export const FRAME_MS = 1000 / 60;
/**
 * A frame counts as long when it took more than the budget by a clear margin: requestAnimationFrame
 * timestamps follow vsync with a fraction of a millisecond of jitter, so "over 16.7 ms" alone would
 * count punctual frames. A dropped frame shows up as about 33 ms.
 */
export const LONG_FRAME_MS = FRAME_MS + 2;

/** Frame intervals of one interaction. */
export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Intervals over LONG_FRAME_MS: frames that missed their vsync. */
  longFrames: number;
}

/** Summarises requestAnimationFrame timestamps (ms, ascending). */
export function frameStats(timestamps: readonly number[]): FrameStats {
  const intervals = timestamps.slice(1).map((t, i) => t - (timestamps[i] ?? t));
  return {
    frames: intervals.length,
    medianMs: quantile(intervals, 0.5),
    p95Ms: quantile(intervals, 0.95),
    maxMs: intervals.length ? Math.max(...intervals) : Number.NaN,
    longFrames: intervals.filter((ms) => ms > LONG_FRAME_MS).length,
  };
}

/** A median over repeated runs, with the smallest and largest run. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median and range of the values. */
export function spread(values: readonly number[]): Spread {
  return {
    median: quantile(values, 0.5),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}
