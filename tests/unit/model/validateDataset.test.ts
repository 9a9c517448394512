// Checking a dataset in batches (so a long check can report progress) gives exactly what the
// schema's one call gives: the same data when valid, the same issues, in the same order, when not.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { datasetSchema } from '../../../src/model/schema.ts';
import { BATCH } from '../../../src/model/fastDataset.ts';
import { validateDataset } from '../../../src/model/validateDataset.ts';
import { realDataset, tinyDataset } from './fixtures.ts';

const hostile = join(dirname(fileURLToPath(import.meta.url)), '../../e2e/fixtures/hostile');

/** What the one-call schema says of `raw`, in validateDataset's terms. */
function inOneCall(raw: unknown) {
  const parsed = datasetSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, issues: parsed.error.issues };
}

/** A generated dataset of `count` events with `spoil` applied to a fresh copy. */
function generated(count: number, spoil: (events: Record<string, unknown>[]) => void = () => {}) {
  const data = generateDataset({ count }) as unknown as { events: Record<string, unknown>[] };
  spoil(data.events);
  return data;
}

const cases: Record<string, unknown> = {
  'the real dataset': realDataset(),
  'the tiny dataset': tinyDataset(),
  '10,000 generated events': generated(10_000),
  'a bad event in the third batch': generated(10_000, (events) => {
    events[2 * BATCH + 7]!.date = '';
  }),
  'bad events in several batches, and an unknown key': generated(10_000, (events) => {
    events[3]!.title = '  ';
    events[BATCH]!.extra = 1;
    events[9_999]!.actors = [];
  }),
  'a bad envelope and bad events': {
    ...generated(5_000, (events) => {
      events[4_500]!.id = 'Not Kebab';
    }),
    title: '',
    unknown: true,
  },
  'events that are not a list': { title: 'T', events: { 0: 'x' } },
  'no events': { title: 'T', events: [] },
  'not an object': [1, 2, 3],
};
for (const name of readdirSync(hostile).filter((file) => file.endsWith('.json'))) {
  const text = readFileSync(join(hostile, name), 'utf8');
  try {
    cases[`hostile/${name}`] = JSON.parse(text);
  } catch {
    // not JSON at all: the loader says so before any schema is involved
  }
}

describe('validateDataset', () => {
  for (const [what, raw] of Object.entries(cases)) {
    it(`gives what the one-call schema gives: ${what}`, () => {
      expect(validateDataset(raw)).toEqual(inOneCall(raw));
    });
  }

  it('reports each batch, up to every event', () => {
    const steps: number[] = [];
    validateDataset(generated(10_001), (done, total) => {
      expect(total).toBe(10_001);
      steps.push(done);
    });
    expect(steps).toEqual([2_000, 4_000, 6_000, 8_000, 10_000, 10_001]);
  });

  it('reports each batch once when the fast path gives up part-way', () => {
    // 100 emoji are a valid title of 200 UTF-16 units: fastEvent leaves it to zod.
    const raw = generated(10_001, (events) => {
      events[5_000]!.title = '😀'.repeat(100);
    });
    const steps: number[] = [];
    const result = validateDataset(raw, (done) => steps.push(done));
    expect(result.ok).toBe(true);
    expect(steps).toEqual([2_000, 4_000, 6_000, 8_000, 10_000, 10_001]);
  });

  it('lets compileTimeline report progress that only grows and ends at every event', () => {
    const steps: { done: number; total: number }[] = [];
    const result = compileTimeline(generated(10_000), null, (step) => steps.push(step));
    expect(result.ok).toBe(true);
    expect(steps.length).toBeGreaterThan(5);
    expect(steps.at(-1)).toEqual({ done: 10_000, total: 10_000 });
    for (const [i, step] of steps.entries()) {
      if (i > 0) expect(step.done).toBeGreaterThanOrEqual(steps[i - 1]!.done);
    }
  });
});
