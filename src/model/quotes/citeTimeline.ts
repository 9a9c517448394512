/**
 * Ready citations for "Cite this timeline": one of the timeline itself (where it is and when it
 * was seen) and one of the source article it cites. Plain text in a simple, widely accepted
 * shape (author or publisher, “title”, date, address, date accessed), for a reader to paste.
 */
import { formatInstant } from '../dates/formatDate.ts';
import type { Timeline } from '../timeline.ts';
import { VIEW_PARAMS } from '../urlParamNames.ts';

/**
 * The two citations; `source` is null for a timeline imported without a source text, and holds
 * one line per source when the timeline cites several.
 */
export interface TimelineCitations {
  timeline: string;
  source: string | null;
}

/** Citations of `timeline`, published at `pageUrl`, as seen on the day of `accessed` (UTC). */
export function citeTimeline(
  timeline: Timeline,
  pageUrl: string,
  accessed: Date,
): TimelineCitations {
  const seen = formatInstant(accessed.getTime(), 'day');
  const { sources } = timeline;
  const basis = sources.length
    ? ` Based on ${sources.map((s) => `“${s.title}”${s.publisher ? `, ${s.publisher}` : ''}, ${dayLabel(s.published)}`).join('; ')}.`
    : '';
  const citation = `“${timeline.title}.” Interactive timeline, made with Sourceline.${basis} ${pageUrl} (accessed ${seen}).`;
  if (sources.length === 0) return { timeline: citation, source: null };
  const lines = sources.map((source) =>
    [
      source.publisher ? `${source.publisher}.` : '',
      `“${source.title}.”`,
      `${dayLabel(source.published)}.`,
      source.url ?? '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  return { timeline: citation, source: lines.join('\n') };
}

/** The address to cite: the page without the parts that only record a reader's view. */
export function citableUrl(href: string): string {
  try {
    const url = new URL(href);
    for (const name of VIEW_PARAMS) url.searchParams.delete(name);
    url.hash = '';
    return url.href;
  } catch {
    return href;
  }
}

function dayLabel(published: string): string {
  const ms = Date.parse(`${published}T00:00:00Z`);
  return Number.isNaN(ms) ? published : formatInstant(ms, 'day');
}
