/**
 * EDTF (levels 0 and 1) to `ParsedDate`, through the maintained `edtf` parser. The parser
 * silently corrects impossible dates (2023-02-29 becomes 2023-03-01), so every value must
 * re-serialise to exactly what was written: a date that does not round-trip is rejected.
 */
import edtf, { Date as EdtfDate, Interval as EdtfInterval, parse as parseSyntax } from 'edtf';
import type { EdtfValue } from 'edtf';
import { formatInstant, qualify } from './formatDate.ts';
import { dateFromPart, intervalFromParts } from './datePart.ts';
import type { DatePart } from './datePart.ts';
import type { ParsedDate, Precision } from '../timeline.ts';

/** A parsed date, or a plain-words reason it cannot be used. */
export type EdtfResult = { ok: true; value: ParsedDate } | { ok: false; message: string };

/** Parses an EDTF string into the parts the timeline draws. */
export function parseEdtf(input: string): EdtfResult {
  let parsed: EdtfValue;
  try {
    parsed = edtf(input, { level: 1 });
  } catch {
    return {
      ok: false,
      message: `"${clip(input)}" is not a valid EDTF date (e.g. 2023-03-17, 2017~, 1993/1994)`,
    };
  }
  // Not `parsed.type`: edtf derives it from the class name, which the build's minifier renames.
  const isInterval = parsed instanceof EdtfInterval;
  if (!isInterval && !(parsed instanceof EdtfDate)) {
    const type = parseSyntax(input, { level: 1 }).type;
    return {
      ok: false,
      message: `"${clip(input)}" is an EDTF ${type}; only dates and intervals are supported`,
    };
  }
  if (!sameEdtf(parsed, input)) {
    return {
      ok: false,
      message: `"${clip(input)}" is not a real date (the parser would read it as ${parsed.edtf})`,
    };
  }
  if (isInterval) return fromInterval(parsed, input);
  const part = describePart(parsed, input);
  if (!part)
    return { ok: false, message: `"${clip(input)}" is outside the supported range of years` };
  return { ok: true, value: dateFromPart(input, part) };
}

function fromInterval(parsed: EdtfValue, input: string): EdtfResult {
  const [lowerText = '', upperText = ''] = input.split('/');
  const lower = parsed.lower ? describePart(parsed.lower, lowerText) : null;
  const upper = parsed.upper ? describePart(parsed.upper, upperText) : null;
  if (!lower || !upper) {
    return {
      ok: false,
      message: `"${clip(input)}" has an open or unknown end; give both ends of the interval`,
    };
  }
  if (upper.end <= lower.start) {
    return { ok: false, message: `"${clip(input)}" ends before it starts` };
  }
  return { ok: true, value: intervalFromParts(input, lower, upper) };
}

/** One date (or one end of an interval) as start, end, precision and label. */
function describePart(value: EdtfValue, text: string): DatePart | null {
  const { min, max } = value;
  if (
    typeof min !== 'number' ||
    typeof max !== 'number' ||
    !Number.isFinite(min) ||
    !Number.isFinite(max)
  ) {
    return null;
  }
  const approximate = (value.approximate?.value ?? 0) !== 0;
  const uncertain = (value.uncertain?.value ?? 0) !== 0;
  const precision = precisionOf(text);
  const unspecified = (value.unspecified?.value ?? 0) !== 0;
  const base = unspecified ? spanLabel(min, max + 1, precision) : formatInstant(min, precision);
  return {
    start: min,
    end: max + 1,
    precision,
    approximate,
    uncertain,
    label: qualify(base, approximate, uncertain),
  };
}

/** Precision from the written form: what is fully specified (no X digits). */
function precisionOf(text: string): Precision {
  const core = text.replace(/[~?%]/g, '');
  if (core.includes('T')) return 'time';
  const parts = core.replace(/^-/, '').split('-');
  const known = parts.findIndex((p) => p.includes('X'));
  const depth = known === -1 ? parts.length : known;
  if (depth >= 3) return 'day';
  if (depth === 2) return 'month';
  return 'year';
}

function spanLabel(start: number, end: number, precision: Precision): string {
  const first = formatInstant(start, precision);
  const last = formatInstant(end - 1, precision);
  return first === last ? first : `${first} – ${last}`;
}

function sameEdtf(parsed: EdtfValue, input: string): boolean {
  if (parsed.edtf === input) return true;
  // Date-times re-serialise with milliseconds, so compare them as instants, each end of an
  // interval on its own.
  const parts = input.split('/');
  const values = parts.length === 2 ? [parsed.lower, parsed.upper] : [parsed];
  return parts.every((part, i) => {
    const value = values[i];
    return !!value && (value.edtf === part || sameInstant(value, part));
  });
}

function sameInstant(value: EdtfValue, text: string): boolean {
  if (!text.includes('T') || !/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return false;
  // Date.parse reads a year before 1 CE only in its six-digit form (-000043).
  return Date.parse(text.replace(/^-(\d{4})-/, '-00$1-')) === value.min;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
