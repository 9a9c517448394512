// The eras behind a horizontal view: each band cut to the view, its name fitted to the band.
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
  ERA_FONT_SIZE,
  ERA_INSET,
  eraBands,
  fitName,
} from '../../../src/layout/timeline/eraBands.ts';
import { estimateTextWidth } from '../../../src/layout/textWidth.ts';
import type { Era } from '../../../src/model/timeline.ts';
import { DAY, date } from '../../support/synthetic.ts';

/** The app's label measurer, as estimated at 13 px. */
const measure = (text: string) => estimateTextWidth(text, 13);
/** The width a drawn name takes, at the eras' size. */
const drawn = (text: string) => (measure(text) * ERA_FONT_SIZE) / 13;
/** An era from day `start` for `days` days. */
const era = (label: string, start: number, days: number): Era => ({
  label,
  date: date(start * DAY, days),
});

describe('fitName', () => {
  it('keeps a name that fits whole', () => {
    expect(fitName('Reform era', 200, measure)).toBe('Reform era');
  });

  it('shortens a name wider than its band with "…", to within the band', () => {
    const name = fitName('The long period of reform and its aftermath', 120, measure);
    expect(name).toMatch(/^The long .*…$/);
    expect(drawn(name)).toBeLessThanOrEqual(120 - 2 * ERA_INSET);
    // The longest that fits: one more character would not.
    const label = 'The long period of reform and its aftermath';
    let kept = name.length - 1;
    while (label.slice(0, kept + 1).trimEnd() === name.slice(0, -1)) kept++;
    const longer = `${label.slice(0, kept + 1).trimEnd()}…`;
    expect(drawn(longer)).toBeGreaterThan(120 - 2 * ERA_INSET);
  });

  it('leaves a name out where fewer than four of its characters would show', () => {
    expect(fitName('Post-war', 20, measure)).toBe('');
    expect(fitName('Post-war', 0, measure)).toBe('');
  });

  it('never splits a surrogate pair', () => {
    const name = fitName('𝔄𝔅ℭ𝔇𝔈𝔉𝔊ℌℑ𝔍𝔎𝔏𝔐𝔑𝔒𝔓', 70, measure);
    expect(name.endsWith('…')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDBFF]…$/);
  });

  it('whatever the band, gives the name whole, a start of it and "…", or nothing, within the band', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 600 }),
        (label, band) => {
          const name = fitName(label, band, measure);
          if (name === label) return drawn(label) <= band - 2 * ERA_INSET;
          if (name === '') return true;
          return (
            name.endsWith('…') &&
            label.startsWith(name.slice(0, -1).trimEnd()) &&
            drawn(name) <= band - 2 * ERA_INSET
          );
        },
      ),
    );
  });
});

describe('eraBands', () => {
  // A pixel a day.
  const scale = scaleLinear()
    .domain([0, 1000 * DAY])
    .range([0, 1000]);

  it('cuts each band to the view, leaves out the ones outside it, and fits names to what shows', () => {
    const bands = eraBands(
      [
        era('Before the view', -500, 100),
        era('Reaching into the view from its left', -100, 150),
        era('Wide', 200, 300),
        era('Reaching past the right edge of the view', 990, 100),
      ],
      scale,
      1000,
      measure,
    );
    expect(bands.map((b) => [b.label, b.x0, b.x1])).toEqual([
      ['Reaching into the view from its left', 0, 50],
      ['Wide', 200, 500],
      ['Reaching past the right edge of the view', 990, 1000],
    ]);
    expect(bands.map((b) => b.name)).toEqual(['Reachi…', 'Wide', '']);
    expect(bands[0]?.dateLabel).toBe(date(-100 * DAY, 150).label);
  });

  it('keys each band by its era, not by where it is, so panning does not remount it', () => {
    const eras = [era('Wide', 200, 300), era('Narrow', 600, 100)];
    const panned = scaleLinear()
      .domain([100 * DAY, 1100 * DAY])
      .range([0, 1000]);
    const keys = eraBands(eras, scale, 1000, measure).map((band) => band.key);
    expect(eraBands(eras, panned, 1000, measure).map((band) => band.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(2);
  });
});
