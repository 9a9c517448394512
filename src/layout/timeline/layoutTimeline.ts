/**
 * The timeline's layout for one view: which events and clusters are drawn, in which lane and
 * slot, with which label lines. Pure: timeline, index, domain, width and a text measure in; plain
 * positions out. Two levels of detail:
 * - Legible (up to LEGIBLE_MAX_EVENTS in view): every event drawn, every title whole, wrapped
 *   and stacked as needed (placeLabels.ts); lanes grow as tall as that takes.
 * - Clustered (more, or when the legible stacks would be too tall): the view is cut into bins a
 *   few marks wide (timeBins.ts); a bin holding more events than a lane has rows, or one whose
 *   events cannot be placed, becomes one cluster (layoutLane.ts). Every event that overlaps the
 *   view is accounted for exactly once. Work per view is proportional to what is on screen.
 */
import type { Timeline } from '../../model/timeline.ts';
import { GEOMETRY, laneHeight } from './geometry.ts';
import { layoutLane } from './layoutLane.ts';
import { layoutLegibleLane } from './layoutLegibleLane.ts';
import { timeBins } from './timeBins.ts';
import { countRunning, countStarting } from './timeIndex.ts';
import type { LaneIndex } from './timeIndex.ts';
import { timeScale } from '../axis/timeScale.ts';
import type { TimeDomain } from '../axis/timeScale.ts';
import { NO_WARP, unwarp, warpUnit } from '../axis/timeWarp.ts';
import type { TimeWarp } from '../axis/timeWarp.ts';
import type { MeasureText } from '../textWidth.ts';

/** A drawn event. */
export interface EventItem {
  kind: 'event';
  /** Index into `timeline.events`. */
  index: number;
  lane: number;
  /** The slot of the mark within its lane. */
  row: number;
  /** Slots taken, from the mark's to the label's last line. */
  rows: number;
  /** Pixels from the top of the lanes to the mark's slot. */
  top: number;
  markLeft: number;
  markRight: number;
  labelLeft: number;
  /** 0 when the label is dropped (the full title stays in the accessible name). */
  labelWidth: number;
  /** The label's first line: in the mark's slot (0) or the one under it (1). */
  labelRow: number;
  /** The label as drawn, one string per line. */
  lines: string[];
  /** The label is not the whole title (only ever in the clustered level of detail). */
  shortened: boolean;
}

/** A drawn cluster of events that do not fit individually at this zoom. */
export interface ClusterItem {
  kind: 'cluster';
  lane: number;
  row: number;
  top: number;
  markLeft: number;
  markRight: number;
  count: number;
  /** The earliest start of the events it holds. */
  start: number;
  /** The latest start of the events it holds. */
  end: number;
  /** Indexes into `timeline.events` of its first and last event (by start). */
  first: number;
  last: number;
  /** Stable while the view pans (the bin's key), for React. */
  key: number;
  /**
   * Set when every event the cluster counts begins at one instant, so no zoom can part them:
   * the positions [from, to) of those events in the lane's time index. Such a cluster lists its
   * events instead of zooming.
   */
  atOneInstant: [from: number, to: number] | null;
}

/** Either kind of drawn item. */
export type LayoutItem = EventItem | ClusterItem;

/** One lane's vertical band. */
export interface LaneBand {
  name: string;
  top: number;
  height: number;
}

/** The layout of one view. */
export interface TimelineLayout {
  lanes: LaneBand[];
  /** Every drawn item, in time order. */
  items: LayoutItem[];
  /** Height of all lanes together, and of the eras' strip under them on a timeline with eras. */
  height: number;
  /** Which level of detail drew it. */
  detail: 'legible' | 'clustered';
}

/** What else a layout may be given. */
export interface LayoutOptions {
  warp?: TimeWarp;
  /** Index into `timeline.events` of the selected event, whose label is never shortened. */
  selected?: number | null;
  /** `clustered` skips the legible level (tests of the level-of-detail engine use it). */
  detail?: 'auto' | 'clustered';
}

/** Views with at most this many events in them are drawn legible. */
export const LEGIBLE_MAX_EVENTS = 50;
/** A lane's legible stack taller than this many slots is clustered instead. */
const LEGIBLE_MAX_SLOTS = 20;

/**
 * Slots each lane uses in a layout (at least one): the heights later layouts keep, so zooming
 * does not make the page jump. A clustered lane that needed a cluster gets every row.
 */
export function rowsNeeded(layout: TimelineLayout): number[] {
  const rows = layout.lanes.map(() => 1);
  for (const item of layout.items) {
    const used = item.kind === 'cluster' ? GEOMETRY.rowsPerLane : item.row + item.rows;
    rows[item.lane] = Math.max(rows[item.lane] ?? 1, used);
  }
  return rows;
}

/**
 * Lays out the events visible in `domain` across `width` pixels. `rows` gives each lane's
 * height in slots (from rowsNeeded of the fitted view): a legible lane is never shorter, and a
 * clustered one uses that many rows for its marks (default GEOMETRY.rowsPerLane).
 */
export function layoutTimeline(
  timeline: Timeline,
  index: readonly LaneIndex[],
  domain: TimeDomain,
  width: number,
  measure: MeasureText,
  rows: readonly number[] = [],
  options: LayoutOptions = {},
): TimelineLayout {
  const warp = options.warp ?? NO_WARP;
  const scale = timeScale(domain, width, warp);
  const inView = index.reduce(
    (sum, lane) =>
      sum + countRunning(lane, domain.start) + countStarting(lane, domain.start, domain.end),
    0,
  );
  if (inView <= LEGIBLE_MAX_EVENTS && options.detail !== 'clustered') {
    const priority = (i: number) => i === options.selected || timeline.events[i]?.key === true;
    const context = { timeline, domain, scale, width, measure: memoise(measure), priority };
    const lanes = index.map((laneIndex, lane) =>
      layoutLegibleLane({ ...context, laneIndex, lane }, LEGIBLE_MAX_SLOTS),
    );
    if (lanes.every((lane) => lane !== null)) {
      return assemble(timeline, lanes, index, 'legible', (lane, used) =>
        Math.max(used, rows[lane] ?? 1),
      );
    }
  }
  const bins = warpedBins(domain, width, warp);
  const capped = (lane: number) =>
    Math.max(1, Math.min(GEOMETRY.rowsPerLane, rows[lane] ?? GEOMETRY.rowsPerLane));
  const lanes = index.map((laneIndex, lane) =>
    layoutLane({ timeline, laneIndex, lane, rows: capped(lane), scale, width, measure }, bins),
  );
  return assemble(timeline, lanes, index, 'clustered', (lane) => capped(lane));
}

/** Stacks the lanes, gives each item its top, and sorts the items into time order. */
function assemble(
  timeline: Timeline,
  perLane: LayoutItem[][],
  index: readonly LaneIndex[],
  detail: TimelineLayout['detail'],
  laneRows: (lane: number, used: number) => number,
): TimelineLayout {
  let top = 0;
  const items: LayoutItem[] = [];
  const lanes = index.map((laneIndex, lane) => {
    const laneItems = perLane[lane] ?? [];
    const used = Math.max(1, ...laneItems.map((item) => item.row + rowsOf(item)));
    const band = { name: laneIndex.lane, top, height: laneHeight(laneRows(lane, used)) };
    for (const item of laneItems) {
      items.push({ ...item, top: top + GEOMETRY.laneHeader + item.row * GEOMETRY.rowHeight });
    }
    top += band.height;
    return band;
  });
  items.sort((a, b) => itemStart(timeline, a) - itemStart(timeline, b) || a.lane - b.lane);
  // Kept whatever eras are in view, so that the height does not change as the reader zooms.
  const eraStrip = timeline.eras.length > 0 ? GEOMETRY.eraStrip : 0;
  return { lanes, items, height: top + eraStrip, detail };
}

/** Wrapping measures the same words and lines many times over: once each is enough. */
function memoise(measure: MeasureText): MeasureText {
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) cache.set(text, (width = measure(text)));
    return width;
  };
}

function rowsOf(item: LayoutItem): number {
  return item.kind === 'event' ? item.rows : 1;
}

/** Bins cut evenly in drawn width: across a break, in warped units rather than in time. */
function warpedBins(domain: TimeDomain, width: number, warp: TimeWarp) {
  if (!warp.knots.some((t) => t > domain.start && t < domain.end)) {
    return timeBins(domain, width);
  }
  // Units are scaled up so the bins' grid arithmetic works in numbers of a familiar size.
  const SCALE = 1e12;
  const u = {
    start: warpUnit(warp, domain.start) * SCALE,
    end: warpUnit(warp, domain.end) * SCALE,
  };
  return timeBins(u, width).map((bin) => ({
    ...bin,
    start: unwarp(warp, bin.start / SCALE),
    end: unwarp(warp, bin.end / SCALE),
  }));
}

function itemStart(timeline: Timeline, item: LayoutItem): number {
  return item.kind === 'cluster' ? item.start : (timeline.events[item.index]?.date.start ?? 0);
}
