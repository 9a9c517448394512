/**
 * The dataset format: one definition, from which the TypeScript types are inferred and
 * `data/schema.json` is generated. Every field is checked here; inner code trusts the result.
 */
import { z } from 'zod';
import {
  KEBAB,
  MAX_SOURCE_TEXT,
  PUBLISHED_DAY,
  SOURCE_FILE,
  isLanguageTag,
} from './datasetRules.ts';
import { hasVisibleText } from './invisibleText.ts';

// Before any schema is built: zod would otherwise probe `new Function` to compile fast parsers,
// which the page's Content-Security-Policy forbids and reports as a violation on every load.
z.config({ jitless: true });

const INVISIBLE_ONLY =
  'must have visible text (it holds only invisible characters, such as zero-width spaces)';

/** Something a reader can see; empty text gets "must not be empty" instead. */
const visible = (s: string) => s === '' || hasVisibleText(s);

/** Short single-line text: titles, labels, wording. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\r\n]/.test(s), 'must be a single line')
    .refine(visible, INVISIBLE_ONLY);

/** Longer prose: summaries and notes. */
const prose = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(visible, INVISIBLE_ONLY);

/** The id of an event or a source: kebab-case, so it fits in a URL and a `data-` attribute. */
const kebabId = z
  .string()
  .regex(KEBAB, 'must be kebab-case (lower-case letters, digits and hyphens)');

/** A BCP 47 language tag ("en", "pt-BR"), as `Intl` accepts it. */
const languageTag = z
  .string()
  .max(35, 'must be at most 35 characters')
  .refine(isLanguageTag, 'must be a language tag such as "en", "fr" or "pt-BR"');

/** A W3C Web Annotation TextQuoteSelector: the exact words, with just enough context to be unique. */
export const citationSchema = z.strictObject({
  type: z.literal('TextQuoteSelector').optional(),
  /** The id of the source the words are in; needed only when the dataset has several sources. */
  source: kebabId.optional(),
  exact: z.string().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
  prefix: z.string().max(200, 'must be at most 200 characters').optional(),
  suffix: z.string().max(200, 'must be at most 200 characters').optional(),
});

/** Where an event's date comes from. */
export const dateSourceSchema = z.discriminatedUnion('kind', [
  /** The article states the date at the given precision. */
  z.strictObject({ kind: z.literal('article') }),
  /** Worked out from the article, e.g. "last year" from the publication day. */
  z.strictObject({ kind: z.literal('inferred'), basis: line(300) }),
  /** Taken from the public record, which is named. */
  z.strictObject({ kind: z.literal('record'), record: line(500) }),
]);

/** One datable event. */
export const eventSchema = z.strictObject({
  id: kebabId,
  title: line(120),
  summary: prose(2000),
  /** EDTF level 0/1: a day, month, year or interval; `~` approximate, `?` uncertain. */
  date: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
  /** A label to show instead of the formatted date (e.g. TimelineJS `display_date`). */
  displayDate: line(80).optional(),
  /** How the article words the date ("in 2000", "last year"); null when it gives none. */
  dateInArticle: line(200).nullable(),
  dateSource: dateSourceSchema,
  /** Who acted: the first actor is the event's lane. */
  actors: z.array(line(60)).min(1, 'must name at least one actor').max(12),
  notes: prose(4000).optional(),
  /**
   * A key event of the story: its label is never shortened on the timeline. TimelineJS and its
   * sheets have no equivalent, so imports leave it unset.
   */
  key: z.boolean().optional(),
  /** Passages of the source that state the event; may be empty only for sourceless imports. */
  citations: z.array(citationSchema).max(20),
  /** A link kept from an imported media item (http or https only). */
  media: z
    .strictObject({
      url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
      caption: line(500).optional(),
      credit: line(300).optional(),
    })
    .optional(),
});

/** A labelled background band (TimelineJS "eras"). */
export const eraSchema = z.strictObject({
  label: line(120),
  date: z.string().trim().min(1).max(64),
});

/**
 * A source document a dataset's citations point into. Its text is either a file beside the
 * dataset (`file`) or carried inside it (`text`, so one file is a whole timeline): exactly one.
 */
export const sourceSchema = z
  .strictObject({
    /** Named by citations (`citations[].source`) when the dataset has several sources. */
    id: kebabId.optional(),
    /** Path of the text file, relative to the dataset file. */
    file: z.string().regex(SOURCE_FILE, 'must be a .txt file name beside the dataset').optional(),
    /** The source text itself, instead of a file beside the dataset. */
    text: z
      .string()
      .min(1, 'must not be empty')
      .max(MAX_SOURCE_TEXT, `must be at most ${MAX_SOURCE_TEXT} characters`)
      .optional(),
    title: line(300),
    publisher: line(200).optional(),
    /** EDTF day of publication: relative dates ("on Friday") hang on it. */
    published: z.string().regex(PUBLISHED_DAY, 'must be a YYYY-MM-DD date'),
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    /** The language its text is written in, so screen readers pronounce it right. */
    language: languageTag.optional(),
  })
  .refine((source) => (source.file === undefined) !== (source.text === undefined), {
    message:
      'must give the source text either as a "file" beside the dataset or as "text" inside it (one, not both)',
  });

/** The events list's own rules, whatever its items. */
function eventList<T extends z.ZodType>(item: T) {
  return z.array(item).min(1, 'must hold at least one event').max(200_000);
}

/** A whole dataset file. */
export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  title: line(200),
  description: prose(2000).optional(),
  /** The language of the dataset's own text (titles, summaries, notes). */
  language: languageTag.optional(),
  /**
   * The one source document (absent for timelines imported without a source text). A dataset
   * citing several documents lists them in `sources` instead: one or the other, not both.
   */
  source: sourceSchema.optional(),
  /** Several source documents (articles, a press release, a law), each with its `id`. */
  sources: z.array(sourceSchema).min(1, 'must list at least one source').max(50).optional(),
  /** Lane order; actors not listed follow in order of first appearance. */
  lanes: z.array(line(60)).max(50).optional(),
  eras: z.array(eraSchema).max(200).optional(),
  events: eventList(eventSchema),
});

/**
 * The whole dataset with its events left unchecked, one by one: validateDataset.ts checks them in
 * batches against `eventSchema`, so a long check can report its progress. The same rules.
 */
export const datasetEnvelopeSchema = z.strictObject({
  ...datasetSchema.shape,
  events: eventList(z.unknown()),
});

export type Citation = z.infer<typeof citationSchema>;
export type DateSource = z.infer<typeof dateSourceSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type EraRecord = z.infer<typeof eraSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type DatasetFile = z.infer<typeof datasetSchema>;
