import { describe, expect, it } from 'vitest';
import {
  formatInstant,
  formatYear,
  monthName,
  qualify,
} from '../../../src/model/dates/formatDate.ts';

describe('formatYear', () => {
  it.each([
    [2023, '2023'],
    [1000, '1000'],
    [999, '999 CE'],
    [1, '1 CE'],
    [0, '1 BCE'],
    [-1, '2 BCE'],
    [-499, '500 BCE'],
  ])('shows astronomical year %i as "%s"', (year, label) => {
    expect(formatYear(year)).toBe(label);
  });
});

describe('monthName', () => {
  it('names zero-based months, and nothing outside them', () => {
    expect(monthName(0)).toBe('January');
    expect(monthName(11)).toBe('December');
    expect(monthName(12)).toBe('');
  });
});

describe('formatInstant', () => {
  const instant = Date.UTC(2023, 2, 7, 9, 5);

  it.each([
    ['year', '2023'],
    ['month', 'March 2023'],
    ['day', '7 March 2023'],
    ['time', '7 March 2023, 09:05 UTC'],
  ] as const)('at %s precision gives "%s"', (precision, label) => {
    expect(formatInstant(instant, precision)).toBe(label);
  });

  it('reads the calendar in UTC, so the last minute of a day stays on that day', () => {
    expect(formatInstant(Date.UTC(2022, 11, 31, 23, 59), 'day')).toBe('31 December 2022');
  });

  it('shows years before the common era historically', () => {
    const date = new Date(0);
    date.setUTCFullYear(-43, 2, 15);
    expect(formatInstant(date.getTime(), 'day')).toBe('15 March 44 BCE');
  });
});

describe('qualify', () => {
  it('marks approximation before and uncertainty after', () => {
    expect(qualify('2017', false, false)).toBe('2017');
    expect(qualify('2017', true, false)).toBe('c. 2017');
    expect(qualify('2017', false, true)).toBe('2017?');
    expect(qualify('2017', true, true)).toBe('c. 2017?');
  });
});
