/**
 * The timeline's layout for one view: which events and clusters are drawn, in which lane and
 * row, with how much label. Pure: timeline, index, domain, width and a text measure in; plain
 * positions out. Level of detail: the view is cut into bins a few marks wide; a bin holding
 * more events than a lane has rows, or one whose events cannot be placed, becomes one cluster.
 * Work per view is proportional to what is on screen (bins × log n), not to the dataset.
 */
import type { Timeline } from '../model/timeline.ts';
import { GEOMETRY, laneHeight } from './geometry.ts';
import { placeLane } from './placeLane.ts';
import type { Candidate } from './placeLane.ts';
import { countStarting, visibleRange } from './timeIndex.ts';
import type { LaneIndex } from './timeIndex.ts';
import { timeScale } from './timeScale.ts';
import type { TimeDomain } from './timeScale.ts';
import type { MeasureText } from './textWidth.ts';

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
  /** The stretch of time the cluster covers (its bin). */
  start: number;
  end: number;
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

interface Bin {
  start: number;
  end: number;
  left: number;
  right: number;
}

/** Rows each lane uses in a layout (at least one): the row caps for later layouts. */
export function rowsNeeded(layout: TimelineLayout): number[] {
  const rows = layout.lanes.map(() => 1);
  for (const item of layout.items) rows[item.lane] = Math.max(rows[item.lane] ?? 1, item.row + 1);
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
  const binCount = Math.max(1, Math.ceil(width / GEOMETRY.binWidth));
  const bins: Bin[] = Array.from({ length: binCount }, (_, b) => {
    const left = (b * width) / binCount;
    const right = ((b + 1) * width) / binCount;
    return { left, right, start: scale.invert(left), end: scale.invert(right) };
  });
  const items: LayoutItem[] = [];
  let top = 0;
  const lanes: LaneBand[] = index.map((laneIndex, lane) => {
    const laneRows = Math.max(
      1,
      Math.min(GEOMETRY.rowsPerLane, rows[lane] ?? GEOMETRY.rowsPerLane),
    );
    items.push(...layoutLane(timeline, laneIndex, lane, laneRows, bins, scale, width, measure));
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

type Scale = ReturnType<typeof timeScale>;

function layoutLane(
  timeline: Timeline,
  laneIndex: LaneIndex,
  lane: number,
  rows: number,
  bins: readonly Bin[],
  scale: Scale,
  width: number,
  measure: MeasureText,
): LayoutItem[] {
  const forced = new Set<number>();
  // Each failed attempt clusters at least one more bin, so this ends within bins.length tries.
  for (let attempt = 0; attempt <= bins.length + 1; attempt++) {
    const built = buildCandidates(timeline, laneIndex, lane, rows, bins, scale, forced, measure);
    const placed = placeLane(built.candidates, rows, width);
    if (placed.ok) {
      return built.items.map((item, i) => {
        const p = placed.placements[i];
        if (!p) return item;
        return item.kind === 'event'
          ? { ...item, row: p.row, labelLeft: p.labelLeft, labelWidth: p.labelWidth }
          : { ...item, row: p.row };
      });
    }
    const failed = built.binOf[placed.failedAt] ?? -1;
    const toForce = forced.has(failed) || failed < 0 ? failed - 1 : failed;
    if (toForce < 0 || forced.has(toForce)) break;
    forced.add(toForce);
  }
  return clustersOnly(laneIndex, lane, bins);
}

/** Candidates for one attempt: events of sparse bins, and a cluster for each crowded bin. */
function buildCandidates(
  timeline: Timeline,
  laneIndex: LaneIndex,
  lane: number,
  rows: number,
  bins: readonly Bin[],
  scale: Scale,
  forced: ReadonlySet<number>,
  measure: MeasureText,
) {
  const items: LayoutItem[] = [];
  const candidates: Candidate[] = [];
  const binOf: number[] = [];
  const first = bins[0];
  const lastBin = bins[bins.length - 1];
  if (!first || !lastBin) return { items, candidates, binOf };
  // Spans that began before the view but reach into it are drawn individually.
  const [lo] = visibleRange(laneIndex, first.start, lastBin.end);
  for (let k = lo; k < laneIndex.starts.length && (laneIndex.starts[k] ?? 0) < first.start; k++) {
    if ((laneIndex.ends[k] ?? 0) > first.start) {
      pushEvent(
        timeline,
        laneIndex.eventIndex[k] ?? 0,
        lane,
        -1,
        scale,
        measure,
        items,
        candidates,
        binOf,
      );
    }
  }
  bins.forEach((bin, b) => {
    const count = countStarting(laneIndex, bin.start, bin.end);
    if (count === 0) return;
    if (count > rows || forced.has(b)) {
      const half = GEOMETRY.gap / 2;
      items.push({
        kind: 'cluster',
        lane,
        row: 0,
        markLeft: bin.left + half,
        markRight: bin.right - half,
        count,
        start: bin.start,
        end: bin.end,
      });
      candidates.push({ markLeft: bin.left + half, markRight: bin.right - half, labelWidth: 0 });
      binOf.push(b);
      return;
    }
    const [from] = visibleRange({ ...laneIndex, maxDuration: 0 }, bin.start, bin.end);
    for (let k = from; k < from + count; k++) {
      pushEvent(
        timeline,
        laneIndex.eventIndex[k] ?? 0,
        lane,
        b,
        scale,
        measure,
        items,
        candidates,
        binOf,
      );
    }
  });
  return { items, candidates, binOf };
}

function pushEvent(
  timeline: Timeline,
  index: number,
  lane: number,
  bin: number,
  scale: Scale,
  measure: MeasureText,
  items: LayoutItem[],
  candidates: Candidate[],
  binOf: number[],
): void {
  const event = timeline.events[index];
  if (!event) return;
  const { pointSize, minSpanWidth } = GEOMETRY;
  const x0 = scale(event.date.start);
  const x1 = scale(event.date.end);
  const markLeft = event.date.isPoint ? x0 - pointSize / 2 : x0;
  const markRight = event.date.isPoint ? x0 + pointSize / 2 : Math.max(x1, x0 + minSpanWidth);
  items.push({
    kind: 'event',
    index,
    lane,
    row: 0,
    markLeft,
    markRight,
    labelLeft: markRight,
    labelWidth: 0,
  });
  candidates.push({ markLeft, markRight, labelWidth: measure(event.title) });
  binOf.push(bin);
}

/** The last resort, which always fits: one cluster per non-empty bin, all in the first row. */
function clustersOnly(laneIndex: LaneIndex, lane: number, bins: readonly Bin[]): ClusterItem[] {
  const half = GEOMETRY.gap / 2;
  return bins.flatMap((bin) => {
    const count = countStarting(laneIndex, bin.start, bin.end);
    return count === 0
      ? []
      : [
          {
            kind: 'cluster' as const,
            lane,
            row: 0,
            markLeft: bin.left + half,
            markRight: bin.right - half,
            count,
            start: bin.start,
            end: bin.end,
          },
        ];
  });
}
