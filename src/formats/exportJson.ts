/**
 * The compiled timeline back to a dataset file in our format, for "Download JSON". Everything
 * the dataset said is kept (dates as their EDTF, citations as TextQuoteSelectors); only what
 * compiling added (parsed dates, anchored offsets, the source text itself) is left out. The
 * source text is a separate file the dataset names; the app offers it as its own download.
 */
import type { Citation, DatasetFile, EventRecord } from '../model/schema.ts';
import type { Timeline, TimelineEvent } from '../model/timeline.ts';

/** The dataset a timeline was compiled from (up to key order and event order). */
export function timelineToDataset(timeline: Timeline): DatasetFile {
  const { title, description, source, lanes, eras, events } = timeline;
  return {
    title,
    ...(description !== undefined && { description }),
    ...(source && {
      source: {
        file: source.file,
        title: source.title,
        ...(source.publisher !== undefined && { publisher: source.publisher }),
        published: source.published,
        ...(source.url !== undefined && { url: source.url }),
      },
    }),
    lanes: [...lanes],
    ...(eras.length > 0 && {
      eras: eras.map((era) => ({ label: era.label, date: era.date.edtf })),
    }),
    events: events.map(eventRecord),
  };
}

function eventRecord(event: TimelineEvent): EventRecord {
  const record: EventRecord = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date.edtf,
    dateInArticle: event.dateInArticle,
    dateSource: event.dateSource,
    actors: [...event.actors],
    citations: event.citations.map((c) => {
      const citation: Citation = { type: 'TextQuoteSelector', exact: c.exact };
      if (c.prefix !== undefined) citation.prefix = c.prefix;
      if (c.suffix !== undefined) citation.suffix = c.suffix;
      return citation;
    }),
  };
  // A display date is only kept when the dataset gave one (the label differs from the date's).
  if (event.dateLabel !== event.date.label) record.displayDate = event.dateLabel;
  if (event.notes !== undefined) record.notes = event.notes;
  if (event.key === true) record.key = true;
  if (event.media !== undefined) record.media = { ...event.media };
  return record;
}

/** The dataset as pretty-printed JSON text, ending in a newline. */
export function exportJson(timeline: Timeline): string {
  return `${JSON.stringify(timelineToDataset(timeline), null, 2)}\n`;
}
