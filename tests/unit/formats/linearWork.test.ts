// Imports stay linear in their input, shown by counting the work done, never by timing it: the
// HTML tag scanner's steps per character, and the ids tried per event, are bounded by constants
// whatever the input, including the shapes that were quadratic (60 KB of "<a" took seconds, and
// thousands of slides sharing one headline each searched their id suffix from -2 again).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlTags } from '../../../src/formats/htmlTags.ts';
import { htmlToText } from '../../../src/formats/htmlToText.ts';
import { importTimelineJs } from '../../../src/formats/importTimelineJs.ts';
import { createIdMaker } from '../../../src/model/slugId.ts';

/** Steps of the tag scanner per character of input, plus a constant. */
const STEPS_PER_CHAR = 6;

function tagSteps(html: string): number {
  const work = { steps: 0 };
  htmlTags(html, work);
  return work.steps;
}

/** Text built from the characters that steer a tag scanner, in runs. */
const hostileHtml = fc
  .array(
    fc.tuple(
      fc.constantFrom('<a', '<', '>', '"', "'", ' href=', '</a', '<a "', "<a '", 'x', '=', '<b '),
      fc.integer({ min: 1, max: 400 }),
    ),
    { maxLength: 12 },
  )
  .map((runs) => runs.map(([piece, times]) => piece.repeat(times)).join(''));

describe('the HTML tag scanner is linear', () => {
  it('takes a bounded number of steps per character, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileHtml, fc.string({ maxLength: 2000 })), (html) => {
        expect(tagSteps(html)).toBeLessThanOrEqual(STEPS_PER_CHAR * html.length + 2);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['<a', (n: number) => '<a'.repeat(n)],
    ['<a ""', (n: number) => '<a ""'.repeat(n)],
    ['<a "\'', (n: number) => '<a "\''.repeat(n)],
    ['<abc', (n: number) => '<abc'.repeat(n)],
  ])('grows its work linearly with repeats of %s', (_name, make) => {
    const perChar = (n: number) => tagSteps(make(n)) / make(n).length;
    // Sixteen times the input costs no more per character (within 1 %): no n².
    expect(perChar(16_000)).toBeLessThanOrEqual(perChar(1_000) * 1.01);
    expect(perChar(16_000)).toBeLessThanOrEqual(STEPS_PER_CHAR);
  });

  it('still finds the tags as the old pattern did', () => {
    expect(htmlTags('<a href="x>y">t</a><b<i>').map((t) => [t.name, t.attributes])).toEqual([
      ['a', ' href="x>y"'],
      ['a', ''],
      ['b', '<i'],
    ]);
    expect(htmlTags('<a "x<b>').map((t) => t.name)).toEqual(['b']);
    expect(htmlTags('1 < 2 > 0 <3').map((t) => t.name)).toEqual([]);
    const work = { steps: 0 };
    // Every "<a" runs on to the one ">" at the end: a single tag, as the old pattern found.
    expect(htmlToText(`${'<a'.repeat(30_000)}> end`, work)).toBe('end');
    expect(work.steps).toBeLessThanOrEqual(STEPS_PER_CHAR * 60_005);
    expect(htmlToText(`${'<a '.repeat(20_000)}end`).length).toBe(60_003);
  });
});

describe('ids for events sharing a headline are linear', () => {
  function probesFor(names: readonly string[]): { probes: number; ids: string[] } {
    const work = { probes: 0 };
    const makeId = createIdMaker(work);
    const ids = names.map((name, i) => makeId([name], `event-${i + 1}`));
    return { probes: work.probes, ids };
  }

  it('tries a bounded number of ids per event, whatever the names (property)', () => {
    const names = fc.array(fc.constantFrom('same', 'same-2', 'same-3', 'other', 'same 4', ''), {
      maxLength: 3000,
    });
    fc.assert(
      fc.property(names, (list) => {
        const { probes, ids } = probesFor(list);
        expect(new Set(ids).size).toBe(ids.length);
        // Each event is tried once, plus one try per suffix step, and a suffix is stepped past
        // once per id that holds it.
        expect(probes).toBeLessThanOrEqual(4 * list.length);
      }),
      { numRuns: 100 },
    );
  });

  it('grows its work linearly with thousands of one headline, and keeps the -2, -3 … ids', () => {
    const small = probesFor(Array<string>(1_000).fill('Battle')).probes;
    const { probes, ids } = probesFor(Array<string>(16_000).fill('Battle'));
    // Sixteen times the events cost no more per event (within 1 %): no n².
    expect(probes / 16_000).toBeLessThanOrEqual((small / 1_000) * 1.01);
    expect(ids.slice(0, 3)).toEqual(['battle', 'battle-2', 'battle-3']);
    expect(ids.at(-1)).toBe('battle-16000');
  });

  it('imports thousands of slides sharing one headline, each with its own id', () => {
    const events = Array.from({ length: 5_000 }, () => ({
      start_date: { year: 2000 },
      text: { headline: 'Same' },
    }));
    const result = importTimelineJs({ events });
    expect(result.ok && new Set(result.value.events.map((e) => e.id)).size).toBe(5_000);
  });
});
