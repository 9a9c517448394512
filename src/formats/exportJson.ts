/**
 * The compiled timeline back to a dataset file in our format, for "Download JSON". Everything
 * the dataset said is kept (dates as their EDTF, citations as TextQuoteSelectors); only what
 * compiling added (parsed dates, anchored offsets, the source texts themselves) is left out.
 * Each source text is a separate file the dataset names; the app offers it as its own download.
 * One source is written as `source`; several as `sources`, each citation naming its own.
 */
import type { Citation, DatasetFile, EventRecord, SourceRecord } from '../model/schema.ts';
import type { SourceDocument, Timeline, TimelineEvent } from '../model/timeline.ts';

/** How the dataset gives its source texts. */
export interface DatasetOptions {
  /** Each source's text inside the file (`text`), so one file is the whole timeline. */
  textsInside?: boolean;
}

/**
 * The dataset a timeline was compiled from (up to key order and event order): each source by
 * its file, or with its text inside.
 */
export function timelineToDataset(timeline: Timeline, options: DatasetOptions = {}): DatasetFile {
  const { title, description, language, sources, lanes, eras, events } = timeline;
  const several = sources.length > 1;
  const [only] = sources;
  return {
    title,
    ...(description !== undefined && { description }),
    ...(language !== undefined && { language }),
    ...(several
      ? { sources: sources.map((source) => sourceRecord(source, true, options)) }
      : only && { source: sourceRecord(only, only.id !== 'source', options) }),
    lanes: [...lanes],
    ...(eras.length > 0 && {
      eras: eras.map((era) => ({ label: era.label, date: era.date.edtf })),
    }),
    events: events.map((event) => eventRecord(event, several)),
  };
}

/** A source as the dataset gives it, by its file; `withId` where citations name it. */
function sourceRecord(
  source: SourceDocument,
  withId: boolean,
  { textsInside = false }: DatasetOptions,
): SourceRecord {
  return {
    ...(withId && { id: source.id }),
    ...(textsInside ? { text: source.text } : { file: source.file }),
    title: source.title,
    ...(source.publisher !== undefined && { publisher: source.publisher }),
    published: source.published,
    ...(source.url !== undefined && { url: source.url }),
    ...(source.language !== undefined && { language: source.language }),
  };
}

function eventRecord(event: TimelineEvent, namesSources: boolean): EventRecord {
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
      if (namesSources) citation.source = c.source;
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
