/**
 * The sentence around a date expression: what a proposal cites. Sentences end at . ! or ? (and a
 * closing quote or bracket) before white space and a capital, digit or quote, unless the word is
 * an abbreviation or an initial ("Vladimir V. Putin", "the U.S.", "Jan. 6"); a line break always
 * ends one, so headlines and bylines stand alone.
 */

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr prof gen sen rep gov lt col sgt capt maj adm no vs etc inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave'.split(
    ' ',
  ),
);

/** Longest quote a citation may hold; a longer sentence is cut around the expression. */
const MAX_QUOTE = 600;

/** [start, end) of the sentence holding [from, to), trimmed of white space. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !endsSentence(text, start)) start--;
  let end = to;
  while (end < text.length && !endsSentence(text, end)) end++;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end - start <= MAX_QUOTE) return [start, end];
  return clause(text, start, end, from, to);
}

/** Whether a sentence boundary lies just before offset `at`. */
function endsSentence(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  if (before === '\n') return true;
  if (!/\s/.test(before)) return false;
  // Skip back over the white space and any closing quotes or brackets to the punctuation.
  let i = at - 1;
  while (i > 0 && /\s/.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  while (i > 0 && /["'”’)\]]/.test(text[i] ?? '')) i--;
  const mark = text[i] ?? '';
  if (mark === '!' || mark === '?') return startsSentence(text[at] ?? '');
  if (mark !== '.') return false;
  const word = /([A-Za-z.]+)\.$/.exec(text.slice(Math.max(0, i - 12), i + 1))?.[1] ?? '';
  if (/^[A-Z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return false; // V. / U.S.
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return startsSentence(text[at] ?? '');
}

function startsSentence(ch: string): boolean {
  return /[A-Z0-9"“‘'(]/.test(ch);
}

/** A window of at most MAX_QUOTE characters around [from, to), cut at word boundaries. */
function clause(text: string, start: number, end: number, from: number, to: number) {
  const room = Math.max(0, MAX_QUOTE - (to - from));
  let a = Math.max(start, from - Math.floor(room / 2));
  let b = Math.min(end, a + (to - a) + (room - (from - a)));
  while (a > start && /\S/.test(text[a - 1] ?? '')) a++;
  while (b < end && /\S/.test(text[b] ?? '') && b > to) b--;
  return [a, b] as [number, number];
}
