/**
 * A per-lane index of events by start time, built once per timeline, so the visible window and
 * the per-bin counts are binary searches instead of scans (100,000 events stay cheap).
 */
import { bisectLeft, bisectRight } from 'd3-array';
import type { Timeline } from '../../model/timeline.ts';

/** One lane's events, sorted by start. */
export interface LaneIndex {
  lane: string;
  /** Start of each event, ascending. */
  starts: Float64Array;
  /** End of each event (exclusive), aligned with `starts`. */
  ends: Float64Array;
  /** The same ends sorted ascending, so the spans running at an instant can be counted. */
  sortedEnds: Float64Array;
  /** Index into `timeline.events` of each event, aligned with `starts`. */
  eventIndex: Int32Array;
  /** The longest duration in the lane: how far back a still-visible event can start. */
  maxDuration: number;
}

/** Builds one LaneIndex per lane, in lane order. Events are already sorted by start. */
export function buildTimeIndex(timeline: Timeline): LaneIndex[] {
  const laneOf = new Map(timeline.lanes.map((lane, i) => [lane, i]));
  const sizes = new Array<number>(timeline.lanes.length).fill(0);
  for (const event of timeline.events) {
    const lane = laneOf.get(event.lane);
    if (lane !== undefined) sizes[lane] = (sizes[lane] ?? 0) + 1;
  }
  const lanes = timeline.lanes.map((lane, i) => {
    const size = sizes[i] ?? 0;
    return {
      lane,
      starts: new Float64Array(size),
      ends: new Float64Array(size),
      sortedEnds: new Float64Array(size),
      eventIndex: new Int32Array(size),
      maxDuration: 0,
    };
  });
  const filled = new Array<number>(lanes.length).fill(0);
  timeline.events.forEach((event, i) => {
    const lane = laneOf.get(event.lane);
    const index = lane === undefined ? undefined : lanes[lane];
    if (lane === undefined || !index) return;
    const k = filled[lane] ?? 0;
    filled[lane] = k + 1;
    index.starts[k] = event.date.start;
    index.ends[k] = event.date.end;
    index.eventIndex[k] = i;
    index.maxDuration = Math.max(index.maxDuration, event.date.end - event.date.start);
  });
  for (const index of lanes) index.sortedEnds.set(index.ends.slice().sort());
  return lanes;
}

/** Positions [lo, hi) in the lane of events that may overlap [from, to): a superset, never less. */
export function visibleRange(index: LaneIndex, from: number, to: number): [number, number] {
  const lo = bisectLeft(index.starts, from - index.maxDuration);
  const hi = bisectLeft(index.starts, to);
  return [lo, hi];
}

/** How many of the lane's events start in [from, to). */
export function countStarting(index: LaneIndex, from: number, to: number): number {
  return bisectLeft(index.starts, to) - bisectLeft(index.starts, from);
}

/** How many of the lane's events began before `at` and are still running at it. */
export function countRunning(index: LaneIndex, at: number): number {
  // Every event that ended by `at` also began before it; the rest of those that began still run.
  return bisectLeft(index.starts, at) - bisectRight(index.sortedEnds, at);
}

/**
 * Positions of the events running at `at` (begun before it, not yet ended), in start order.
 * Scans back from `at` only until it has found all countRunning of them: call it when few.
 */
export function runningAt(index: LaneIndex, at: number): number[] {
  let wanted = countRunning(index, at);
  const found: number[] = [];
  const floor = bisectLeft(index.starts, at - index.maxDuration);
  for (let k = bisectLeft(index.starts, at) - 1; k >= floor && wanted > 0; k--) {
    if ((index.ends[k] ?? 0) > at) {
      found.push(k);
      wanted--;
    }
  }
  return found.reverse();
}

/** The position of the earliest-starting event running at `at`, or -1 when none runs. */
export function earliestRunningPosition(index: LaneIndex, at: number): number {
  if (countRunning(index, at) === 0) return -1;
  const end = bisectLeft(index.starts, at);
  for (let k = bisectLeft(index.starts, at - index.maxDuration); k < end; k++) {
    if ((index.ends[k] ?? 0) > at) return k;
  }
  return -1;
}

/** The position of the latest-starting event running at `at`, or -1 when none runs. */
export function latestRunningPosition(index: LaneIndex, at: number): number {
  if (countRunning(index, at) === 0) return -1;
  const floor = bisectLeft(index.starts, at - index.maxDuration);
  for (let k = bisectLeft(index.starts, at) - 1; k >= floor; k--) {
    if ((index.ends[k] ?? 0) > at) return k;
  }
  return -1;
}
