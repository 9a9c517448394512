/**
 * Quote anchoring: finding a W3C TextQuoteSelector in a source text. Matching is done on
 * white-space-normalised text (every run of white space, the no-break space included, counts as
 * one space), and the result is mapped back to offsets in the original text.
 */

/** Text with every white-space run collapsed to one space, and where each character came from. */
export interface NormalisedText {
  text: string;
  /** `origin[i]` is the offset in the original text of normalised character `i`. */
  origin: number[];
}

/** Selector fields, as in a dataset citation. */
export interface QuoteSelector {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** Where a quote was found, or why it was not. */
export type AnchorResult =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'ambiguous'; count: number };

const SPACE_RUN = /\s+/gu;

/** Collapses white-space runs to single spaces, remembering original offsets. */
export function normalise(original: string): NormalisedText {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] ?? '';
    if (/\s/u.test(ch)) {
      if (!inSpace) {
        text += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      text += ch;
      origin.push(i);
      inSpace = false;
    }
  }
  return { text, origin };
}

/** Collapses white space in a quote the same way as in the source. */
export function normaliseQuote(quote: string): string {
  return quote.replace(SPACE_RUN, ' ');
}

/** Every offset at which `needle` occurs in `haystack`, overlapping matches included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** Finds a selector in normalised source text; offsets are returned in the original text. */
export function anchorQuote(source: NormalisedText, selector: QuoteSelector): AnchorResult {
  const exact = normaliseQuote(selector.exact);
  const prefix = normaliseQuote(selector.prefix ?? '');
  const suffix = normaliseQuote(selector.suffix ?? '');
  const matches = occurrences(source.text, exact).filter(
    (at) =>
      source.text.slice(Math.max(0, at - prefix.length), at) === prefix &&
      source.text.slice(at + exact.length, at + exact.length + suffix.length) === suffix,
  );
  if (matches.length === 0) return { ok: false, reason: 'not-found' };
  if (matches.length > 1) return { ok: false, reason: 'ambiguous', count: matches.length };
  const at = matches[0] ?? 0;
  const start = source.origin[at] ?? 0;
  const end = (source.origin[at + exact.length - 1] ?? 0) + 1;
  return { ok: true, start, end };
}

/**
 * The shortest selector for normalised range [from, to): the exact words, plus prefix and
 * suffix grown one character at a time (alternately) until the match is unique, then trimmed.
 */
export function describeQuote(source: NormalisedText, from: number, to: number): QuoteSelector {
  const text = source.text;
  const exact = text.slice(from, to);
  let before = 0;
  let after = 0;
  // Found once: growing the context only ever removes occurrences (a long text that repeats a
  // passage hundreds of times would otherwise be scanned again at every step).
  const found = occurrences(text, exact);
  const count = (b: number, a: number) =>
    found.filter(
      (at) =>
        at - b >= 0 &&
        text.slice(at - b, at) === text.slice(from - b, from) &&
        text.slice(at + exact.length, at + exact.length + a) === text.slice(to, to + a),
    ).length;
  while (count(before, after) > 1) {
    const canGrowBefore = from - before > 0;
    const canGrowAfter = to + after < text.length;
    if (!canGrowBefore && !canGrowAfter) break;
    if (canGrowBefore && (before <= after || !canGrowAfter)) before++;
    else after++;
  }
  // Alternate growth overshoots when one side alone would do: trim what uniqueness does not need.
  if (count(before, after) === 1) {
    while (before > 0 && count(before - 1, after) === 1) before--;
    while (after > 0 && count(before, after - 1) === 1) after--;
  }
  const selector: QuoteSelector = { exact };
  if (before > 0) selector.prefix = text.slice(from - before, from);
  if (after > 0) selector.suffix = text.slice(to, to + after);
  return selector;
}
