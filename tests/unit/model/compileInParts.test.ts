// A dataset compiled a part of its events at a time gives what compileFast gives for the whole
// file (the same timeline, the same located problems, in the same order), or declines (null)
// wherever the fast path is not sure, in whatever part that shows; its events are handed over in
// the file's order; its progress only grows, is reckoned ("about") until the last part, and ends
// at every event.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { jsonParts } from '../../../src/formats/jsonParts.ts';
import { compileFastEach } from '../../../src/model/compileFast.ts';
import { compileInParts } from '../../../src/model/compileInParts.ts';
import { inTimeOrder } from '../../../src/model/compiledEach.ts';
import { fastHead } from '../../../src/model/fastDataset.ts';
import type { TimelineEvent } from '../../../src/model/timeline.ts';
import { SOURCE_TEXT, realDataset } from './fixtures.ts';

type Json = Record<string, unknown>;

function generated(count: number, spoil: (events: Json[]) => void = () => {}) {
  const data = generateDataset({ count }) as unknown as { events: Json[] };
  spoil(data.events);
  return data;
}

/** compileInParts of `raw` written out and read in parts of `partChars`; or where it declined. */
function inParts(raw: unknown, texts: Map<string, string> | null, partChars: number) {
  const parts = jsonParts(JSON.stringify(raw), 'events', partChars);
  if (parts === 'whole') return 'whole' as const;
  const head = fastHead(parts.head);
  if (!head) return 'head declined' as const;
  const taken: TimelineEvent[] = [];
  const progress: { done: number; total: number; about?: true }[] = [];
  const compiled = compileInParts(
    head,
    parts,
    texts,
    (event) => taken.push(event),
    (step) => progress.push(step),
  );
  return { compiled, taken, progress };
}

async function whole(raw: unknown, texts: Map<string, string> | null) {
  const taken: TimelineEvent[] = [];
  const compiled = await compileFastEach(structuredClone(raw), texts, (e) => taken.push(e));
  return { compiled, taken };
}

const real = realDataset();
const realTexts = new Map([[real.source?.file ?? '', SOURCE_TEXT]]);

describe('compileInParts', () => {
  const sure: [string, unknown, Map<string, string> | null][] = [
    ['the real dataset, its quotes found in its source', real, realTexts],
    ['3,000 generated events', generated(3_000), null],
    [
      'a bad date in a late part',
      generated(3_000, (e) => void (e[2_900]!.date = '2023-02-29')),
      null,
    ],
    [
      'an id that duplicates one in an earlier part',
      generated(3_000, (e) => void (e[2_500]!.id = e[10]!.id)),
      null,
    ],
  ];
  for (const [what, raw, texts] of sure) {
    it(`gives what compileFast gives for the whole file: ${what}`, async () => {
      const expected = await whole(raw, texts);
      for (const partChars of [1, 2_000, 1 << 20]) {
        const got = inParts(raw, texts, partChars);
        if (typeof got === 'string') throw new Error(got);
        expect(got.compiled).toEqual(expected.compiled);
        expect(got.taken).toEqual(expected.taken);
        if (got.compiled?.ok)
          expect(inTimeOrder(got.compiled, got.taken)).toEqual(
            inTimeOrder(expected.compiled, expected.taken),
          );
      }
    });
  }

  for (const [what, raw] of [
    [
      'a wrong type in a late part (zod words it)',
      generated(3_000, (e) => void (e[2_990]!.title = 3)),
    ],
    [
      'an event for zod to judge',
      generated(3_000, (e) => void (e[1_500]!.title = '😀'.repeat(100))),
    ],
    ['an unknown key in an event', generated(3_000, (e) => void (e[2_000]!.extra = 1))],
  ] as const) {
    it(`declines where the fast path is not sure: ${what}`, () => {
      const got = inParts(raw, null, 2_000);
      expect(typeof got !== 'string' && got.compiled).toBeNull();
    });
  }

  it('declines a dataset whose head the fast path is not sure of', () => {
    expect(inParts({ extra: true, ...generated(10) }, null, 100)).toBe('head declined');
  });

  it('reports progress that only grows, reckoned until the last part, then counted', () => {
    const got = inParts(generated(5_000), null, 20_000);
    if (typeof got === 'string') throw new Error(got);
    const { progress } = got;
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toEqual({ done: 5_000, total: 5_000 });
    for (const [i, step] of progress.slice(0, -1).entries()) {
      expect(step.about).toBe(true);
      expect(step.done).toBeLessThan(step.total);
      // Events alike in length: the reckoning is near the count.
      expect(Math.abs(step.total - 5_000)).toBeLessThan(250);
      if (i > 0) expect(step.done).toBeGreaterThan(progress[i - 1]!.done);
    }
  });
});
