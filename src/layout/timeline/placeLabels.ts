/**
 * Label placement that gives every event its whole name, for views of a few dozen events.
 * Horizontal room is scarce and vertical room is cheap, so a lane is a stack of slots (text
 * lines) as tall as it needs: each event tries its label on one line, or wrapped onto two or
 * three, to the right of its mark, to its left, or (a long span) under it, and takes the option that ends
 * highest in the stack (the first listed wins a tie). A label is shortened only when it fits
 * nowhere whole, and a priority label (the selected event, key events) never is: it wraps onto
 * as many lines as it needs. Invariant: no two boxes (a mark with the first line of its label,
 * and each further line) overlap in any slot, and every box lies within [0, width].
 */
import { GEOMETRY } from './geometry.ts';
import { wrapAt, wrapInto } from './wrapLabel.ts';
import type { WrappedLabel } from './wrapLabel.ts';
import type { MeasureText } from '../textWidth.ts';

/** An event to place: its mark (already clamped into the view) and its title. */
export interface LabelCandidate {
  markLeft: number;
  markRight: number;
  title: string;
  /** Never shortened: the selected event and the dataset's key events. */
  priority: boolean;
}

/** Where an event and its label went, in slots of the lane. */
export interface LabelPlacement {
  /** The slot of the mark and the label's first line. */
  row: number;
  /** Slots from the mark's to the label's last line. */
  rows: number;
  labelLeft: number;
  labelWidth: number;
  /** The slot of the label's first line, relative to the mark's (1 when under it). */
  labelRow: number;
  lines: string[];
  shortened: boolean;
}

interface Option {
  labelLeft: number;
  labelRow: number;
  wrapped: WrappedLabel;
}

type Interval = [left: number, right: number];

/** Most lines a label wraps onto before it is shortened (priority labels excepted). */
const MAX_LINES = 3;

/**
 * Places `candidates` (in time order) in one lane `width` pixels wide. Returns null when the
 * lane would need more than `maxSlots` slots: the caller then clusters instead.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  width: number,
  measure: MeasureText,
  maxSlots: number,
): LabelPlacement[] | null {
  const slots: Interval[][] = [];
  const placements: LabelPlacement[] = [];
  for (const c of candidates) {
    let best: { option: Option; row: number; bottom: number; cost: number } | null = null;
    // The lowest cost there is: one line, beside the mark, in the first slot. Where the first
    // options give it, the wrapped ones need not be measured at all.
    const quick = besideOptions(c, width, [wrapInto(c.title, 1, measure) ?? whole(c, measure)]);
    const first = quick.find((option) => lowestRow(slots, boxesOf(c, option)) === 0);
    for (const option of first ? [first] : optionsFor(c, width, measure)) {
      const row = lowestRow(slots, boxesOf(c, option));
      const bottom = row + option.labelRow + option.wrapped.lines.length;
      // A label beside its mark reads as its own more surely than one under it, and one line
      // more surely than three: each costs a little height before it is chosen instead.
      const cost = bottom + option.labelRow * 1.5 + (option.wrapped.lines.length - 1) * 0.25;
      if (!best || cost < best.cost) best = { option, row, bottom, cost };
    }
    if (!best || best.bottom > maxSlots) return null;
    const { option, row, bottom } = best;
    boxesOf(c, option).forEach((box, k) => (slots[row + k] ??= []).push(box));
    placements.push({
      row,
      rows: bottom - row,
      labelLeft: option.labelLeft,
      labelWidth: option.wrapped.width,
      labelRow: option.labelRow,
      lines: option.wrapped.lines,
      shortened: option.wrapped.shortened,
    });
  }
  return placements;
}

/** The ways the label can go, in order of preference; never empty. */
function optionsFor(c: LabelCandidate, width: number, measure: MeasureText): Option[] {
  const { labelGap } = GEOMETRY;
  const options: Option[] = [];
  const wraps: WrappedLabel[] = [];
  for (let lines = 1; lines <= MAX_LINES; lines++) {
    const wrapped = wrapInto(c.title, lines, measure);
    if (wrapped && !wraps.some((w) => w.lines.length === wrapped.lines.length)) wraps.push(wrapped);
  }
  options.push(...besideOptions(c, width, wraps));
  // Under the mark, left-aligned with it: for spans too long to label beside. Never for a dot,
  // whose label under it would read as the label of whatever is drawn beside it.
  const isSpan = c.markRight - c.markLeft > GEOMETRY.pointSize;
  for (const wrapped of isSpan ? wraps : []) {
    if (Math.max(0, c.markLeft) + wrapped.width > width) continue;
    options.push({ labelLeft: Math.max(0, c.markLeft), labelRow: 1, wrapped });
  }
  if (options.length > 0) return options;
  // Nowhere whole: the widest side, wrapped to its room; shortened unless it has priority.
  const rightRoom = width - (c.markRight + labelGap);
  const leftRoom = c.markLeft - labelGap;
  const room = Math.max(rightRoom, leftRoom, GEOMETRY.minLabelWidth);
  const wrapped = wrapAt(c.title, room, measure, c.priority ? Infinity : MAX_LINES);
  const labelLeft =
    rightRoom >= leftRoom ? c.markRight + labelGap : c.markLeft - labelGap - wrapped.width;
  return [{ labelLeft: Math.max(0, labelLeft), labelRow: 0, wrapped }];
}

/** The label to the right of the mark, then to its left, for each wrap that fits the width. */
function besideOptions(c: LabelCandidate, width: number, wraps: readonly WrappedLabel[]): Option[] {
  const { labelGap } = GEOMETRY;
  const options: Option[] = [];
  for (const wrapped of wraps) {
    const right = c.markRight + labelGap;
    if (right + wrapped.width <= width) options.push({ labelLeft: right, labelRow: 0, wrapped });
    const left = c.markLeft - labelGap - wrapped.width;
    if (left >= 0) options.push({ labelLeft: left, labelRow: 0, wrapped });
  }
  return options;
}

function whole(c: LabelCandidate, measure: MeasureText): WrappedLabel {
  return { lines: [c.title], width: measure(c.title), shortened: false };
}

/** The occupied interval in each slot from the mark's down: the mark's slot first. */
function boxesOf(c: LabelCandidate, option: Option): Interval[] {
  const { labelLeft, labelRow, wrapped } = option;
  const labelRight = labelLeft + wrapped.width;
  const boxes: Interval[] = [];
  if (labelRow === 1) boxes.push([c.markLeft, c.markRight]);
  wrapped.lines.forEach((_, k) => {
    boxes.push(
      k === 0 && labelRow === 0
        ? [Math.min(c.markLeft, labelLeft), Math.max(c.markRight, labelRight)]
        : [labelLeft, labelRight],
    );
  });
  return boxes;
}

/** The lowest slot from which every box finds its slot free (with the gap around it). */
function lowestRow(slots: readonly Interval[][], boxes: readonly Interval[]): number {
  for (let row = 0; ; row++) {
    if (boxes.every((box, k) => isFree(slots[row + k], box))) return row;
  }
}

function isFree(slot: readonly Interval[] | undefined, [left, right]: Interval): boolean {
  const { gap } = GEOMETRY;
  return !slot?.some(([l, r]) => left < r + gap && l < right + gap);
}
