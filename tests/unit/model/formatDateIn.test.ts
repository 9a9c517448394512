// Dates and numbers in the reader's language, through Intl (Node's full ICU), at their precision.
import { describe, expect, it } from 'vitest';
import {
  eventDateIn,
  formatDateIn,
  formatInstantIn,
  formatNumberIn,
} from '../../../src/model/dates/formatDateIn.ts';
import { parseEdtf } from '../../../src/model/dates/parseEdtf.ts';
import { parseSimpleEdtf } from '../../../src/model/dates/parseSimpleEdtf.ts';
import type { Locale } from '../../../src/model/locale.ts';
import type { ParsedDate } from '../../../src/model/timeline.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';

function date(edtf: string): ParsedDate {
  const result = parseEdtf(edtf);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const label = (locale: Locale, edtf: string) => formatDateIn(locale, date(edtf));

describe('formatDateIn', () => {
  it.each<[Locale, string, string, string]>([
    ['fr', '17 mars 2023', 'mars 2023', '2023'],
    ['de', '17. März 2023', 'März 2023', '2023'],
    ['uk', '17 березня 2023 р.', 'березень 2023 р.', '2023'],
    ['ar', '17 مارس 2023', 'مارس 2023', '2023'],
    ['es', '17 de marzo de 2023', 'marzo de 2023', '2023'],
  ])('writes %s dates at their precision', (locale, day, month, year) => {
    expect(label(locale, '2023-03-17')).toBe(day);
    expect(label(locale, '2023-03')).toBe(month);
    expect(label(locale, '2023')).toBe(year);
  });

  it('gives the same labels from the fast parser as from the full one', () => {
    for (const edtf of ['2023-03-17', '2023-03', '2017~', '1993/1994', '2022-02-24/2023-03-17'])
      expect(formatDateIn('de', parseSimpleEdtf(edtf)!)).toBe(label('de', edtf));
  });

  it('keeps English exactly as compiled', () => {
    for (const edtf of ['2023-03-17', '2017~', '2017?', '1993/1994', '-0499', '199X'])
      expect(label('en', edtf)).toBe(date(edtf).label);
  });

  it.each<[Locale, string, string, string]>([
    ['fr', 'vers 2017', '2017\u202f?', 'vers 2017\u202f?'],
    ['de', 'um 2017', '2017?', 'um 2017?'],
    ['uk', 'близько 2017', '2017?', 'близько 2017?'],
    ['ar', 'حوالي 2017', '2017؟', 'حوالي 2017؟'],
    ['es', 'hacia 2017', '¿2017?', '¿hacia 2017?'],
  ])('marks %s approximate and uncertain dates', (locale, approximate, uncertain, both) => {
    expect(label(locale, '2017~')).toBe(approximate);
    expect(label(locale, '2017?')).toBe(uncertain);
    expect(label(locale, '2017%')).toBe(both);
  });

  it.each<[Locale, string, string]>([
    ['fr', '500 av. J.-C.', '800 ap. J.-C.'],
    ['de', '500 v. Chr.', '800 n. Chr.'],
    ['uk', '500 до н. е.', '800 н. е.'],
    ['ar', '500 ق.م', '800 م'],
  ])('writes the %s era before 1000 CE, and not after', (locale, bce, ce) => {
    expect(label(locale, '-0499')).toBe(bce);
    expect(label(locale, '0800')).toBe(ce);
    expect(label(locale, '1998')).toBe('1998');
  });

  it.each<[Locale, string, string]>([
    ['fr', '1993–1994', '24 février 2022\u2009–\u200917 mars 2023'],
    ['de', '1993–1994', '24. Februar 2022\u2009–\u200917. März 2023'],
    ['uk', '1993–1994', '24 лютого 2022 – 17 березня 2023\u202fрр.'],
    ['ar', '1993–1994', '24 فبراير 2022 – 17 مارس 2023'],
  ])(
    'writes %s ranges with formatRange (thin spaces around the dash where ICU puts them)',
    (locale, years, days) => {
      expect(label(locale, '1993/1994')).toBe(years);
      expect(label(locale, '2022-02-24/2023-03-17')).toBe(days);
      // Unspecified digits are a span too; one that stays in one month is that month.
      expect(label(locale, '199X')).toBe('1990–1999');
      expect(label(locale, '2023-03-XX')).toBe(label(locale, '2023-03'));
    },
  );

  it('writes times in UTC, on the 24-hour clock', () => {
    expect(label('fr', '2023-03-17T14:05:00Z')).toBe('17 mars 2023 à 14:05 UTC');
    expect(formatInstantIn('de', Date.UTC(2023, 2, 17, 9, 5), 'time')).toBe(
      '17. März 2023 um 09:05 UTC',
    );
  });
});

describe('eventDateIn', () => {
  const event = iccTimeline().events[0]!;

  it('localises the compiled date', () => {
    expect(eventDateIn('fr', event)).toBe(formatDateIn('fr', event.date));
    expect(eventDateIn('en', event)).toBe(event.dateLabel);
  });

  it('keeps the dataset’s own wording of a date, which is its text', () => {
    const worded = { ...event, dateLabel: 'Spring, after the vote' };
    expect(eventDateIn('uk', worded)).toBe('Spring, after the vote');
  });
});

describe('formatNumberIn', () => {
  it.each<[Locale, string]>([
    ['en', '12,345'],
    ['fr', '12\u202f345'],
    ['de', '12.345'],
    ['uk', '12\u00a0345'],
    ['ar', '12,345'],
  ])('groups %s digits', (locale, text) => {
    expect(formatNumberIn(locale, 12345)).toBe(text);
  });
});
