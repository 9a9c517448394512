/**
 * Row assignment within one lane: greedy interval placement in time order. An item takes the
 * lowest row that is free at its left edge; failing that, a row whose last mark ends in time,
 * clipping that neighbour's label; failing that, placement fails and the caller clusters.
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

/**
 * Places candidates (sorted by markLeft) into `rows` rows within [0, width]. Returns one
 * placement per candidate, or the index of the first candidate that could not be placed.
 */
export function placeLane(
  candidates: readonly Candidate[],
  rows: number,
  width: number,
): { ok: true; placements: Placement[] } | { ok: false; failedAt: number } {
  const { gap, labelGap, minLabelWidth } = GEOMETRY;
  const rowEnd = new Array<number>(rows).fill(-Infinity);
  const markEnd = new Array<number>(rows).fill(-Infinity);
  const last = new Array<number>(rows).fill(-1);
  const placements: Placement[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!c) continue;
    let row = rowEnd.findIndex((end) => end + gap <= c.markLeft);
    if (row === -1) {
      // No row is wholly free: take the row whose neighbour keeps the most label room.
      let best = -1;
      for (let r = 0; r < rows; r++) {
        if (
          (markEnd[r] ?? Infinity) + gap <= c.markLeft &&
          (best === -1 || (rowEnd[r] ?? 0) < (rowEnd[best] ?? 0))
        ) {
          best = r;
        }
      }
      if (best === -1) return { ok: false, failedAt: i };
      row = best;
      const previous = placements[last[row] ?? -1];
      if (previous) {
        const room = c.markLeft - gap - previous.labelLeft;
        previous.labelWidth = room >= minLabelWidth ? Math.min(previous.labelWidth, room) : 0;
      }
    }
    const inside = c.markRight + labelGap + minLabelWidth > width;
    const labelLeft = inside ? Math.max(c.markLeft, 0) + labelGap : c.markRight + labelGap;
    const room = Math.min(c.labelWidth, width - labelLeft);
    const labelWidth = room >= minLabelWidth ? room : 0;
    placements.push({ row, labelLeft, labelWidth });
    markEnd[row] = c.markRight;
    rowEnd[row] = Math.max(c.markRight, labelWidth > 0 ? labelLeft + labelWidth : -Infinity);
    last[row] = i;
  }
  return { ok: true, placements };
}
