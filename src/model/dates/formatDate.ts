/**
 * Human labels for dates. Pure and time-zone free: every calendar field is read in UTC.
 * Years use the astronomical numbering of EDTF (year 0 is 1 BCE), shown historically.
 */
import type { Precision } from '../timeline.ts';

/** The English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2023", "1 CE", "500 BCE": astronomical year 0 is 1 BCE, -499 is 500 BCE. */
export function formatYear(year: number): string {
  if (year <= 0) return `${1 - year} BCE`;
  if (year < 1000) return `${year} CE`;
  return String(year);
}

/** The English name of a zero-based month. */
export function monthName(month0: number): string {
  return MONTHS[month0] ?? '';
}

/** Formats one instant at the given precision, e.g. "17 March 2023" or "March 2023". */
export function formatInstant(ms: number, precision: Precision): string {
  const d = new Date(ms);
  const year = formatYear(d.getUTCFullYear());
  switch (precision) {
    case 'year':
      return year;
    case 'month':
      return `${monthName(d.getUTCMonth())} ${year}`;
    case 'day':
      return `${d.getUTCDate()} ${monthName(d.getUTCMonth())} ${year}`;
    case 'time': {
      const hh = String(d.getUTCHours()).padStart(2, '0');
      const mm = String(d.getUTCMinutes()).padStart(2, '0');
      return `${d.getUTCDate()} ${monthName(d.getUTCMonth())} ${year}, ${hh}:${mm} UTC`;
    }
  }
}

/** Adds the marks of approximation ("c. ") and uncertainty ("?") to a label. */
export function qualify(label: string, approximate: boolean, uncertain: boolean): string {
  return `${approximate ? 'c. ' : ''}${label}${uncertain ? '?' : ''}`;
}
