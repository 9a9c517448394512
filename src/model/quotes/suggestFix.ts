/**
 * Suggested fixes for citations that do not anchor, and the validator's report. A missing quote
 * gets the closest passage of the source (fuzzy search, as in the Hypothesis client); an
 * ambiguous one gets the shortest selector that picks its first occurrence. Pure: no file access.
 */
import search from 'approx-string-match';
import { anchorQuote, describeQuote, normalise, normaliseQuote, occurrences } from './anchor.ts';
import type { NormalisedText, QuoteSelector } from './anchor.ts';
import { formatProblem } from '../problem.ts';
import type { Result } from '../problem.ts';
import { datasetSchema } from '../schema.ts';
import type { Timeline } from '../timeline.ts';

/** The passage of a source most like a quote: normalised text, original offsets, similarity 0–1. */
export interface ClosestPassage {
  text: string;
  start: number;
  end: number;
  similarity: number;
}

/** A selector that picks the first of `count` occurrences of some words. */
export interface Disambiguation {
  count: number;
  selector: QuoteSelector;
}

/** The result of looking up words to cite: a ready selector, or the nearest passage if absent. */
export type CiteResult =
  | { ok: true; selector: QuoteSelector; count: number }
  | { ok: false; closest: ClosestPassage | null };

/** The passage closest to `quote`, or null when every passage differs in half its characters. */
export function closestPassage(source: NormalisedText, quote: string): ClosestPassage | null {
  const pattern = normaliseQuote(quote);
  // Half the quote is Hypothesis's bound too: beyond it a "match" is noise, and the search slows.
  const maxErrors = Math.floor(pattern.length / 2);
  const best = search(source.text, pattern, maxErrors)[0];
  if (!best || pattern.length === 0) return null;
  return {
    text: source.text.slice(best.start, best.end),
    start: source.origin[best.start] ?? 0,
    end: (source.origin[best.end - 1] ?? 0) + 1,
    similarity: 1 - best.errors / pattern.length,
  };
}

/** The shortest selector for the first occurrence of `exact`, or null if it does not occur. */
export function disambiguate(source: NormalisedText, exact: string): Disambiguation | null {
  const words = normaliseQuote(exact);
  const found = occurrences(source.text, words);
  const first = found[0];
  if (first === undefined) return null;
  return { count: found.length, selector: describeQuote(source, first, first + words.length) };
}

/** Looks up words to cite (white space trimmed and normalised) in a source. */
export function citeWords(source: NormalisedText, words: string): CiteResult {
  const found = disambiguate(source, words.trim());
  if (found) return { ok: true, ...found };
  return { ok: false, closest: closestPassage(source, words.trim()) };
}

/** A selector as the one-line citation JSON a dataset holds. */
export function citationJson(selector: QuoteSelector): string {
  const { exact, prefix, suffix } = selector;
  return JSON.stringify({
    type: 'TextQuoteSelector',
    exact,
    ...(prefix !== undefined && { prefix }),
    ...(suffix !== undefined && { suffix }),
  });
}

/** One line describing the closest passage, e.g. `closest passage (97% similar): "…"`. */
export function describeClosest(closest: ClosestPassage | null): string {
  if (!closest) return 'no passage of the source is even half similar';
  // Floor, so a near miss never shows as "100% similar".
  return `closest passage (${Math.floor(closest.similarity * 100)}% similar): "${closest.text}"`;
}

/** Hint lines for one citation: empty when it anchors, else how to fix it. */
export function citationHints(source: NormalisedText, citation: QuoteSelector): string[] {
  const anchored = anchorQuote(source, citation);
  if (anchored.ok) return [];
  const first = disambiguate(source, citation.exact);
  if (!first) return [describeClosest(closestPassage(source, citation.exact))];
  const selector = citationJson(first.selector);
  if (anchored.reason === 'ambiguous') {
    return [`to cite the first of its ${first.count} occurrences, use ${selector}`];
  }
  // The exact words are there, so the prefix or suffix is what fails to match.
  const times = first.count === 1 ? 'once' : `${first.count} times`;
  return [`the exact words occur ${times}, but not with this prefix and suffix; use ${selector}`];
}

/**
 * Hint lines for every citation of a raw dataset that does not anchor, keyed by the location
 * compileTimeline gives its problem. Empty when the dataset fails its schema.
 */
export function suggestFixes(raw: unknown, sourceText: string): Map<string, string[]> {
  const hints = new Map<string, string[]>();
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) return hints;
  const source = normalise(sourceText);
  parsed.data.events.forEach((event, index) => {
    event.citations.forEach((citation, i) => {
      const lines = citationHints(source, citation);
      if (lines.length > 0)
        hints.set(`events[${index}] "${event.id}" › citations[${i}].exact`, lines);
    });
  });
  return hints;
}

/** The validator's lines for one dataset: a summary when valid, else each problem and its hints. */
export function formatReport(
  label: string,
  result: Result<Timeline>,
  hints: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  if (result.ok) {
    const { events } = result.value;
    const citations = events.reduce((sum, event) => sum + event.citations.length, 0);
    return [`ok  ${label}: ${count(events.length, 'event')}, ${count(citations, 'citation')}`];
  }
  return result.problems.flatMap((problem) => [
    `${label}: ${formatProblem(problem)}`,
    ...(hints.get(problem.where) ?? []).map((hint) => `    ${hint}`),
  ]);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
