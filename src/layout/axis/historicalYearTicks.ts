/**
 * Round year ticks for dates before the common era. d3-time counts astronomical years, where
 * year 0 is 1 BCE, so its round ticks (-500, -400, …, 0) would read "501 BCE", "401 BCE", …,
 * "1 BCE". Shifting each tick at or before year 0 one year later puts it on a round historical
 * year ("500 BCE", …, "100 BCE") and year 0 on "1 CE", the first year of the era.
 */

/** Multi-year ticks renumbered so BCE ticks fall on round historical years. */
export function historicalYearTicks(values: readonly Date[]): Date[] {
  const [a, b] = values;
  if (!a || !b) return [...values];
  const step = b.getUTCFullYear() - a.getUTCFullYear();
  // Yearly ticks are already right (…, 2 BCE, 1 BCE, 1 CE, …); only January 1 ticks are years.
  if (step < 2 || !values.every(isNewYear)) return [...values];
  return values.flatMap((value) => {
    const year = value.getUTCFullYear();
    if (year > 0) return [value];
    // With steps under a decade, 1 CE would crowd the next tick (2 CE, 5 CE): leave it out.
    if (year === 0 && step < 10) return [];
    const shifted = new Date(value.getTime());
    shifted.setUTCFullYear(year + 1);
    return [shifted];
  });
}

function isNewYear(value: Date): boolean {
  return (
    value.getUTCMonth() === 0 &&
    value.getUTCDate() === 1 &&
    value.getUTCHours() === 0 &&
    value.getUTCMinutes() === 0
  );
}
