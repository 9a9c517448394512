/**
 * Calendar arithmetic for the date finder, on plain year/month/day numbers through UTC (never the
 * machine's time zone), and EDTF and English renderings of the results.
 */

import { MONTHS } from '../../model/dates/formatDate.ts';

/** A calendar day; `month` 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The English month names, January first (the reader's own, formatDate.ts). */
export const MONTH_NAMES = MONTHS;

/** "2023-03-17" → a Day, or null when it is not a real day. */
export function parseDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = fromUtc(Date.UTC(year, month - 1, day));
  return back.year === year && back.month === month && back.day === day ? back : null;
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function utc(day: Day): number {
  const date = new Date(0);
  date.setUTCFullYear(day.year, day.month - 1, day.day);
  return date.getTime();
}

/** The day `n` days after `day` (before it when negative). */
export function addDays(day: Day, n: number): Day {
  return fromUtc(utc(day) + n * 86_400_000);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(day: Day): number {
  return new Date(utc(day)).getUTCDay();
}

/** The last `target` weekday on or before `day`. */
export function weekdayOnOrBefore(day: Day, target: number): Day {
  return addDays(day, -((weekday(day) - target + 7) % 7));
}

/** The year of the last `month` (1–12) on or before the month of `day`. */
export function yearOfMonthOnOrBefore(day: Day, month: number): number {
  return month <= day.month ? day.year : day.year - 1;
}

/** The year of the last `month`-`dayOfMonth` on or before `day`. */
export function yearOfDayOnOrBefore(day: Day, month: number, dayOfMonth: number): number {
  const later = month > day.month || (month === day.month && dayOfMonth > day.day);
  return later ? day.year - 1 : day.year;
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/** EDTF year: astronomical, so 1 BCE is 0000 and 44 BCE is -0043. */
export function edtfYear(year: number): string {
  return `${year < 0 ? '-' : ''}${pad(year, 4)}`;
}

export function edtfMonth(year: number, month: number): string {
  return `${edtfYear(year)}-${pad(month, 2)}`;
}

export function edtfDay(day: Day): string {
  return `${edtfMonth(day.year, day.month)}-${pad(day.day, 2)}`;
}

/** "17 March 2023". */
export function dayLabel(day: Day): string {
  return `${day.day} ${monthLabel(day.year, day.month)}`;
}

/** "March 2023". */
export function monthLabel(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1] ?? ''} ${yearLabel(year)}`;
}

/** "2023", or "44 BCE" for astronomical -43. */
export function yearLabel(year: number): string {
  return year <= 0 ? `${1 - year} BCE` : String(year);
}

/** A month's number from its English name or abbreviation ("Sept.", "dec"), or null. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const at = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(key));
  return key.length === 3 && at >= 0 ? at + 1 : null;
}
