/**
 * The date finder's rules for years written out, which chrono-node declines (measured in
 * tests/unit/studio/findDates.test.ts): bare years and year ranges, decades and centuries, BCE.
 * Each returns candidates at the precision the words support, never finer.
 */
import { edtfYear, yearLabel } from './calendar.ts';
import type { Candidate, Reference } from './candidate.ts';
import { YEAR, YEAR_CUE, candidate, matches, part } from './ruleParts.ts';

/** 44 BC, 300 BCE, AD 79, 79 CE: astronomical years (1 BCE is year 0). */
export function eraYears(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(
    text,
    /\b(\d{1,4})\s?(B\.C\.E\.|B\.C\.|BCE|BC)(?![A-Za-z])/g,
  )) {
    const year = 1 - Number(m[1]);
    // The preposition belongs to the wording the dataset keeps ("in 2000", as dateInArticle).
    const preposition = /\b(?:in|since|by|until|from|during|before|after|around)\s+$/i.exec(
      text.slice(Math.max(0, start - 8), start),
    );
    out.push(
      candidate({
        start: start - (preposition?.[0].length ?? 0),
        end,
        date: edtfYear(year),
        anchor: { year },
        label: yearLabel(year),
        rule: 'era',
      }),
    );
  }
  for (const { m, start, end } of matches(
    text,
    /\b(?:(?:AD|A\.D\.)\s?(\d{1,4})|(\d{1,4})\s?(?:CE|C\.E\.|AD|A\.D\.))(?![A-Za-z])/g,
  )) {
    const year = Number(m[1] ?? m[2]);
    // The preposition belongs to the wording the dataset keeps ("in 2000", as dateInArticle).
    const preposition = /\b(?:in|since|by|until|from|during|before|after|around)\s+$/i.exec(
      text.slice(Math.max(0, start - 8), start),
    );
    out.push(
      candidate({
        start: start - (preposition?.[0].length ?? 0),
        end,
        date: edtfYear(year),
        anchor: { year },
        label: yearLabel(year),
        rule: 'era',
      }),
    );
  }
  return out;
}

/** The 1990s, the ’90s, the early 2000s; the 1800s (a century); the 19th century. */
export function decades(text: string): Candidate[] {
  const out: Candidate[] = [];
  const pattern = /\b(?:(early|mid|late)[- ](?:in\s+)?)?(?:the\s+)?(?:(\d{2,3})0s|['’](\d)0s)\b/gi;
  for (const { m, start, end } of matches(text, pattern)) {
    const qualifier = m[1];
    let first: number;
    let span = 10;
    let sure = true;
    let note: string | undefined;
    if (m[3] !== undefined) {
      const d = Number(m[3]);
      first = (d >= 3 ? 1900 : 2000) + d * 10;
      sure = false;
      note = `read as the ${first}s: the century is not written`;
    } else {
      first = Number(m[2]) * 10;
      if (
        first % 100 === 0 &&
        first >= 1000 &&
        !/\b(early|mid|late)\b/i.test(m[0]) &&
        first !== 2000
      ) {
        span = 100;
        note = `read as the century ${first}–${first + 99}; "the ${first}s" can also mean its first decade`;
        sure = false;
      }
    }
    if (qualifier) {
      const [a, b] = part(qualifier, first, span);
      out.push(
        candidate({
          start,
          end,
          date: `${edtfYear(a)}~/${edtfYear(b)}~`,
          anchor: { year: a },
          label: `c. ${a} – c. ${b}`,
          sure,
          ...(note && { note }),
          rule: 'decade',
        }),
      );
    } else {
      const digits = edtfYear(first).slice(0, span === 100 ? 2 : 3);
      const date = digits + (span === 100 ? 'XX' : 'X');
      out.push(
        candidate({
          start,
          end,
          date,
          anchor: { year: first },
          label: `${first} – ${first + span - 1}`,
          sure,
          ...(note && { note }),
          rule: 'decade',
        }),
      );
    }
  }
  const century =
    /\b(?:(early|mid|late)[- ](?:in\s+)?)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi;
  for (const { m, start, end } of matches(text, century)) {
    const first = (Number(m[2]) - 1) * 100;
    if (first < 1) continue;
    if (m[1]) {
      const [a, b] = part(m[1], first, 100);
      out.push(
        candidate({
          start,
          end,
          date: `${edtfYear(a)}~/${edtfYear(b)}~`,
          anchor: { year: a },
          label: `c. ${a} – c. ${b}`,
          rule: 'century',
        }),
      );
    } else {
      out.push(
        candidate({
          start,
          end,
          date: `${edtfYear(first).slice(0, 2)}XX`,
          anchor: { year: first },
          label: `${first} – ${first + 99}`,
          rule: 'century',
        }),
      );
    }
  }
  return out;
}

/** Years written alone ("in 2000", "the 1998 treaty") and ranges ("from 1990 to 1994", "1993–94"). */
export function bareYears(text: string, ref: Reference): Candidate[] {
  const out: Candidate[] = [];
  const range = new RegExp(
    `\\b(?:(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|till|through)\\s+${YEAR}|${YEAR}\\s?[-–—]\\s?(\\d{4}|\\d{2})(?![\\d-]))\\b`,
    'gi',
  );
  for (const { m, start, end } of matches(text, range)) {
    const a = Number(m[1] ?? m[3]);
    const raw = m[2] ?? m[4] ?? '';
    const b = raw.length === 2 ? Math.floor(a / 100) * 100 + Number(raw) : Number(raw);
    if (b <= a || b - a > 100) continue;
    out.push(
      candidate({
        start,
        end,
        date: `${edtfYear(a)}/${edtfYear(b)}`,
        anchor: { year: a },
        label: `${a} – ${b}`,
        rule: 'year-range',
      }),
    );
  }
  const single = new RegExp(
    `(?<![\\d$£€.,:/#-])${YEAR}(?![\\d%]|,\\d|\\.\\d|s\\b|['’]s\\b|-\\d|\\s?(?:BCE?|B\\.C\\.|AD|A\\.D\\.|CE)\\b)`,
    'g',
  );
  for (const { m, start, end } of matches(text, single)) {
    const year = Number(m[1]);
    const cued =
      YEAR_CUE.test(text.slice(Math.max(0, start - 12), start)) ||
      /^[,;.)]/.test(text.slice(end, end + 1));
    const future = year > ref.day.year;
    const note = future
      ? 'after the publication day: a plan or a forecast, not yet an event'
      : cued
        ? undefined
        : 'a four-digit number that may not be a year';
    // The preposition belongs to the wording the dataset keeps ("in 2000", as dateInArticle).
    const preposition = /\b(?:in|since|by|until|from|during|before|after|around)\s+$/i.exec(
      text.slice(Math.max(0, start - 8), start),
    );
    out.push(
      candidate({
        start: start - (preposition?.[0].length ?? 0),
        end,
        date: edtfYear(year),
        anchor: { year },
        label: yearLabel(year),
        sure: cued && !future,
        ...(note && { note }),
        rule: 'bare-year',
      }),
    );
  }
  return out;
}
