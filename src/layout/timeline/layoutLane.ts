/**
 * One lane of the timeline's layout (layoutTimeline.ts): its bins' events placed in rows, or
 * counted as clusters where they do not fit.
 */
import type { Timeline } from '../../model/timeline.ts';
import { GEOMETRY } from './geometry.ts';
import type { ClusterItem, EventItem, LayoutItem } from './layoutTimeline.ts';
import { createLanePacker } from './placeLane.ts';
import type { Candidate, LanePacker, SavePoint } from './placeLane.ts';
import type { Bin } from './timeBins.ts';
import { markExtent } from './layoutLegibleLane.ts';
import {
  countRunning,
  countStarting,
  earliestRunningPosition,
  latestRunningPosition,
  runningAt,
} from './timeIndex.ts';
import type { LaneIndex } from './timeIndex.ts';
import type { TimeScale } from '../axis/timeScale.ts';
import type { MeasureText } from '../textWidth.ts';

/** What laying out one lane needs. */
export interface LaneContext {
  timeline: Timeline;
  laneIndex: LaneIndex;
  /** The lane's position in the timeline's lanes. */
  lane: number;
  rows: number;
  scale: TimeScale;
  width: number;
  measure: MeasureText;
}

/** One bin of one lane: how many events it accounts for, and whether they are one cluster. */
interface Group {
  bin: Bin;
  /** Events starting in the bin, plus (first bin only) the spans running into the view. */
  count: number;
  /** Of those, the spans that began before the view. */
  running: number;
  clustered: boolean;
  /** The events as candidates, built when first needed. */
  events: EventItem[] | null;
}

/**
 * Places the lane bin by bin. A bin with more events than rows is a cluster from the start; a
 * bin whose events do not fit becomes one; a cluster that does not fit (a span or label from an
 * earlier bin is in the way) clusters the nearest earlier bin still drawn one by one, and the
 * bins after that one get a fresh try, so a lone event blocked only by that bin is drawn after
 * all. Each step backs out only as far as the bin it changes, so a lane usually costs one pass.
 */
export function layoutLane(context: LaneContext, bins: readonly Bin[]): LayoutItem[] {
  const { laneIndex, rows, width } = context;
  const groups: Group[] = bins.map((bin, b) => {
    const running = b === 0 ? countRunning(laneIndex, bin.start) : 0;
    const count = running + countStarting(laneIndex, bin.start, bin.end);
    return { bin, count, running, clustered: count > rows, events: null };
  });
  const packer = createLanePacker(rows, width);
  const saves: SavePoint[] = [];
  // Fresh tries could, in theory, chase each other; past this many steps bins stay clustered,
  // and every further step clusters one more bin, so the loop ends within the bins' count.
  let freshTries = 4 * groups.length;
  for (let g = 0; g < groups.length;) {
    const group = groups[g];
    if (!group) break;
    const save = packer.save();
    saves[g] = save;
    if (placeGroup(context, group, packer)) {
      g++;
      continue;
    }
    packer.restore(save);
    if (!group.clustered) {
      group.clustered = true;
      continue;
    }
    let p = g - 1;
    while (p >= 0 && (groups[p]?.clustered || groups[p]?.count === 0)) p--;
    const earlier = groups[p];
    const point = saves[p];
    // Unreachable: clusters in consecutive bins always fit side by side in the first row.
    if (!earlier || !point) return groups.flatMap((each) => clusterOf(context, each, 0));
    earlier.clustered = true;
    if (freshTries-- > 0) {
      for (let later = p + 1; later <= g; later++) {
        const again = groups[later];
        if (again) again.clustered = again.count > rows;
      }
    }
    packer.restore(point);
    g = p;
  }
  return collect(context, groups, packer);
}

/** Places a group's cluster, or its events one by one; false if one of them found no row. */
function placeGroup(context: LaneContext, group: Group, packer: LanePacker): boolean {
  if (group.count === 0) return true;
  if (group.clustered) {
    const { markLeft, markRight } = clusterMark(group.bin);
    return packer.place({ markLeft, markRight, labelWidth: 0 });
  }
  group.events ??= eventsOf(context, group);
  const { timeline, measure } = context;
  for (const item of group.events) {
    const title = timeline.events[item.index]?.title ?? '';
    const candidate: Candidate = {
      markLeft: item.markLeft,
      markRight: item.markRight,
      labelWidth: measure(title),
    };
    if (!packer.place(candidate)) return false;
  }
  return true;
}

/** The placed items, in placement order (which is each group's, in time order). */
function collect(context: LaneContext, groups: readonly Group[], packer: LanePacker) {
  const placements = packer.placements();
  const items: LayoutItem[] = [];
  let next = 0;
  for (const group of groups) {
    if (group.count === 0) continue;
    if (group.clustered) {
      items.push(...clusterOf(context, group, placements[next++]?.row ?? 0));
      continue;
    }
    for (const item of group.events ?? []) {
      const p = placements[next++];
      if (!p) {
        items.push(item);
        continue;
      }
      const title = context.timeline.events[item.index]?.title ?? '';
      const whole = p.labelWidth >= context.measure(title);
      items.push({
        ...item,
        row: p.row,
        labelLeft: p.labelLeft,
        labelWidth: p.labelWidth,
        lines: p.labelWidth > 0 ? [title] : [],
        shortened: !whole,
      });
    }
  }
  return items;
}

function clusterMark(bin: Bin): { markLeft: number; markRight: number } {
  const half = GEOMETRY.gap / 2;
  return { markLeft: bin.left + half, markRight: bin.right - half };
}

function clusterOf(context: LaneContext, group: Group, row: number): ClusterItem[] {
  if (group.count === 0) return [];
  const { bin, count, running } = group;
  const { laneIndex } = context;
  // The cluster names the dates of the events it holds, never its bin's bounds: the first is
  // the earliest span running into the view, else the first to start in the bin; the last is
  // the last to start in it (or, if none starts there, the latest running span).
  const startingFrom = countStarting(laneIndex, -Infinity, bin.start);
  const starting = count - running;
  const firstAt = running > 0 ? earliestRunningPosition(laneIndex, bin.start) : startingFrom;
  const lastAt =
    starting > 0 ? startingFrom + starting - 1 : latestRunningPosition(laneIndex, bin.start);
  return [
    {
      kind: 'cluster',
      lane: context.lane,
      row,
      top: 0,
      ...clusterMark(bin),
      count,
      start: laneIndex.starts[firstAt] ?? bin.start,
      end: laneIndex.starts[lastAt] ?? bin.end,
      first: laneIndex.eventIndex[firstAt] ?? 0,
      last: laneIndex.eventIndex[lastAt] ?? 0,
      key: bin.key,
      atOneInstant: oneInstant(laneIndex, group),
    },
  ];
}

/**
 * The index positions of a group's events when they all begin at the same instant (starts are
 * sorted, so comparing the first and the last is enough); null when zooming can part them. Spans
 * running into the view began earlier than the bin, so a group with any is never at one instant.
 */
function oneInstant(laneIndex: LaneIndex, group: Group): [number, number] | null {
  if (group.running > 0 || group.count < 2) return null;
  const from = countStarting(laneIndex, -Infinity, group.bin.start);
  const to = from + group.count;
  return laneIndex.starts[from] === laneIndex.starts[to - 1] ? [from, to] : null;
}

/** A group's events as unplaced items: the spans running into the view, then those starting. */
function eventsOf(context: LaneContext, group: Group): EventItem[] {
  const { laneIndex, timeline, scale, lane } = context;
  const { bin } = group;
  const positions = group.running > 0 ? runningAt(laneIndex, bin.start) : [];
  const first = countStarting(laneIndex, -Infinity, bin.start);
  const starting = group.count - group.running;
  for (let k = first; k < first + starting; k++) positions.push(k);
  const items: EventItem[] = [];
  for (const k of positions) {
    const index = laneIndex.eventIndex[k] ?? 0;
    const event = timeline.events[index];
    if (!event) continue;
    const { markLeft, markRight } = markExtent(scale, event.date);
    items.push({
      kind: 'event',
      index,
      lane,
      row: 0,
      rows: 1,
      top: 0,
      markLeft,
      markRight,
      labelLeft: markRight,
      labelWidth: 0,
      labelRow: 0,
      lines: [],
      shortened: true,
    });
  }
  return items;
}
