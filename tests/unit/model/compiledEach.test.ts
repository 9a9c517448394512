// Compiling event by event (compileEach): each event is handed over in the file's order as soon as
// it is compiled, and the order that comes back puts them in time order, giving the very timeline
// compileTimeline gives, keys and all.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { compileEach } from '../../../src/model/compileChecked.ts';
import { handOver, inTimeOrder } from '../../../src/model/compiledEach.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { fastDataset } from '../../../src/model/fastDataset.ts';
import type { TimelineEvent } from '../../../src/model/timeline.ts';

const DATA = generateDataset({ count: 3_000, seed: 7 });

function taking() {
  const taken: TimelineEvent[] = [];
  return { taken, take: (event: TimelineEvent) => void taken.push(event) };
}

describe('compileEach', () => {
  it('hands each event over in the file’s order, and its order sorts them in time', () => {
    const checked = fastDataset(structuredClone(DATA));
    if (!checked) throw new Error('the generated dataset does not pass the fast check');
    const { taken, take } = taking();
    const compiled = compileEach(checked, null, take);
    if (!compiled.ok) throw new Error('the generated dataset does not compile');
    expect(taken.map((event) => event.id)).toEqual(DATA.events.map((event) => event.id));
    const { order } = compiled.value;
    expect([...order].sort((a, b) => a - b)).toEqual(taken.map((_event, i) => i));
    // The file is not in time order, so the order does some work.
    expect([...order]).not.toEqual(taken.map((_event, i) => i));
    const timeline = inTimeOrder(compiled, taken);
    expect(timeline).toEqual(compileTimeline(structuredClone(DATA), null));
    if (!timeline.ok) return;
    expect(Object.keys(timeline.value)).toEqual([
      'title',
      'lanes',
      'eras',
      'events',
      'sources',
      'description',
    ]);
    const starts = timeline.value.events.map((event) => event.date.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('hands events over even when a later one fails, and then gives the problems only', () => {
    const data = structuredClone(DATA);
    const last = data.events.at(-1);
    if (last) last.date = '2024-13-40';
    const checked = fastDataset(data);
    if (!checked) throw new Error('the fast check declined');
    const { taken, take } = taking();
    const compiled = compileEach(checked, null, take);
    expect(compiled).toEqual(compileTimeline(structuredClone(data), null));
    expect(compiled.ok).toBe(false);
    expect(taken).toHaveLength(DATA.events.length - 1);
  });

  it('hands over a whole timeline in time order, the order then the identity', () => {
    const whole = compileTimeline(structuredClone(DATA), null);
    const { taken, take } = taking();
    const handed = handOver(whole, take);
    if (!handed.ok || !whole.ok) throw new Error('the generated dataset does not compile');
    expect(taken).toEqual(whole.value.events);
    expect([...handed.value.order]).toEqual(taken.map((_event, i) => i));
    expect(inTimeOrder(handed, taken)).toEqual(whole);
  });
});
