import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/layout/axis/axisTicks.ts';
import { historicalYearTicks } from '../../../src/layout/axis/historicalYearTicks.ts';
import { timeScale } from '../../../src/layout/axis/timeScale.ts';

/** January 1 of an astronomical year (Date.UTC would read 0–99 as 1900–1999). */
function yearStart(year: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date;
}

function labels(from: number, to: number, width: number): string[] {
  const scale = timeScale(
    { start: yearStart(from).getTime(), end: yearStart(to).getTime() },
    width,
  );
  return axisTicks(scale).map((tick) => tick.label);
}

describe('historicalYearTicks', () => {
  it('moves round astronomical ticks to round historical years, and year 0 to 1 CE', () => {
    const ticks = historicalYearTicks([-500, -400, 0, 100].map(yearStart));
    expect(ticks.map((d) => d.getUTCFullYear())).toEqual([-499, -399, 1, 100]);
  });

  it('leaves yearly ticks alone: they already read 2 BCE, 1 BCE, 1 CE', () => {
    const ticks = [-1, 0, 1, 2].map(yearStart);
    expect(historicalYearTicks(ticks)).toEqual(ticks);
  });

  it('leaves out 1 CE where it would crowd a tick less than a decade on', () => {
    const ticks = historicalYearTicks([-4, -2, 0, 2].map(yearStart));
    expect(ticks.map((d) => d.getUTCFullYear())).toEqual([-3, -1, 2]);
  });

  it('leaves month and day ticks alone', () => {
    const ticks = [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2000, 6, 1))];
    expect(historicalYearTicks(ticks)).toEqual(ticks);
  });
});

describe('axis labels before the common era', () => {
  it('reads "500 BCE" … "100 BCE", "1 CE"', () => {
    const shown = labels(-520, 40, 1200);
    expect(shown).toContain('500 BCE');
    expect(shown).toContain('100 BCE');
    expect(shown.at(-1)).toBe('1 CE');
    expect(shown.some((label) => /^\d*[1-9]01 BCE$|^1 BCE$/.test(label))).toBe(false);
  });

  it('reads millennia across the era boundary', () => {
    expect(labels(-5000, 2000, 1200)).toEqual(
      expect.arrayContaining(['3000 BCE', '1000 BCE', '1 CE', '1000']),
    );
  });

  it('reads single years on both sides of the boundary, with no year 0', () => {
    expect(labels(-3, 3, 1200)).toEqual(['3 BCE', '2 BCE', '1 BCE', '1 CE', '2 CE']);
  });
});
