/**
 * Breaking a label into lines: greedy word wrap at a width, and the narrowest wrap into a given
 * number of lines (a balanced two- or three-line label). Pure; text is measured by the caller's
 * function, so the browser's font metrics decide in the app and an estimate does in tests.
 */
import type { MeasureText } from '../textWidth.ts';

/** A label broken into lines. */
export interface WrappedLabel {
  lines: string[];
  /** Width of the widest line. */
  width: number;
  /** Words had to be left out (an ellipsis ends the last line). */
  shortened: boolean;
}

const ELLIPSIS = '…';

/** Greedy word wrap into lines no wider than `maxWidth` (a longer word stands alone). */
export function wrapAt(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  maxLines = Infinity,
): WrappedLabel {
  const words = text.split(/\s+/).filter(Boolean);
  // Lines are first broken by adding up their words' widths (each word measured once, not every
  // line tried); a sum can fall short of the whole line's width by a rounding, so the lines are
  // checked whole, and broken the exact way if one is too wide.
  let lines = breakBySum(words, maxWidth, measure);
  if (lines.some((l) => l.includes(' ') && measure(l) > maxWidth)) {
    lines = breakExactly(words, maxWidth, measure);
  }
  if (lines.length <= maxLines) return measured(lines, measure, false);
  const kept = lines.slice(0, Math.max(1, maxLines));
  const lastIndex = kept.length - 1;
  kept[lastIndex] = ellipsize(lines.slice(lastIndex).join(' '), maxWidth, measure);
  return measured(kept, measure, true);
}

/**
 * The narrowest wrap of `text` into at most `lines` lines (found by bisecting the width), or
 * null when it takes more lines than that even at its natural width.
 */
export function wrapInto(text: string, lines: number, measure: MeasureText): WrappedLabel | null {
  const natural = measure(text);
  if (lines <= 1) return { lines: [text], width: natural, shortened: false };
  const longestWord = Math.max(0, ...text.split(/\s+/).map((w) => measure(w)));
  let lo = Math.max(longestWord, Math.floor(natural / lines));
  let hi = natural;
  if (wrapAt(text, lo, measure).lines.length <= lines) hi = lo;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrapAt(text, mid, measure).lines.length <= lines) hi = mid;
    else lo = mid;
  }
  const wrapped = wrapAt(text, hi, measure);
  return wrapped.lines.length <= lines ? wrapped : null;
}

function breakBySum(words: readonly string[], maxWidth: number, measure: MeasureText): string[] {
  const space = spaceWidth(measure);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of words) {
    const w = measure(word);
    if (line && width + space + w > maxWidth) {
      lines.push(line);
      line = word;
      width = w;
    } else {
      width = line ? width + space + w : w;
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function breakExactly(words: readonly string[], maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The width a space adds between two words, by the same measure. */
function spaceWidth(measure: MeasureText): number {
  return Math.max(0, measure('n n') - measure('nn'));
}

/** The longest start of `text` that fits `maxWidth` with an ellipsis after it. */
function ellipsize(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid;
  }
  return text.slice(0, lo).trimEnd() + ELLIPSIS;
}

function measured(lines: string[], measure: MeasureText, shortened: boolean): WrappedLabel {
  return { lines, width: Math.max(0, ...lines.map((l) => measure(l))), shortened };
}
