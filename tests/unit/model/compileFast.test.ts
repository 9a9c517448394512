// compileFast gives what compileTimeline gives, for datasets the fast check is sure of and for
// those it leaves to zod (whose schema it then loads), with progress that only grows and ends at
// every event either way.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { compileFast } from '../../../src/model/compileFast.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { SOURCE_TEXT, TINY_SOURCE, realDataset, tinyDataset } from './fixtures.ts';

type Json = Record<string, unknown>;

function generated(count: number, spoil: (events: Json[]) => void = () => {}) {
  const data = generateDataset({ count }) as unknown as { events: Json[] };
  spoil(data.events);
  return data;
}

const real = realDataset();
const realTexts = new Map([[real.source?.file ?? '', SOURCE_TEXT]]);
const tinyTexts = new Map([['tiny.txt', TINY_SOURCE]]);

const cases: [string, unknown, Map<string, string> | null][] = [
  ['the real dataset', real, realTexts],
  ['the tiny dataset', tinyDataset(), tinyTexts],
  ['the tiny dataset without its source text', tinyDataset(), null],
  ['5,000 generated events', generated(5_000), null],
  [
    'a bad date (found after the check)',
    generated(50, (e) => void (e[3]!.date = '2023-02-29')),
    null,
  ],
  ['a duplicate id', generated(50, (e) => void (e[4]!.id = e[3]!.id)), null],
  ['a wrong type (zod words it)', generated(50, (e) => void (e[7]!.title = 3)), null],
  ['an unknown key', { ...generated(50), extra: true }, null],
  ['an event for zod to judge', generated(50, (e) => void (e[9]!.title = '😀'.repeat(100))), null],
  ['not an object', [1, 2], null],
];

describe('compileFast', () => {
  for (const [what, raw, texts] of cases) {
    it(`gives what compileTimeline gives: ${what}`, async () => {
      expect(await compileFast(structuredClone(raw), texts)).toEqual(
        compileTimeline(structuredClone(raw), texts),
      );
    });
  }

  for (const [what, spoil] of [
    ['sure of every event', () => {}],
    ['giving up part-way', (events: Json[]) => void (events[7_000]!.title = '😀'.repeat(100))],
  ] as const) {
    it(`reports progress that only grows and ends at every event, ${what}`, async () => {
      const steps: number[] = [];
      const result = await compileFast(generated(10_000, spoil), null, ({ done, total }) => {
        expect(total).toBe(10_000);
        steps.push(done);
      });
      expect(result.ok).toBe(true);
      expect(steps.length).toBeGreaterThan(5);
      expect(steps.at(-1)).toBe(10_000);
      for (const [i, done] of steps.entries())
        if (i > 0) expect(done).toBeGreaterThan(steps[i - 1]!);
    });
  }
});
