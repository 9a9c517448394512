import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../../src/model/dates/parseEdtf.ts';
import type { ParsedDate } from '../../../src/model/timeline.ts';

/** UTC midnight of a proleptic Gregorian day; setUTCFullYear, unlike Date.UTC, keeps years 0–99. */
function utc(year: number, month = 1, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function parsed(input: string): ParsedDate {
  const result = parseEdtf(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.message}`);
  return result.value;
}

function rejection(input: string): string {
  const result = parseEdtf(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected, got ${result.value.label}`);
  return result.message;
}

describe('parseEdtf precision', () => {
  it('reads a day as a one-day point', () => {
    expect(parsed('2023-03-17')).toMatchObject({
      start: utc(2023, 3, 17),
      end: utc(2023, 3, 18),
      precision: 'day',
      isPoint: true,
      isInterval: false,
      label: '17 March 2023',
    });
  });

  it('reads a month as a span to the next month', () => {
    expect(parsed('2023-03')).toMatchObject({
      start: utc(2023, 3),
      end: utc(2023, 4),
      precision: 'month',
      isPoint: false,
      label: 'March 2023',
    });
  });

  it('reads a year as a span to the next year', () => {
    expect(parsed('2023')).toMatchObject({
      start: utc(2023),
      end: utc(2024),
      precision: 'year',
      label: '2023',
    });
  });

  it('reads a time with a zone as an instant, shown in UTC', () => {
    expect(parsed('2023-03-17T10:05:00+02:00')).toMatchObject({
      start: Date.UTC(2023, 2, 17, 8, 5),
      precision: 'time',
      isPoint: true,
      label: '17 March 2023, 08:05 UTC',
    });
  });

  it('rejects a time without a zone, whose instant would depend on the reader', () => {
    expect(rejection('2023-03-17T10:00:00')).toContain('not a real date');
  });

  it('reads unspecified digits as the span they cover', () => {
    expect(parsed('199X')).toMatchObject({
      start: utc(1990),
      end: utc(2000),
      label: '1990 – 1999',
    });
    expect(parsed('2023-03-XX')).toMatchObject({ precision: 'month', label: 'March 2023' });
  });
});

describe('parseEdtf qualifiers', () => {
  it.each([
    ['2017~', true, false, 'c. 2017'],
    ['2017?', false, true, '2017?'],
    ['2017%', true, true, 'c. 2017?'],
    ['2023-03-17~', true, false, 'c. 17 March 2023'],
  ])('%s: approximate %s, uncertain %s, label "%s"', (input, approximate, uncertain, label) => {
    expect(parsed(input)).toMatchObject({ approximate, uncertain, label });
  });
});

describe('parseEdtf intervals', () => {
  it('spans from the first day of the start to the end of the last day', () => {
    expect(parsed('1993-05-25/1994-11-08')).toMatchObject({
      start: utc(1993, 5, 25),
      end: utc(1994, 11, 9),
      isInterval: true,
      isPoint: false,
      precision: 'day',
      label: '25 May 1993 – 8 November 1994',
    });
  });

  it('takes the coarser precision of its ends, and qualifiers from either end', () => {
    expect(parsed('1993/1994-06')).toMatchObject({ precision: 'year', label: '1993 – June 1994' });
    expect(parsed('1984?/2004~')).toMatchObject({
      approximate: true,
      uncertain: true,
      label: '1984? – c. 2004',
    });
  });

  it.each(['1985-04-12/..', '../1985', '1985/'])('rejects the open interval %s', (input) => {
    expect(rejection(input)).toContain('give both ends of the interval');
  });

  it('rejects an interval that runs backwards', () => {
    expect(parseEdtf('1994/1993').ok).toBe(false);
  });
});

describe('parseEdtf years before the common era', () => {
  // EDTF years are astronomical: 0000 is 1 BCE, so a negative year is one more BCE than it reads.
  it('labels year 0000 as 1 BCE and 0001 as 1 CE', () => {
    expect(parsed('0000')).toMatchObject({ start: utc(0), end: utc(1), label: '1 BCE' });
    expect(parsed('0001').label).toBe('1 CE');
  });

  it('labels -0129 as 130 BCE, at every precision', () => {
    expect(parsed('-0129')).toMatchObject({ start: utc(-129), end: utc(-128), label: '130 BCE' });
    expect(parsed('-0129-03-15').label).toBe('15 March 130 BCE');
  });

  it('keeps two-digit years in the first century, not the 1900s', () => {
    expect(parsed('0050-06-15')).toMatchObject({ start: utc(50, 6, 15), label: '15 June 50 CE' });
  });
});

describe('parseEdtf rejections', () => {
  it('rejects 2023-02-29 instead of letting the parser make it 2023-03-01', () => {
    expect(rejection('2023-02-29')).toBe(
      '"2023-02-29" is not a real date (the parser would read it as 2023-03-01)',
    );
  });

  it('accepts 29 February in leap years only, by the Gregorian century rule', () => {
    expect(parsed('2024-02-29').label).toBe('29 February 2024');
    expect(parsed('2000-02-29').label).toBe('29 February 2000');
    expect(parseEdtf('1900-02-29').ok).toBe(false);
  });

  it.each(['1999-13', '2023-00-10', '2023-04-31', '2023-3-17', 'hello', ''])(
    'rejects %j',
    (input) => {
      expect(parseEdtf(input).ok).toBe(false);
    },
  );

  it('names a season as unsupported, not as a typo', () => {
    expect(rejection('2001-21')).toBe(
      '"2001-21" is an EDTF Season; only dates and intervals are supported',
    );
  });

  it.each(['[1667,1668]', '{1667,1668}'])(
    'rejects the set %s, quoting it and an example',
    (input) => {
      expect(rejection(input)).toBe(
        `"${input}" is not a valid EDTF date (e.g. 2023-03-17, 2017~, 1993/1994)`,
      );
    },
  );

  it('clips a huge input in its message', () => {
    expect(rejection('9'.repeat(100_000)).length).toBeLessThan(120);
  });
});
