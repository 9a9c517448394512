import { describe, expect, it, vi } from 'vitest';
import { englishNumber } from '../../../src/components/i18n/englishNumber.ts';
import { ENGLISH } from '../../../src/components/i18n/translator.tsx';

describe('englishNumber', () => {
  it('writes whole numbers exactly as toLocaleString("en") does', () => {
    const values = [0, 7, 42, 999, 1000, 12_345, 99_960, 100_000, 1_234_567, -1, -1000, -98_765];
    for (let i = 1; i < 16; i++) values.push(10 ** i, 10 ** i - 1, Math.floor(7.3 ** i));
    values.push(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER);
    for (const value of values) expect(englishNumber(value)).toBe(value.toLocaleString('en'));
  });

  it('leaves other numbers to toLocaleString', () => {
    for (const value of [1234.5678, 0.5, -0.25, 1e21, Number.NaN, Infinity]) {
      expect(englishNumber(value)).toBe(value.toLocaleString('en'));
    }
  });
});

describe('English counts, without Intl', () => {
  it('never make the page set up Intl number formatting', () => {
    const format = vi.spyOn(Intl, 'NumberFormat');
    const toLocale = vi.spyOn(Number.prototype, 'toLocaleString');
    try {
      expect(ENGLISH.t('All {count} events as a list', { count: 100_000 })).toBe(
        'All 100,000 events as a list',
      );
      expect(format).not.toHaveBeenCalled();
      expect(toLocale).not.toHaveBeenCalled();
    } finally {
      format.mockRestore();
      toLocale.mockRestore();
    }
  });
});
