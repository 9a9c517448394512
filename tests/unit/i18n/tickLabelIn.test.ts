// Axis ticks and the phone layout's captions in the reader's language, through Intl.
import { describe, expect, it } from 'vitest';
import { axisTicks, tickLabel } from '../../../src/layout/axis/axisTicks.ts';
import { timeScale } from '../../../src/layout/axis/timeScale.ts';
import { tickLabelIn } from '../../../src/model/dates/tickLabelIn.ts';

const DAY = 86_400_000;
const at = (y: number, m = 0, d = 1, h = 0, min = 0) => new Date(Date.UTC(y, m, d, h, min));

describe('tickLabelIn', () => {
  it('writes months and days in the language, the year where it changes', () => {
    expect(tickLabelIn('fr', at(2023, 2, 17), DAY, true)).toBe('17 mars 2023');
    expect(tickLabelIn('fr', at(2023, 2, 18), DAY, false)).toBe('18 mars');
    expect(tickLabelIn('de', at(2023, 2, 17), DAY, true)).toBe('17. März 2023');
    expect(tickLabelIn('uk', at(2023, 2, 1), 30 * DAY, false)).toBe(
      new Intl.DateTimeFormat('uk', { month: 'short', timeZone: 'UTC' }).format(at(2023, 2, 1)),
    );
    expect(tickLabelIn('es', at(2023, 0, 1), 30 * DAY, false)).toMatch(/ene.* 2023/);
  });

  it('writes years, with the era before 1000 as English does', () => {
    expect(tickLabelIn('de', at(1998), 365 * DAY, false)).toBe('1998');
    expect(tickLabelIn('fr', at(-499), 365 * DAY, false)).toBe('500 av. J.-C.');
  });

  it('writes hours on the 24-hour clock, the day at midnight', () => {
    expect(tickLabelIn('fr', at(2023, 2, 17, 5, 30), 3_600_000, false)).toBe('05:30');
    expect(tickLabelIn('de', at(2023, 2, 17), 3_600_000, false)).toMatch(/^17\. März,? 00:00$/);
  });

  it('labels an axis through axisTicks, English by default', () => {
    const scale = timeScale({ start: at(2023).getTime(), end: at(2024).getTime() }, 800);
    const english = axisTicks(scale);
    expect(english.map((t) => t.label)).toContain('Mar');
    const french = axisTicks(scale, undefined, [], (v, s, f) => tickLabelIn('fr', v, s, f));
    expect(french.map((t) => t.label)).toContain('mars');
    expect(french.map((t) => t.value)).toEqual(english.map((t) => t.value));
    expect(tickLabel(at(2023, 2), 30 * DAY, false)).toBe('Mar');
  });
});
