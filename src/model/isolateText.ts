/**
 * Dataset text inside the app's own words, isolated so its direction cannot leak: an
 * unterminated RIGHT-TO-LEFT OVERRIDE (U+202E) in a publisher's name would otherwise reverse
 * the app's text that follows it, on screen and in accessible names and tooltips. Rendered text
 * goes in `<bdi>`; strings (attributes, announcements, `<option>` text) go through `isolate`,
 * which wraps them in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069): the
 * closing PDI ends every embedding, override and isolate opened inside (Unicode bidi, UAX #9).
 */

const FSI = '\u2068';
const PDI = '\u2069';
/** Isolate initiators (LRI, RLI, FSI) and the isolate terminator (PDI). */
const ISOLATE_MARKS = /[\u2066-\u2069]/g;

/**
 * `text` without the PDIs that close no isolate opened in it: such a PDI would close the
 * isolate around it instead, and let what follows escape.
 */
export function withoutStrayPdi(text: string): string {
  if (!text.includes(PDI)) return text;
  let open = 0;
  return text.replace(ISOLATE_MARKS, (mark) => {
    if (mark !== PDI) {
      open++;
      return mark;
    }
    if (open === 0) return '';
    open--;
    return mark;
  });
}

/**
 * What can move text around it: right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko …,
 * their presentation forms, and the right-to-left scripts beyond the BMP) and the explicit
 * direction marks, embeddings, overrides and isolates.
 */
const DIRECTIONAL =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * `text` as a directionally isolated run, for a string that holds it among the app's words.
 * Text with nothing directional in it cannot disturb its neighbours and is returned as it is,
 * so names made of left-to-right text carry no invisible characters.
 */
export function isolate(text: string): string {
  return DIRECTIONAL.test(text) ? `${FSI}${withoutStrayPdi(text)}${PDI}` : text;
}
