/**
 * The vertical reading layout, for phones and narrow embeds: time runs down the page, each event
 * a row with its whole title and, under it, its date and lane, wrapped to the width. Rows are spaced in
 * proportion to the time between them, up to MAX_GAP; a longer empty stretch is compressed to
 * that and marked as a break. Past LEGIBLE_MAX_EVENTS in view, each lane's events are counted
 * into clusters by time bin, as in the horizontal view. An era is a band behind its rows, headed
 * by its name: the row before its first event in view. Pure; the same items as layoutTimeline.
 */
import type { Era, Timeline, TimelineEvent } from '../../model/timeline.ts';
import type { TimeDomain } from '../axis/timeScale.ts';
import type { MeasureText } from '../textWidth.ts';
import { eraKey, fitName } from './eraBands.ts';
import { GEOMETRY } from './geometry.ts';
import { LEGIBLE_MAX_EVENTS } from './layoutTimeline.ts';
import type { ClusterItem, EventItem, LayoutItem } from './layoutTimeline.ts';
import { countRunning, countStarting, visibleRange } from './timeIndex.ts';
import type { LaneIndex } from './timeIndex.ts';
import { wrapAt } from './wrapLabel.ts';

/** An empty stretch of time drawn shorter than its share. */
export interface VerticalBreak {
  /** Pixels from the top of the layout to the break's middle. */
  y: number;
  from: number;
  to: number;
}

/** An era's band behind the rows of its events in view, its name on the first line. */
export interface VerticalEra {
  /** Stable while the view zooms: eraKey's. */
  key: string;
  /** The era's name, whole. */
  label: string;
  /** What is drawn: the name, shortened with "…" to the width if it must be. */
  name: string;
  /** Pixels from the top of the layout to the band's top (its name's line) and bottom. */
  top: number;
  bottom: number;
}

/** The vertical layout of one view. */
export interface VerticalLayout {
  items: LayoutItem[];
  /** The last line of each event row, under its title: its date and lane. */
  captions: Map<number, string>;
  breaks: VerticalBreak[];
  eras: VerticalEra[];
  height: number;
}

/** Where the time rail runs, and where the text starts, in pixels from the left. */
export const VERTICAL = { rail: 14, text: 30, rowGap: 6, maxGap: 48, minGap: 4 } as const;

/**
 * Lays the events of `domain` down the page, `width` pixels wide; `dateOf` writes each caption's
 * date (the reader's language, from the components above; the dataset's label by default).
 */
export function layoutVertical(
  timeline: Timeline,
  index: readonly LaneIndex[],
  domain: TimeDomain,
  width: number,
  measure: MeasureText,
  dateOf: (event: TimelineEvent) => string = (event) => event.dateLabel,
): VerticalLayout {
  const rows = verticalRows(timeline, index, domain);
  const textWidth = Math.max(GEOMETRY.minLabelWidth, width - VERTICAL.text - 4);
  const span = Math.max(1, domain.end - domain.start);
  // On average a gap of a line between rows; a gap at most MAX_GAP before it counts as a break.
  const pxPerMs = (Math.max(1, rows.length) * GEOMETRY.rowHeight) / span;
  const items: LayoutItem[] = [];
  const captions = new Map<number, string>();
  const breaks: VerticalBreak[] = [];
  const eras = new Map<Era, VerticalEra>();
  /** Lays `row` out at `top` (into `items` and `captions`); returns where the next may start. */
  const layRow = (row: Row, top: number): number => {
    const mark = {
      markLeft: VERTICAL.rail - GEOMETRY.pointSize / 2,
      markRight: VERTICAL.rail + GEOMETRY.pointSize / 2,
    };
    if (row.kind === 'cluster') {
      items.push({ ...row.item, top, row: 0, ...mark, markRight: VERTICAL.text + 72 });
      return top + GEOMETRY.rowHeight + VERTICAL.rowGap;
    }
    const event = timeline.events[row.index];
    if (!event) return top;
    const wrapped = wrapAt(event.title, textWidth, measure);
    captions.set(row.index, `${dateOf(event)} · ${event.lane}`);
    const lines = wrapped.lines.length;
    const item: EventItem = {
      kind: 'event',
      index: row.index,
      lane: row.lane,
      row: 0,
      rows: lines + 1,
      top,
      ...mark,
      labelLeft: VERTICAL.text,
      labelWidth: Math.min(
        textWidth,
        Math.max(wrapped.width, measure(captions.get(row.index) ?? '')),
      ),
      labelRow: 0,
      lines: wrapped.lines,
      shortened: false,
    };
    items.push(item);
    return top + (lines + 1) * GEOMETRY.rowHeight + VERTICAL.rowGap;
  };
  let cursor: number = VERTICAL.rowGap;
  // When the previous row's time ended (a span's end), so a gap is measured from there.
  let previous: number | null = null;
  for (const row of rows) {
    if (previous !== null) {
      const ideal = Math.max(0, row.time - previous) * pxPerMs;
      if (ideal > VERTICAL.maxGap)
        breaks.push({ y: cursor + VERTICAL.maxGap / 2, from: previous, to: row.time });
      cursor += Math.max(VERTICAL.minGap, Math.min(ideal, VERTICAL.maxGap));
    }
    previous = Math.max(previous ?? -Infinity, row.kind === 'event' ? row.end : row.time);
    // The eras this row is in: the first row of one in view is headed by its name.
    const within = timeline.eras.filter(
      (era) => era.date.start <= row.time && row.time < era.date.end,
    );
    for (const era of within) {
      if (eras.has(era)) continue;
      const name = fitName(era.label, textWidth, measure);
      eras.set(era, {
        key: eraKey(era),
        label: era.label,
        name,
        top: cursor,
        bottom: 0,
      });
      cursor += GEOMETRY.rowHeight;
    }
    cursor = layRow(row, cursor);
    for (const era of within) {
      const band = eras.get(era);
      if (band) band.bottom = cursor - VERTICAL.rowGap / 2;
    }
  }
  return { items, captions, breaks, eras: [...eras.values()], height: cursor };
}

type Row =
  | { kind: 'event'; time: number; end: number; index: number; lane: number }
  | { kind: 'cluster'; time: number; item: ClusterItem };

/** The view's rows in time order: every event, or past the limit, clusters by bin and lane. */
function verticalRows(timeline: Timeline, index: readonly LaneIndex[], domain: TimeDomain): Row[] {
  const inView = index.reduce(
    (sum, lane) =>
      sum + countRunning(lane, domain.start) + countStarting(lane, domain.start, domain.end),
    0,
  );
  const rows: Row[] = [];
  if (inView <= LEGIBLE_MAX_EVENTS) {
    index.forEach((laneIndex, lane) => {
      const [lo, hi] = visibleRange(laneIndex, domain.start, domain.end);
      for (let k = lo; k < hi; k++) {
        const i = laneIndex.eventIndex[k] ?? 0;
        const date = timeline.events[i]?.date;
        if (!date || date.end <= domain.start || date.start >= domain.end) continue;
        const time = Math.max(date.start, domain.start);
        rows.push({ kind: 'event', time, end: date.isPoint ? time : date.end, index: i, lane });
      }
    });
  } else {
    const bins = 24;
    const step = (domain.end - domain.start) / bins;
    index.forEach((laneIndex, lane) => {
      for (let b = 0; b < bins; b++) {
        const from = domain.start + b * step;
        const to = b === bins - 1 ? domain.end : from + step;
        const lo = countStarting(laneIndex, -Infinity, from);
        const count = countStarting(laneIndex, from, to);
        if (count === 0) continue;
        const hi = lo + count;
        const first = laneIndex.starts[lo] ?? from;
        const last = laneIndex.starts[hi - 1] ?? from;
        if (count === 1) {
          rows.push({
            kind: 'event',
            time: first,
            end: first,
            index: laneIndex.eventIndex[lo] ?? 0,
            lane,
          });
          continue;
        }
        const item: ClusterItem = {
          kind: 'cluster',
          lane,
          row: 0,
          top: 0,
          markLeft: 0,
          markRight: 0,
          count,
          start: first,
          end: last,
          first: laneIndex.eventIndex[lo] ?? 0,
          last: laneIndex.eventIndex[hi - 1] ?? 0,
          key: b,
          atOneInstant: first === last ? [lo, hi] : null,
        };
        rows.push({ kind: 'cluster', time: first, item });
      }
    });
  }
  return rows.sort((a, b) => a.time - b.time || laneOf(a) - laneOf(b));
}

function laneOf(row: Row): number {
  return row.kind === 'event' ? row.lane : row.item.lane;
}
