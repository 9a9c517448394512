/**
 * Row assignment within one lane: greedy interval placement in time order. An item takes the
 * lowest row that is free at its left edge, with its label on the right (or on the left, near
 * the view's right edge); failing that, a row whose last mark ends in time, clipping that
 * neighbour's label; failing that, placement fails and the caller clusters.
 * Invariant: within a row, no two items' extents (mark plus label) overlap.
 */
import { GEOMETRY } from './geometry.ts';

/** An item to place: where its mark is and how wide its label would like to be. */
export interface Candidate {
  markLeft: number;
  markRight: number;
  /** Desired label width in pixels (0: no label). */
  labelWidth: number;
}

/** Where a candidate went. */
export interface Placement {
  row: number;
  labelLeft: number;
  /** Granted label width: 0 when the label is dropped. */
  labelWidth: number;
}

interface Option {
  extentLeft: number;
  labelLeft: number;
  labelWidth: number;
}

/**
 * The label to the right of the mark, shortened to fit; inside a span that runs off the view, or
 * nearly (less than `minLabelWidth` beside it). Never over a dot, which cannot hold it.
 */
function rightLabel(c: Candidate, width: number): Option {
  const { labelGap, minLabelWidth, pointSize } = GEOMETRY;
  const span = c.markRight - c.markLeft > pointSize;
  const inside = span && c.markRight + labelGap + minLabelWidth > width;
  // Never start a label left of the view, even for a mark that is partly off it.
  const labelLeft = Math.max(
    0,
    inside ? Math.max(c.markLeft, 0) + labelGap : c.markRight + labelGap,
  );
  const room = Math.min(c.labelWidth, width - labelLeft);
  return { extentLeft: c.markLeft, labelLeft, labelWidth: keepable(room, c.labelWidth) ? room : 0 };
}

/** A label cut to `room` is still worth showing: its whole self, or at least a readable start. */
function keepable(room: number, desired: number): boolean {
  return room > 0 && room >= Math.min(desired, GEOMETRY.minShortenedLabel);
}

/** The label to the left of the mark, when the right side is too short for it and the left is not. */
function leftLabel(c: Candidate, width: number): Option | null {
  const { labelGap } = GEOMETRY;
  const labelLeft = c.markLeft - labelGap - c.labelWidth;
  const rightRoom = width - (c.markRight + labelGap);
  const offView = labelLeft < 0 || labelLeft + c.labelWidth > width;
  if (c.labelWidth === 0 || rightRoom >= c.labelWidth || offView) return null;
  return { extentLeft: labelLeft, labelLeft, labelWidth: c.labelWidth };
}

/**
 * The lane's rows, filled one candidate at a time (in markLeft order), with save points: the
 * clustered layout places a lane bin by bin and,
 * when a bin does not fit, backs out of that bin alone (restore) and clusters it, instead of
 * starting the lane over.
 */
export interface LanePacker {
  /** Places the candidate after those already placed; false (and no change) when no row can. */
  place(candidate: Candidate): boolean;
  /** A save point, for restore. */
  save(): SavePoint;
  /** Undoes every placement made since the save point, including clipped neighbours' labels. */
  restore(point: SavePoint): void;
  /** The placements so far, one per placed candidate, in order. */
  placements(): Placement[];
}

/** An opaque save point of a LanePacker. */
export interface SavePoint {
  readonly count: number;
  readonly rowEnd: readonly number[];
  readonly markEnd: readonly number[];
  readonly last: readonly number[];
  readonly clips: number;
}

// Pixel positions come from different arithmetic (bins, scales); a hair of slack keeps two items
// that exactly touch at the gap from being judged overlapping by a rounding error.
const EPSILON = 1e-9;

/** An empty lane of `rows` rows, `width` pixels wide. */
export function createLanePacker(rows: number, width: number): LanePacker {
  const { gap } = GEOMETRY;
  let rowEnd = new Array<number>(rows).fill(-Infinity);
  let markEnd = new Array<number>(rows).fill(-Infinity);
  let last = new Array<number>(rows).fill(-1);
  const placed: Placement[] = [];
  // Labels shortened by a later neighbour, with their width before: undone by restore.
  const clips: { placement: Placement; labelWidth: number }[] = [];
  const freeRow = (left: number) => rowEnd.findIndex((end) => end + gap <= left + EPSILON);

  const place = (c: Candidate): boolean => {
    const right = rightLabel(c, width);
    const left = leftLabel(c, width);
    let option = left ?? right;
    let row = freeRow(option.extentLeft);
    if (row === -1 && left) {
      option = right;
      row = freeRow(option.extentLeft);
    }
    if (row === -1) {
      // No row is wholly free: take the row whose neighbour keeps the most label room.
      option = right;
      for (let r = 0; r < rows; r++) {
        const fits = (markEnd[r] ?? Infinity) + gap <= c.markLeft + EPSILON;
        if (fits && (row === -1 || (rowEnd[r] ?? 0) < (rowEnd[row] ?? 0))) row = r;
      }
      if (row === -1) return false;
      // The neighbour's label must be on its right (a left label never reaches past its mark).
      const previous = placed[last[row] ?? -1];
      if (previous) {
        clips.push({ placement: previous, labelWidth: previous.labelWidth });
        const room = c.markLeft - gap - previous.labelLeft;
        previous.labelWidth = keepable(room, previous.labelWidth)
          ? Math.min(previous.labelWidth, room)
          : 0;
      }
    }
    placed.push({ row, labelLeft: option.labelLeft, labelWidth: option.labelWidth });
    markEnd[row] = c.markRight;
    rowEnd[row] = Math.max(
      c.markRight,
      option.labelWidth > 0 ? option.labelLeft + option.labelWidth : -Infinity,
    );
    last[row] = placed.length - 1;
    return true;
  };

  return {
    place,
    save: () => ({
      count: placed.length,
      rowEnd: [...rowEnd],
      markEnd: [...markEnd],
      last: [...last],
      clips: clips.length,
    }),
    restore: (point) => {
      while (clips.length > point.clips) {
        const clip = clips.pop();
        if (clip) clip.placement.labelWidth = clip.labelWidth;
      }
      placed.length = point.count;
      rowEnd = [...point.rowEnd];
      markEnd = [...point.markEnd];
      last = [...point.last];
    },
    placements: () => placed,
  };
}
