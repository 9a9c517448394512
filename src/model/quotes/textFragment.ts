/**
 * Text Fragment links (https://wicg.github.io/scroll-to-text-fragment/): the source's own address
 * with `#:~:text=[prefix-,]start[,end][,-suffix]`, which browsers that support it open scrolled to
 * the passage, highlighted, on the publisher's live page. Pure.
 */
import type { ResolvedCitation } from '../timeline.ts';

/** Quotes longer than this many words are linked by their first and last words (start,end). */
const SHORT_QUOTE_WORDS = 8;

/** Words of context, when the quote needs some to be unique on the page. */
const CONTEXT_WORDS = 3;

/** A fragment term: percent-encoded, with the characters the syntax uses (`-`, `,`, `&`) too. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The link to `citation` on the page at `url`, given the source text it was anchored in. Context
 * is given only when the citation needed a prefix or suffix to be unique, and then as whole words
 * read from the text around it (the citation's own context may start mid-word, and fragments
 * match whole words only).
 */
export function textFragmentUrl(url: string, citation: ResolvedCitation, text: string): string {
  const quote = words(citation.exact);
  const terms =
    quote.length > SHORT_QUOTE_WORDS
      ? [quote.slice(0, 4).join(' '), quote.slice(-4).join(' ')]
      : [quote.join(' ')];
  const parts = terms.map(term);
  if (citation.prefix !== undefined) {
    const before = words(text.slice(Math.max(0, citation.start - 200), citation.start));
    // The first word may be cut by the 200-character window: drop it unless the window is whole.
    if (citation.start > 200) before.shift();
    const prefix = before.slice(-CONTEXT_WORDS).join(' ');
    if (prefix) parts.unshift(`${term(prefix)}-`);
  }
  if (citation.suffix !== undefined) {
    const after = words(text.slice(citation.end, citation.end + 200));
    if (citation.end + 200 < text.length) after.pop();
    const suffix = after.slice(0, CONTEXT_WORDS).join(' ');
    if (suffix) parts.push(`-${term(suffix)}`);
  }
  return `${url.replace(/#.*$/, '')}#:~:text=${parts.join(',')}`;
}
