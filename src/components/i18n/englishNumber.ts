/**
 * A number as English writes it, "100,000", without `Intl`: a page's first `Intl` number format
 * costs 16–25 ms of main-thread time in Chromium here (its locale data is set up on first use),
 * and English pages otherwise need no `Intl` at all. Whole numbers are grouped by hand; any other
 * number, which the app's messages do not use, goes to `toLocaleString('en')`.
 */
export function englishNumber(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en');
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${digits}` : digits;
}
