// jsonParts reads a JSON object's last array a part at a time, and its parts give exactly what
// JSON.parse gives for the whole text; wherever it cannot be sure of that (the key inside a
// string, a second key of that name, the array not last, a cut inside a string, escapes, text
// that is not JSON) it says `whole`, at once or at the part that shows it, and never gives
// anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonParts } from '../../../src/formats/jsonParts.ts';

/** What the parts give: the object with its array, or `whole` where they declined. */
function read(text: string, partChars: number): unknown {
  const parts = jsonParts(text, 'events', partChars);
  if (parts === 'whole') return 'whole';
  const items: unknown[] = [];
  let partsRead = 0;
  let last = 0;
  for (let part = parts.next(); part !== null; part = parts.next()) {
    if (part === 'whole') return 'whole';
    expect(part.read).toBeGreaterThan(last);
    last = part.read;
    partsRead++;
    items.push(...part.items);
  }
  expect(last).toBe(parts.chars); // the parts end where the array does
  expect(parts.head.events).toEqual([]);
  return { ...parts.head, events: items, partsRead };
}

/** `read` as the object JSON.parse gives, without the count of parts. */
function readAsWhole(text: string, partChars: number): unknown {
  const got = read(text, partChars);
  if (typeof got === 'string') return got;
  const { partsRead: _, ...value } = got as Record<string, unknown>;
  return value;
}

const events = Array.from({ length: 40 }, (_, i) => ({
  id: `e-${i}`,
  title: `Event ${i}`,
  citations: i % 3 === 0 ? [{ exact: 'a}, {b', prefix: '"' }] : [],
  nested: { list: [{ a: 1 }, { b: [2, 3] }] },
}));
const dataset = { title: 'T', lanes: ['A', 'B'], eras: [{ label: 'E', date: '1990' }], events };

describe('jsonParts', () => {
  it('gives what JSON.parse gives, in many parts, written compactly or spread out', () => {
    for (const text of [JSON.stringify(dataset), JSON.stringify(dataset, null, 2)]) {
      for (const partChars of [1, 50, 300, 1_000, 100_000]) {
        const got = read(text, partChars) as { partsRead: number };
        expect(readAsWhole(text, partChars)).toEqual(JSON.parse(text));
        if (partChars <= 300) expect(got.partsRead).toBeGreaterThan(5);
        if (partChars === 100_000) expect(got.partsRead).toBe(1);
      }
    }
  });

  it('finds the key itself, not the same words in a string or a nested object', () => {
    const text = JSON.stringify({
      description: 'a string with "events": [{"x": 1}] in it',
      source: { events: [{ y: 2 }] },
      events,
    });
    expect(readAsWhole(text, 50)).toEqual(JSON.parse(text));
  });

  it('reads a key written with escapes, as JSON.parse does', () => {
    const text = JSON.stringify(dataset).replace('"events"', '"ev\\u0065nts"');
    expect(readAsWhole(text, 50)).toEqual(JSON.parse(text));
  });

  it('declines a second key of that name, whichever comes last', () => {
    const body = JSON.stringify(events);
    expect(read(`{"events": ${body}, "events": [{"id": "x"}]}`, 50)).toBe('whole');
    expect(read(`{"events": 3, "events": ${body}}`, 50)).toBe('whole');
  });

  it('declines an array that is not the last value, or not of objects, or empty', () => {
    const body = JSON.stringify(events);
    expect(read(`{"events": ${body}, "title": "T"}`, 50)).toBe('whole');
    expect(read(`{"events": ${body}, "eras": [{"a": 1}, {"b": 2}]}`, 50)).toBe('whole');
    expect(read(`{"events": [1, 2, 3]}`, 1)).toBe('whole');
    expect(read(`{"events": []}`, 1)).toBe('whole');
    expect(read(`{"events": {"a": [{}]}}`, 1)).toBe('whole');
    expect(read(`[{"events": [{}]}]`, 1)).toBe('whole');
    expect(read(`{"title": "T"}`, 1)).toBe('whole');
  });

  it('declines text that is not JSON, wherever its fault is', () => {
    const good = JSON.stringify(dataset);
    const spoilt = [
      good.replace('"title":"T"', '"title":T'), // before the array
      good.replace('"id":"e-20"', '"id":e-20'), // in a middle part
      good.replace('"id":"e-39"', '"id":"e-39",'), // in the last part
      good.slice(0, -1), // the object never closes
      `${good}}`,
      good.replace('"title":"T"', '"title":"T'), // a string that never ends
      '\uFEFF' + good, // a byte-order mark, which JSON.parse refuses
    ];
    for (const text of spoilt) {
      expect(() => void JSON.parse(text)).toThrow();
      for (const partChars of [1, 50, 100_000]) expect(read(text, partChars)).toBe('whole');
    }
  });

  it('counts escaped quotes and runs of backslashes as JSON does', () => {
    const text = JSON.stringify({
      title: 'a \\" b \\\\" c \\\\\\"',
      events: [{ t: 'x\\' }, { t: '\\"}, {"' }, { t: '"' }],
    });
    expect(readAsWhole(text, 1)).toEqual(JSON.parse(text));
  });

  it('never gives what JSON.parse would not, for any object with an array last', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    const key = fc.string({ maxLength: 6 });
    const object = fc.record({
      head: fc.dictionary(key, value, { maxKeys: 3 }),
      items: fc.array(fc.dictionary(key, value, { maxKeys: 4 }), { minLength: 1, maxLength: 12 }),
      spaced: fc.boolean(),
      partChars: fc.integer({ min: 1, max: 200 }),
    });
    fc.assert(
      fc.property(object, ({ head, items, spaced, partChars }) => {
        const text = JSON.stringify({ ...head, events: items }, null, spaced ? 1 : undefined);
        const got = readAsWhole(text, partChars);
        // Strings and nested objects may make it decline; it never gives other items.
        if (got !== 'whole') expect(got).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads every part of items whose strings hold no braces or quotes', () => {
    const word = fc.stringMatching(/^[\w ,:]{0,8}$/);
    const value = fc.oneof(word, fc.integer(), fc.boolean(), fc.constant(null), fc.array(word));
    const item = fc.record({ id: word, title: value, more: fc.dictionary(word, value) });
    const object = fc.record({
      items: fc.array(item, { minLength: 1, maxLength: 20 }),
      partChars: fc.integer({ min: 1, max: 200 }),
    });
    fc.assert(
      fc.property(object, ({ items, partChars }) => {
        const text = JSON.stringify({ title: 'T', events: items });
        expect(readAsWhole(text, partChars)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});
