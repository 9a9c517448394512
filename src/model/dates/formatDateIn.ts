/**
 * Dates and numbers in a reader's language, through `Intl` (no month tables): a date at its
 * precision ("17 mars 2023", "mars 2023", "2023"), its era before 1000 CE ("500 av. J.-C."),
 * ranges with `Intl.DateTimeFormat#formatRange`, and the marks of approximation and uncertainty.
 * English keeps the labels compiled with the dataset (formatDate.ts), byte for byte, so this is
 * only ever loaded for the other languages. Pure: every field is read in UTC.
 */
import type { Locale } from '../locale.ts';
import type { ParsedDate, Precision, TimelineEvent } from '../timeline.ts';

/** A language's marks of approximation and uncertainty, around a formatted date. */
interface Qualifiers {
  approximate: (date: string) => string;
  uncertain: (date: string) => string;
}

// U+202F, the narrow no-break space French typography puts before a question mark.
const QUALIFIERS: Record<Exclude<Locale, 'en'>, Qualifiers> = {
  fr: { approximate: (d) => `vers ${d}`, uncertain: (d) => `${d}\u202f?` },
  es: { approximate: (d) => `hacia ${d}`, uncertain: (d) => `¿${d}?` },
  de: { approximate: (d) => `um ${d}`, uncertain: (d) => `${d}?` },
  uk: { approximate: (d) => `близько ${d}`, uncertain: (d) => `${d}?` },
  ar: { approximate: (d) => `حوالي ${d}`, uncertain: (d) => `${d}؟` },
};

const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  time: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per language, precision and whether the era is written. */
function formatter(locale: Locale, precision: Precision, era: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${precision} ${era}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...FIELDS[precision],
      ...(era && { era: 'short' }),
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format;
}

// As in English ("500 BCE", "800 CE"), the era is written for years before 1000.
const needsEra = (ms: number) => new Date(ms).getUTCFullYear() < 1000;

/** One instant at a precision, e.g. "17 mars 2023" in French. */
export function formatInstantIn(locale: Locale, ms: number, precision: Precision): string {
  return formatter(locale, precision, needsEra(ms)).format(ms);
}

/** From `start` to the instant before `end`, at a precision: one date when they share it. */
export function formatSpanIn(
  locale: Locale,
  start: number,
  end: number,
  precision: Precision,
): string {
  const last = end - 1;
  const format = formatter(locale, precision, needsEra(start) || needsEra(last));
  return last <= start ? format.format(start) : format.formatRange(start, last);
}

/** A dataset's date, qualified: "vers 2017", "1993–1994", "17 mars 2023". */
export function formatDateIn(locale: Locale, date: ParsedDate): string {
  if (locale === 'en') return date.label;
  // A point is its start; a span (a year, a month, an interval) is written as its range.
  const text = date.isPoint
    ? formatInstantIn(locale, date.start, date.precision)
    : formatSpanIn(locale, date.start, date.end, date.precision);
  const marks = QUALIFIERS[locale];
  const approximate = date.approximate ? marks.approximate(text) : text;
  return date.uncertain ? marks.uncertain(approximate) : approximate;
}

/** What an event shows as its date: the dataset's own wording if it has one, else its date. */
export function eventDateIn(locale: Locale, event: TimelineEvent): string {
  return event.dateLabel === event.date.label ? formatDateIn(locale, event.date) : event.dateLabel;
}

/** A count or other whole number in a language's digits and grouping. */
export function formatNumberIn(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}
