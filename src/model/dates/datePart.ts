/**
 * The pieces both date parsers share: one date (or one end of an interval) as a DatePart, and
 * the ParsedDate made from one or two of them. Fields are always set in the same order, so every
 * ParsedDate has one object shape and the layout's property reads stay fast.
 */
import type { ParsedDate, Precision } from '../timeline.ts';

/** Coarse to fine: an interval's precision is that of its coarser end. */
export const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, time: 3 };

/** One date, or one end of an interval, reduced to what a ParsedDate needs. */
export interface DatePart {
  start: number;
  end: number;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  label: string;
}

/** A single date: a point when known to the day (or instant), else a span. */
export function dateFromPart(edtf: string, part: DatePart): ParsedDate {
  return {
    edtf,
    start: part.start,
    end: part.end,
    precision: part.precision,
    isInterval: false,
    approximate: part.approximate,
    uncertain: part.uncertain,
    isPoint: part.precision === 'day' || part.precision === 'time',
    label: part.label,
  };
}

/** An interval from its two ends (the caller has checked that they are in order). */
export function intervalFromParts(edtf: string, lower: DatePart, upper: DatePart): ParsedDate {
  return {
    edtf,
    start: lower.start,
    end: upper.end,
    precision:
      PRECISION_RANK[lower.precision] <= PRECISION_RANK[upper.precision]
        ? lower.precision
        : upper.precision,
    isInterval: true,
    approximate: lower.approximate || upper.approximate,
    uncertain: lower.uncertain || upper.uncertain,
    isPoint: false,
    label: `${lower.label} – ${upper.label}`,
  };
}
