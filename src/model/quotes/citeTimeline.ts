/**
 * Ready citations for "Cite this timeline": one of the timeline itself (where it is and when it
 * was seen) and one of the source article it cites. Plain text in a simple, widely accepted
 * shape (author or publisher, “title”, date, address, date accessed), for a reader to paste.
 */
import { formatInstant } from '../dates/formatDate.ts';
import type { Timeline } from '../timeline.ts';
import { VIEW_PARAMS } from '../urlParamNames.ts';

/** The two citations; `source` is null for a timeline imported without a source text. */
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
  const source = timeline.source;
  const basis = source
    ? ` Based on “${source.title}”${source.publisher ? `, ${source.publisher}` : ''}, ${dayLabel(source.published)}.`
    : '';
  const citation = `“${timeline.title}.” Interactive timeline, made with Sourceline.${basis} ${pageUrl} (accessed ${seen}).`;
  if (!source) return { timeline: citation, source: null };
  const parts = [
    source.publisher ? `${source.publisher}.` : '',
    `“${source.title}.”`,
    `${dayLabel(source.published)}.`,
    source.url ?? '',
  ];
  return { timeline: citation, source: parts.filter(Boolean).join(' ') };
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
