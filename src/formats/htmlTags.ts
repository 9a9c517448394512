/**
 * The tags of an HTML fragment, found in time linear in its length whatever it holds. A tag is
 * `<`, an optional `/`, a name, then attributes (any characters but `>` and quotes, and quoted
 * strings) up to `>`. A regular expression saying just that rescans the rest of the text from
 * every `<` that never closes (60 KB of `<a` took seconds); here the outcome of scanning from a
 * point outside quotes is remembered, because it is the same whichever tag's scan reached it,
 * so each character is looked at a bounded number of times.
 */

/** One tag: where it is in the text, whether it closes an element, its name and attributes. */
export interface HtmlTag {
  index: number;
  length: number;
  closing: boolean;
  /** As written (not lower-cased). */
  name: string;
  /** The text between the name and `>`. */
  attributes: string;
}

/** Counts the characters examined, for the tests that prove the work is linear. */
export interface ScanWork {
  steps: number;
}

const NAME_START = /[a-zA-Z]/;
const NAME_PART = /[a-zA-Z0-9-]/;
const UNKNOWN = -2;
const NO_END = -1;

/**
 * For each position, the next position at or after it holding `>`, `"` or `'`, and for each
 * quote, the next quote of the same kind after it (text.length when there is none).
 */
function nextPositions(text: string, work: ScanWork) {
  const n = text.length;
  const special = new Int32Array(n + 1).fill(n);
  const sameQuote = new Int32Array(n + 1).fill(n);
  let nextDouble = n;
  let nextSingle = n;
  for (let i = n - 1; i >= 0; i--) {
    work.steps++;
    const c = text[i];
    const isSpecial = c === '>' || c === '"' || c === "'";
    special[i] = isSpecial ? i : (special[i + 1] ?? n);
    if (c === '"') {
      sameQuote[i] = nextDouble;
      nextDouble = i;
    } else if (c === "'") {
      sameQuote[i] = nextSingle;
      nextSingle = i;
    }
  }
  return { special, sameQuote };
}

/** Every tag of `html`, in order; text that only looks like the start of a tag is not one. */
export function htmlTags(html: string, work: ScanWork = { steps: 0 }): HtmlTag[] {
  const n = html.length;
  const { special, sameQuote } = nextPositions(html, work);
  // end[p]: for an attribute scan standing outside quotes at p, the offset of its closing `>`,
  // or NO_END when it fails (a quote that never closes, or no `>` at all).
  const end = new Int32Array(n + 1).fill(UNKNOWN);
  const scanAttributes = (from: number): number => {
    const visited: number[] = [];
    let p = from;
    let result: number = NO_END;
    for (;;) {
      work.steps++;
      if ((end[p] ?? UNKNOWN) !== UNKNOWN) {
        result = end[p] ?? NO_END;
        break;
      }
      visited.push(p);
      const s = special[p] ?? n;
      if (s >= n) break;
      if (html[s] === '>') {
        result = s;
        break;
      }
      const close = sameQuote[s] ?? n;
      if (close >= n) break;
      p = close + 1;
    }
    for (const q of visited) end[q] = result;
    return result;
  };
  const tags: HtmlTag[] = [];
  // The search for the next `<` only moves forward: it counts as the characters it passes.
  const nextTag = (from: number) => {
    const found = html.indexOf('<', from);
    work.steps += (found === -1 ? n : found) - from + 1;
    return found;
  };
  let at = nextTag(0);
  while (at !== -1) {
    const closing = html[at + 1] === '/';
    const nameStart = at + (closing ? 2 : 1);
    let nameEnd = nameStart;
    if (NAME_START.test(html[nameStart] ?? '')) {
      nameEnd++;
      while (nameEnd < n && NAME_PART.test(html[nameEnd] ?? '')) {
        work.steps++;
        nameEnd++;
      }
    }
    const close = nameEnd > nameStart ? scanAttributes(nameEnd) : NO_END;
    if (close === NO_END) {
      at = nextTag(at + 1);
      continue;
    }
    tags.push({
      index: at,
      length: close + 1 - at,
      closing,
      name: html.slice(nameStart, nameEnd),
      attributes: html.slice(nameEnd, close),
    });
    at = nextTag(close + 1);
  }
  return tags;
}
