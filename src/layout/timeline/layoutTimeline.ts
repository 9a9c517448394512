/**
 * The timeline's layout for one view: which events and clusters are drawn, in which lane and
 * row, with how much label. Pure: timeline, index, domain, width and a text measure in; plain
 * positions out. Level of detail: the view is cut into bins a few marks wide (timeBins.ts); a bin
 * holding more events than a lane has rows, or one whose events cannot be placed, becomes one
 * cluster. Every event that overlaps the view is accounted for exactly once: drawn, or counted
 * in a cluster (spans that began before the view count in the first bin). Work per view is
 * proportional to what is on screen (bins × log n), not to the dataset.
 */
import type { Timeline } from '../../model/timeline.ts';
import { GEOMETRY, laneHeight } from './geometry.ts';
import { layoutLane } from './layoutLane.ts';
import { timeBins } from './timeBins.ts';
import type { LaneIndex } from './timeIndex.ts';
import { timeScale } from '../axis/timeScale.ts';
import type { TimeDomain } from '../axis/timeScale.ts';
import type { MeasureText } from '../textWidth.ts';

/** A drawn event. */
export interface EventItem {
  kind: 'event';
  /** Index into `timeline.events`. */
  index: number;
  lane: number;
  row: number;
  markLeft: number;
  markRight: number;
  labelLeft: number;
  /** 0 when the label is dropped (the full title stays in the accessible name). */
  labelWidth: number;
}

/** A drawn cluster of events that do not fit individually at this zoom. */
export interface ClusterItem {
  kind: 'cluster';
  lane: number;
  row: number;
  markLeft: number;
  markRight: number;
  count: number;
  /**
   * The stretch of time the cluster covers: its bin, reaching back to the earliest start of the
   * spans it counts that began before the view.
   */
  start: number;
  end: number;
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
  /** Height of all lanes together. */
  height: number;
}

/**
 * Rows each lane uses in a layout (at least one): the row caps for later layouts. A lane that
 * needed a cluster gets every row, as zooming in will spread its events out.
 */
export function rowsNeeded(layout: TimelineLayout): number[] {
  const rows = layout.lanes.map(() => 1);
  for (const item of layout.items) {
    const used = item.kind === 'cluster' ? GEOMETRY.rowsPerLane : item.row + 1;
    rows[item.lane] = Math.max(rows[item.lane] ?? 1, used);
  }
  return rows;
}

/**
 * Lays out the events visible in `domain` across `width` pixels. `rows` caps each lane's rows
 * (default: GEOMETRY.rowsPerLane for every lane).
 */
export function layoutTimeline(
  timeline: Timeline,
  index: readonly LaneIndex[],
  domain: TimeDomain,
  width: number,
  measure: MeasureText,
  rows: readonly number[] = [],
): TimelineLayout {
  const scale = timeScale(domain, width);
  const bins = timeBins(domain, width);
  const items: LayoutItem[] = [];
  let top = 0;
  const lanes: LaneBand[] = index.map((laneIndex, lane) => {
    const laneRows = Math.max(
      1,
      Math.min(GEOMETRY.rowsPerLane, rows[lane] ?? GEOMETRY.rowsPerLane),
    );
    const context = { timeline, laneIndex, lane, rows: laneRows, scale, width, measure };
    items.push(...layoutLane(context, bins));
    const band = { name: laneIndex.lane, top, height: laneHeight(laneRows) };
    top += band.height;
    return band;
  });
  items.sort((a, b) => itemStart(timeline, a) - itemStart(timeline, b) || a.lane - b.lane);
  return { lanes, items, height: top };
}

function itemStart(timeline: Timeline, item: LayoutItem): number {
  return item.kind === 'cluster' ? item.start : (timeline.events[item.index]?.date.start ?? 0);
}
