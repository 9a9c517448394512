/**
 * Text width estimates for layout. Layout is pure, so it takes a measuring function; this
 * default estimates from character classes (calibrated on the system sans-serif at 13 px) and
 * the CSS clips any label to its box with an ellipsis, so a low estimate can never overlap.
 */

/** Measures a label's width in pixels. */
export type MeasureText = (text: string) => number;

const NARROW = /[ .,:;'’|!il1-]/;
const WIDE = /[MWmw@%—]/;

/** Estimated width of `text` at the given font size, in pixels. */
export function estimateTextWidth(text: string, fontSize = 13): number {
  let units = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) units += 0.3;
    else if (WIDE.test(ch)) units += 0.85;
    else if (ch >= 'A' && ch <= 'Z') units += 0.66;
    else units += 0.55;
  }
  return Math.ceil(units * fontSize);
}
