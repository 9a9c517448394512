/**
 * "Download annotations": every citation of the draft as a W3C Web Annotation (JSON-LD, the
 * Web Annotation Data Model), gathered in one AnnotationCollection. Each annotation describes
 * its passage (a TextQuoteSelector on the source: its address, else a urn naming it) with the
 * event's date and title. Pure.
 */
import { slugify } from '../../model/slugId.ts';
import type { Draft } from '../draft.ts';

/** The Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** One Web Annotation of a cited passage. */
export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'describing' };
  target: {
    source: string;
    selector: { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string };
  };
}

/** The annotations of a draft, as one collection with one page. */
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Every citation of the draft as a Web Annotation, in one collection. */
export function webAnnotations(draft: Draft): AnnotationCollection {
  const title = draft.source.title.trim() || 'Untitled article';
  const slug = slugify(title) || 'timeline';
  const base = `urn:sourceline:${slug}`;
  const source = draft.source.url.trim() || `${base}:source`;
  const items = draft.events.flatMap((event) =>
    event.citations.map((c, i): WebAnnotation => ({
      '@context': ANNO_CONTEXT,
      id: `${base}:annotation:${event.id}:${i + 1}`,
      type: 'Annotation',
      motivation: 'describing',
      body: {
        type: 'TextualBody',
        value: `${event.date}: ${event.title}`,
        format: 'text/plain',
        purpose: 'describing',
      },
      target: {
        source,
        selector: {
          type: 'TextQuoteSelector',
          exact: c.exact,
          ...(c.prefix !== undefined && { prefix: c.prefix }),
          ...(c.suffix !== undefined && { suffix: c.suffix }),
        },
      },
    })),
  );
  return {
    '@context': ANNO_CONTEXT,
    id: `${base}:annotations`,
    type: 'AnnotationCollection',
    label: `Cited passages of “${title}”`,
    total: items.length,
    first: { id: `${base}:annotations:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
