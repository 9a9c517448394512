/**
 * TimelineJS date objects ({year, month, day, hour, minute, second}, as numbers or strings) to
 * EDTF, and back. TimelineJS years are historical: -129 is 129 BCE and there is no year 0. EDTF
 * years are astronomical: 0000 is 1 BCE, so -129 becomes -0128. Times carry no zone in
 * TimelineJS; they are read as UTC, which is how the app shows them.
 */

/** A checked TimelineJS date, in astronomical years. */
export interface DateParts {
  /** Astronomical year: 0 is 1 BCE. */
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** A problem with one field of a date object, e.g. `month`. */
export interface DateFieldProblem {
  field: string;
  message: string;
}

/** Earliest and latest historical years that EDTF's four digits can hold. */
export const MIN_TIMELINEJS_YEAR = -10000;
export const MAX_TIMELINEJS_YEAR = 9999;

/** TimelineJS year (no year 0) → astronomical year. */
export function astronomicalYear(historical: number): number {
  return historical < 0 ? historical + 1 : historical;
}

/** Astronomical year → TimelineJS year (1 BCE is -1). */
export function historicalYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

const FIELDS: readonly Field[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/**
 * Reads a TimelineJS date object. Returns `undefined` when there is no date at all (an absent or
 * empty end date), `null` when it is invalid (with every problem in `problems`).
 */
export function readTimelineJsDate(
  value: unknown,
  problems: DateFieldProblem[],
): DateParts | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ field: '', message: 'must be a date object such as {"year": 1998}' });
    return null;
  }
  const raw = value as Record<string, unknown>;
  const numbers: Partial<Record<Field, number>> = {};
  let bad = false;
  for (const field of FIELDS) {
    const read = wholeNumber(raw[field]);
    if (read === 'invalid') {
      problems.push({
        field,
        message: `must be a whole number (got ${JSON.stringify(raw[field])?.slice(0, 40)})`,
      });
      bad = true;
    } else if (read !== undefined) numbers[field] = read;
  }
  if (bad) return null;
  if (Object.keys(numbers).length === 0) return undefined;
  return checkParts(numbers, problems);
}

function checkParts(
  n: Partial<Record<Field, number>>,
  problems: DateFieldProblem[],
): DateParts | null {
  const before = problems.length;
  const fail = (field: string, message: string) => problems.push({ field, message });
  const { year, month, day, hour, minute, second } = n;
  if (year === undefined) fail('year', 'is missing: a date needs at least a year');
  else if (year === 0)
    fail('year', 'is 0, but there is no year 0: 1 BCE is -1 and 1 CE is 1 in TimelineJS');
  else if (year < MIN_TIMELINEJS_YEAR || year > MAX_TIMELINEJS_YEAR)
    fail('year', `is ${year}, outside the supported years (10000 BCE to 9999)`);
  if (month !== undefined && (month < 1 || month > 12))
    fail('month', `must be 1 to 12 (got ${month})`);
  if (day !== undefined) {
    if (month === undefined) fail('day', 'is given without a month');
    else if (year !== undefined && month >= 1 && month <= 12) {
      const days = daysInMonth(astronomicalYear(year), month);
      if (day < 1 || day > days) fail('day', `must be 1 to ${days} in that month (got ${day})`);
    }
  }
  if (hour !== undefined) {
    if (day === undefined) fail('hour', 'is given without a day');
    else if (hour < 0 || hour > 23) fail('hour', `must be 0 to 23 (got ${hour})`);
  }
  if (minute !== undefined) {
    if (hour === undefined) fail('minute', 'is given without an hour');
    else if (minute < 0 || minute > 59) fail('minute', `must be 0 to 59 (got ${minute})`);
  }
  if (second !== undefined) {
    if (minute === undefined) fail('second', 'is given without a minute');
    else if (second < 0 || second > 59) fail('second', `must be 0 to 59 (got ${second})`);
  }
  if (problems.length > before || year === undefined) return null;
  const parts: DateParts = { year: astronomicalYear(year) };
  if (month !== undefined) parts.month = month;
  if (day !== undefined) parts.day = day;
  if (hour !== undefined) parts.hour = hour;
  if (minute !== undefined) parts.minute = minute;
  if (second !== undefined) parts.second = second;
  return parts;
}

/** A whole number from a number or a numeric string; `undefined` for blank; 'invalid' else. */
function wholeNumber(value: unknown): number | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'invalid';
  if (typeof value !== 'string') return 'invalid';
  const text = value.trim();
  if (text === '') return undefined;
  return /^[+-]?\d{1,7}$/.test(text) ? Number(text) : 'invalid';
}

/** Days in a month of the proleptic Gregorian calendar (astronomical year). */
function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** First instant a date covers and the instant just after it (ms, UTC), as parseEdtf has them. */
export function spanOf(parts: DateParts): { start: number; end: number } {
  const { year, month, day, hour, minute, second } = parts;
  const at = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    date.setUTCHours(h, min, s, 0);
    return date.getTime();
  };
  if (month === undefined) return { start: at(year, 1, 1), end: at(year + 1, 1, 1) };
  if (day === undefined) return { start: at(year, month, 1), end: at(year, month + 1, 1) };
  if (hour === undefined) return { start: at(year, month, day), end: at(year, month, day + 1) };
  const start = at(year, month, day, hour, minute ?? 0, second ?? 0);
  return { start, end: start + 1 };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** EDTF for checked parts: `-0128`, `1998-07`, `1998-07-17`, `1998-07-17T10:30:00Z`. */
export function edtfOf(parts: DateParts): string {
  const { year, month, day, hour, minute, second } = parts;
  let text = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  if (month === undefined) return text;
  text += `-${pad(month, 2)}`;
  if (day === undefined) return text;
  text += `-${pad(day, 2)}`;
  if (hour === undefined) return text;
  return `${text}T${pad(hour, 2)}:${pad(minute ?? 0, 2)}:${pad(second ?? 0, 2)}Z`;
}

/** The parts of a plain EDTF date (no qualifiers, no X), or null for anything else. */
export function partsOfEdtf(edtf: string): DateParts | null {
  const match =
    /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z)?)?)?$/.exec(edtf);
  if (!match) return null;
  const [, year = '', month, day, hour, minute, second] = match;
  const parts: DateParts = { year: Number(year) };
  if (month !== undefined) parts.month = Number(month);
  if (day !== undefined) parts.day = Number(day);
  if (hour !== undefined) parts.hour = Number(hour);
  if (minute !== undefined) parts.minute = Number(minute);
  if (second !== undefined && Number(second) !== 0) parts.second = Number(second);
  return parts;
}
