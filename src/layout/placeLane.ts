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

/** The label to the right of the mark (inside a span that runs off the view), shortened to fit. */
function rightLabel(c: Candidate, width: number): Option {
  const { labelGap, minLabelWidth } = GEOMETRY;
  const inside = c.markRight + labelGap + minLabelWidth > width;
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
  return room > 0 && room >= Math.min(desired, GEOMETRY.minLabelWidth);
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
 * Places candidates (sorted by markLeft) into `rows` rows within [0, width]. Returns one
 * placement per candidate, or the index of the first candidate that could not be placed.
 */
export function placeLane(
  candidates: readonly Candidate[],
  rows: number,
  width: number,
): { ok: true; placements: Placement[] } | { ok: false; failedAt: number } {
  const { gap } = GEOMETRY;
  const rowEnd = new Array<number>(rows).fill(-Infinity);
  const markEnd = new Array<number>(rows).fill(-Infinity);
  const last = new Array<number>(rows).fill(-1);
  const placements: Placement[] = [];
  const freeRow = (left: number) => rowEnd.findIndex((end) => end + gap <= left);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!c) continue;
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
        const fits = (markEnd[r] ?? Infinity) + gap <= c.markLeft;
        if (fits && (row === -1 || (rowEnd[r] ?? 0) < (rowEnd[row] ?? 0))) row = r;
      }
      if (row === -1) return { ok: false, failedAt: i };
      // The neighbour's label must be on its right (a left label never reaches past its mark).
      const previous = placements[last[row] ?? -1];
      if (previous) {
        const room = c.markLeft - gap - previous.labelLeft;
        previous.labelWidth = keepable(room, previous.labelWidth)
          ? Math.min(previous.labelWidth, room)
          : 0;
      }
    }
    placements.push({ row, labelLeft: option.labelLeft, labelWidth: option.labelWidth });
    markEnd[row] = c.markRight;
    rowEnd[row] = Math.max(
      c.markRight,
      option.labelWidth > 0 ? option.labelLeft + option.labelWidth : -Infinity,
    );
    last[row] = i;
  }
  return { ok: true, placements };
}
