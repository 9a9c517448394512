/**
 * Fitting imported text into the dataset's limits. Imported files are not written for our
 * schema (TimelineJS has no length limits), so text is shortened with an ellipsis rather than
 * refused: a long headline should not stop a whole timeline from loading.
 */

/** `text` cut to at most `max` characters, ending in "…" when it was cut (at a word if possible). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `text` on one line (every run of white space becomes one space), clipped to `max`. */
export function singleLine(text: string, max: number): string {
  return clipText(text.replace(/\s+/g, ' ').trim(), max);
}
