/**
 * A long JSON file's last array read a part at a time: `{ …, "events": [item, item, …] }` as the
 * object around the array (with the array left empty) and then the array's items, a few hundred
 * kilobytes of text per `JSON.parse`. Each part's objects can then be checked, compiled and let go
 * before the next is parsed, so they die young instead of living through the whole compile, which
 * at 100,000 events spends about a quarter of its time moving the parsed file about
 * (docs/performance.md, "The nineteenth round").
 *
 * It answers only where it is sure to give what one `JSON.parse` of the whole text would, and
 * says so (`whole`) otherwise, for the caller to parse the text whole:
 * - the text is an object whose last key is the one asked for, named once, and whose value is an
 *   array of objects: the shape the app's and the studio's exports write;
 * - the key is found by reading the text up to it as JSON is read (strings with their escapes,
 *   nesting), so no `"events"` inside a string or a nested object is mistaken for it;
 * - the array is cut where one item ends and the next begins (`}`, a comma, `{` and the key the
 *   first item opens with), and every part must parse as an array on its own. If every part
 *   parses, each cut was between two of the array's own items: the first part starts where the
 *   array starts, and a part that parses ends, as it began, between items, so the next one does
 *   too. A cut inside a string or a nested value makes its part fail to parse; the part then
 *   tries the next cut, and after three it says `whole`, which the caller sees only at that
 *   part, so it starts over with the whole text.
 */

/** The text a part holds, about: some 1,600 of the benchmark's events (docs/performance.md). */
export const PART_CHARS = 1 << 19;

/** A file read in parts: the object around the array, and the array's items part by part. */
export interface JsonParts {
  /** The parsed object, its array's key given an empty array. */
  head: Record<string, unknown>;
  /** The array's text, in characters, from its `[` to its `]`: the whole the parts add up to. */
  chars: number;
  /**
   * The next part's items and where its text ends (in the array's characters read so far); null
   * after the last; `whole` when a part does not parse, so the text must be read whole.
   */
  next(): { items: unknown[]; read: number } | null | 'whole';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** JSON's blanks, in a regular expression. */
const BLANKS = '[ \\t\\n\\r]*';

/** The first key of the object at a position: `{`, blanks, the key's quoted text, a colon. */
const FIRST_KEY = new RegExp(`\\{${BLANKS}("(?:[^"\\\\]|\\\\.)*")${BLANKS}:`, 'y');

/** How many cuts a part may try before the text is left whole (each try parses the part). */
const TRIES = 3;

/**
 * `text` as a JSON object whose last key is `key`, its array in parts of about `partChars`
 * characters; `whole` when it is not sure the parts give what parsing `text` whole would.
 */
export function jsonParts(text: string, key: string, partChars = PART_CHARS): JsonParts | 'whole' {
  const start = skipBlank(text, 0);
  if (text.charCodeAt(start) !== OPEN_OBJECT) return 'whole';
  const open = arrayOfKey(text, start + 1, key);
  if (open === -1) return 'whole';
  // The array is the object's last value: `]`, then `}`, then nothing but blanks.
  let end = text.length - 1;
  while (isBlank(text.charCodeAt(end))) end--;
  if (text.charCodeAt(end) !== CLOSE_OBJECT) return 'whole';
  end--;
  while (isBlank(text.charCodeAt(end))) end--;
  const close = end;
  if (close <= open || text.charCodeAt(close) !== CLOSE_ARRAY) return 'whole';
  let head: unknown;
  try {
    head = JSON.parse(`${text.slice(start, open)}[]}`);
  } catch {
    return 'whole'; // the whole text's parse words the error
  }
  if (typeof head !== 'object' || head === null || Array.isArray(head)) return 'whole';
  const first = skipBlank(text, open + 1);
  if (first === close) return 'whole'; // an empty array: nothing to gain, and nothing to cut
  if (text.charCodeAt(first) !== OPEN_OBJECT) return 'whole';
  const between = betweenItems(text, first);
  let from = first;
  return {
    head: head as Record<string, unknown>,
    chars: close + 1 - open,
    next() {
      if (from === -1) return null;
      let cut = from + partChars;
      for (let tries = 0; tries < TRIES; tries++) {
        cut = cutAfter(text, between, cut, close);
        const items = parseItems(text.slice(from, cut === -1 ? close : cut + 1));
        if (items !== null) {
          from = cut === -1 ? -1 : text.indexOf('{', cut + 1);
          return { items, read: (cut === -1 ? close + 1 : cut + 1) - open };
        }
        if (cut === -1) break;
        cut++; // that `}` was inside an item (a list of objects in it, or a string): the next
      }
      return 'whole';
    },
  };
}

/**
 * Where one item ends and the next begins: `}`, a comma, `{`, and the key the first item opens
 * with, as the items of an array of events all open with `"id"`. Any item has lists of objects
 * of its own (an event's citations) whose `}, {` is not a cut; they rarely open with that key.
 */
function betweenItems(text: string, first: number): RegExp {
  FIRST_KEY.lastIndex = first;
  const key = FIRST_KEY.exec(text)?.[1];
  const opening =
    key === undefined ? '' : `${BLANKS}${key.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}${BLANKS}:`;
  return new RegExp(`\\}${BLANKS},${BLANKS}\\{${opening}`, 'g');
}

/** The `}` ending the first item that ends at or after `at` and before `close`; or -1. */
function cutAfter(text: string, between: RegExp, at: number, close: number): number {
  if (at >= close) return -1;
  between.lastIndex = at;
  const found = between.exec(text);
  return found && found.index < close ? found.index : -1;
}

/** The items of `[` + `part` + `]`, or null if that is not a JSON array. */
function parseItems(part: string): unknown[] | null {
  try {
    return JSON.parse(`[${part}]`) as unknown[];
  } catch {
    return null;
  }
}

/**
 * Where the array of `key` opens (its `[`), reading the object's fields from `at` (just after
 * its `{`): -1 if `key` is not one of them or its value is not an array.
 */
function arrayOfKey(text: string, at: number, key: string): number {
  let depth = 1;
  let expectKey = true;
  for (let i = at; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const after = stringEnd(text, i);
      if (after === -1) return -1;
      if (depth === 1 && expectKey) {
        const colon = skipBlank(text, after);
        if (text.charCodeAt(colon) !== COLON) return -1;
        const value = skipBlank(text, colon + 1);
        if (keyName(text.slice(i, after)) === key) {
          return text.charCodeAt(value) === OPEN_ARRAY ? value : -1;
        }
        expectKey = false;
        i = value;
        continue;
      }
      i = after;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
      if (depth === 0) return -1;
    } else if (c === COMMA && depth === 1) expectKey = true;
    i++;
  }
  return -1;
}

/** A key as JSON reads it: `"ev\u0065nts"` is `events`. */
function keyName(quoted: string): string | null {
  if (!quoted.includes('\\')) return quoted.slice(1, -1);
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return null;
  }
}

/** Just past the string whose opening quote is at `at`; -1 if it never ends. */
function stringEnd(text: string, at: number): number {
  for (let from = at + 1; ;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return -1;
    // A quote after an odd run of backslashes is escaped. Each run is counted once: linear.
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** JSON's four blank characters. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipBlank(text: string, at: number): number {
  let i = at;
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}
