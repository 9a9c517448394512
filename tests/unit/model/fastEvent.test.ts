// The fast path for checking events is held to zod: whatever it accepts, `eventSchema` accepts with
// the same output, for every value that nears or breaks a rule at every place in an event (one
// change at a time, then random ones); it accepts valid events, those of data/ and the benchmark's,
// so it is used; and the batched check that uses it still gives what the one-call schema gives.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { fastEvent } from '../../../src/model/fastEvent.ts';
import { citationSchema, datasetSchema, eventSchema } from '../../../src/model/schema.ts';
import { validateDataset } from '../../../src/model/validateDataset.ts';
import { agreement } from './agreesWithZod.ts';
import { minimalEvent } from './fixtures.ts';

type Json = Record<string, unknown>;

const shape = eventSchema.shape;
const [, inferred, record] = shape.dateSource.options;
const cite = citationSchema.shape;

/** Where a change can land, and the longest text the schema allows there (0: not a text). */
interface Slot {
  target: 'event' | 'dateSource' | 'citation' | 'actors';
  key: string;
  limit: number;
}

/** The limits are read from the schema, so a changed limit is still tested at its edge. */
const SLOTS: Slot[] = [
  ...Object.entries({
    title: shape.title,
    summary: shape.summary,
    date: shape.date,
    displayDate: shape.displayDate.unwrap(),
    dateInArticle: shape.dateInArticle.unwrap(),
    notes: shape.notes.unwrap(),
  }).map(([key, text]) => ({ target: 'event' as const, key, limit: text.maxLength ?? 0 })),
  ...['id', 'dateSource', 'actors', 'citations', 'key', 'media', 'extra', '__proto__'].map(
    (key) => ({ target: 'event' as const, key, limit: 0 }),
  ),
  { target: 'dateSource', key: 'kind', limit: 0 },
  { target: 'dateSource', key: 'basis', limit: inferred.shape.basis.maxLength ?? 0 },
  { target: 'dateSource', key: 'record', limit: record.shape.record.maxLength ?? 0 },
  { target: 'dateSource', key: 'extra', limit: 0 },
  { target: 'citation', key: 'type', limit: 0 },
  { target: 'citation', key: 'source', limit: 0 },
  { target: 'citation', key: 'exact', limit: cite.exact.maxLength ?? 0 },
  { target: 'citation', key: 'prefix', limit: cite.prefix.unwrap().maxLength ?? 0 },
  { target: 'citation', key: 'suffix', limit: cite.suffix.unwrap().maxLength ?? 0 },
  { target: 'citation', key: 'extra', limit: 0 },
  { target: 'citation', key: '__proto__', limit: 0 },
  { target: 'actors', key: 'index', limit: shape.actors.element.maxLength ?? 0 },
];

/** Text at and around a limit: at it, one over, padded with spaces, astral, invisible. */
function edgeTexts(n: number): string[] {
  return [
    'a'.repeat(n),
    'a'.repeat(n + 1),
    ` ${'a'.repeat(n)}\n`,
    ` ${'a'.repeat(n + 1)}`,
    `${'a'.repeat(n - 1)}😀`,
    '😀'.repeat(n),
    '😀'.repeat(n + 1),
    `a${'\u200b'.repeat(n)}`,
  ];
}

/** Text that breaks, or nearly breaks, some rule. */
const TRICKY_TEXTS = [
  '',
  ' ',
  '\t \u00a0',
  '  padded  ',
  '\nat the start',
  'at the end\n',
  'in\nthe middle',
  'a\rb',
  '\r\n',
  '\u200b',
  ' \u200b\u200d ',
  '\u200bhidden',
  '\u0301',
  '\ufeffx',
  'Not Kebab',
  'kebab-id',
  'a--b',
  '-a',
  'a-',
  'ab-12',
  'é',
  'TextQuoteSelector',
  'textQuoteSelector',
  'article',
  'inferred',
  'record',
  '2000-01-01',
  ' 1999? ',
];
const trickyText = fc.constantFrom(...TRICKY_TEXTS);

const word = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/) },
  fc.constantFrom('Café', 'Ωmega', '東京', '😀', 'zero\u200bwidth', '«quoted»'),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const kebab = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/);
/** White space that trimming takes away, line breaks included. */
const space = fc.constantFrom('', '', '', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000');
const padded = (text: fc.Arbitrary<string>) =>
  fc.tuple(space, text, space).map(([before, it, after]) => before + it + after);
const oneLine = padded(sentence);
/** Prose may run over several lines. */
const prose = padded(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join('\n')));

const dateSource = fc.oneof(
  fc.constant({ kind: 'article' }),
  oneLine.map((basis) => ({ kind: 'inferred', basis })),
  oneLine.map((record) => ({ kind: 'record', record })),
);

const citation = fc.record(
  {
    type: fc.constant('TextQuoteSelector'),
    source: kebab,
    exact: fc.string({ minLength: 1, maxLength: 40 }),
    prefix: fc.string({ maxLength: 12 }),
    suffix: fc.string({ maxLength: 12 }),
  },
  { requiredKeys: ['exact'] },
);

/** Events that follow every rule, with and without their optional fields. */
const validEvent = fc.record(
  {
    id: kebab,
    title: oneLine,
    summary: prose,
    date: padded(fc.constantFrom('2000', '1999-04', '2023-03-17', '1990~/2001', '2010?')),
    displayDate: oneLine,
    dateInArticle: fc.option(oneLine, { nil: null }),
    dateSource,
    actors: fc.array(oneLine, { minLength: 1, maxLength: 12 }),
    notes: prose,
    key: fc.boolean(),
    citations: fc.array(citation, { maxLength: 20 }),
  },
  {
    requiredKeys: [
      'id',
      'title',
      'summary',
      'date',
      'dateInArticle',
      'dateSource',
      'actors',
      'citations',
    ],
  },
) as fc.Arbitrary<Json>;

/**
 * Values of other shapes, as makers: each run gets its own copy (fast-check replays values while
 * shrinking, and a mutation may change them in place).
 */
const OTHER_VALUES: (() => unknown)[] = [
  () => null,
  () => undefined,
  () => 0,
  () => 1,
  () => true,
  () => false,
  () => [],
  () => ({}),
  () => ['x'],
  () => ({ kind: 'article' }),
  () => ({ kind: 'inferred' }),
  () => ({ kind: 'inferred', basis: ' padded ' }),
  () => ({ kind: 'record', basis: 'x' }),
  () => ({ kind: 'article', record: 'x' }),
  () => ({ kind: 'other' }),
  () => Object.assign([], { kind: 'article' }),
  () => Object.assign(Object.create(null) as Json, { kind: 'article' }),
  () => ({ url: 'https://example.org/a.png' }),
  () => ({ url: 'https://example.org/a.png', caption: ' A caption ' }),
  () => ({ url: 'ftp://example.org/a.png' }),
  // Lists at and just past their limits.
  ...[0, 1, 12, 13].map((n) => () => Array.from({ length: n }, (_, i) => `Actor ${i}`)),
  ...[0, 20, 21].map((n) => () => Array.from({ length: n }, () => ({ exact: 'x' }))),
];
const otherValues = fc.constantFrom(...OTHER_VALUES);

/** Anything that might trip the rule at a slot with `limit`, as a maker. */
function valueFor(limit: number): fc.Arbitrary<() => unknown> {
  const texts = limit > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...edgeTexts(limit)) }] : [];
  return fc
    .oneof(
      ...texts,
      { weight: 3, arbitrary: trickyText },
      oneLine,
      fc.array(fc.oneof(citation, fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map((value) => () => structuredClone(value));
}

/** One change to an event. */
interface Mutation {
  slot: Slot;
  /** Which citation or actor, for those targets. */
  index: number;
  how: 'set' | 'delete' | 'nullPrototype';
  make: () => unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.constantFrom(...SLOTS).chain((slot) =>
  fc.record({
    slot: fc.constant(slot),
    index: fc.nat(30),
    how: fc.constantFrom<Mutation['how'][]>('set', 'set', 'set', 'set', 'delete', 'nullPrototype'),
    make: fc.oneof({ weight: 2, arbitrary: valueFor(slot.limit) }, otherValues),
  }),
);

/** `event` with each mutation applied, in order, to a fresh copy. */
function mutate(event: Json, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(event);
  for (const { slot, index, how, make } of mutations) {
    const citations = Array.isArray(copy.citations) ? (copy.citations as unknown[]) : [];
    const object =
      slot.target === 'dateSource'
        ? copy.dateSource
        : slot.target === 'citation'
          ? citations[index % Math.max(citations.length, 1)]
          : slot.target === 'actors'
            ? copy.actors
            : copy;
    if (typeof object !== 'object' || object === null) continue;
    const fields = object as Json;
    const key = slot.target === 'actors' ? String(index % 14) : slot.key;
    if (how === 'delete') delete fields[key];
    else if (how === 'nullPrototype') Object.setPrototypeOf(fields, null);
    else {
      // Own and enumerable, as JSON.parse makes a "__proto__" key.
      const value = make();
      Object.defineProperty(fields, key, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
  }
  return copy;
}

/** Valid events to change one thing in: every optional field there, each kind of date source. */
const FULL: Json = {
  id: 'full-event',
  title: ' A title ',
  summary: 'Over\ntwo lines',
  date: ' 2000 ',
  displayDate: 'In 2000',
  dateInArticle: 'in 2000',
  dateSource: { kind: 'inferred', basis: 'From the article' },
  actors: ['One', 'Two'],
  notes: 'A note',
  key: true,
  citations: [
    { type: 'TextQuoteSelector', source: 'the-source', exact: 'the words', prefix: 'all ' },
    { exact: ' ', suffix: ' here' },
  ],
};
const BASES: Json[] = [
  FULL,
  { ...FULL, dateSource: { kind: 'record', record: 'The record' } },
  minimalEvent(),
];

/** Whether fastEvent, if it accepts a value, gives exactly zod's output. */
const agreesWithZod = agreement(fastEvent, eventSchema);

describe('fastEvent', () => {
  it('accepts every valid event, with exactly the output zod gives', () => {
    fc.assert(
      fc.property(validEvent, (event) => {
        expect(agreesWithZod(event)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with zod on every value at every place, one change at a time', () => {
    let accepted = 0;
    let cases = 0;
    for (const base of BASES) {
      for (const slot of SLOTS) {
        const texts = [...(slot.limit > 0 ? edgeTexts(slot.limit) : []), ...TRICKY_TEXTS];
        const changes: Mutation[] = [
          ...[...texts.map((text) => () => text), ...OTHER_VALUES].flatMap((make) =>
            [0, 1].map((index) => ({ slot, index, how: 'set' as const, make })),
          ),
          { slot, index: 0, how: 'delete', make: () => undefined },
          { slot, index: 0, how: 'nullPrototype', make: () => undefined },
        ];
        for (const change of changes) {
          cases++;
          if (agreesWithZod(mutate(base, [change]))) accepted++;
        }
      }
    }
    expect(accepted).toBeGreaterThan(cases / 10);
  });

  it('accepts text exactly as long as each limit', () => {
    for (const slot of SLOTS.filter(({ limit }) => limit > 0)) {
      const base = slot.key === 'record' ? BASES[1]! : FULL;
      const make = () => 'a'.repeat(slot.limit);
      const event = mutate(base, [{ slot, index: 0, how: 'set', make }]);
      expect(agreesWithZod(event), `${slot.target} ${slot.key}`).toBe(true);
    }
  });

  it('never accepts what zod rejects, nor gives another output, however an event is spoilt', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        validEvent,
        fc.array(mutation, { minLength: 1, maxLength: 2 }),
        (event, mutations) => {
          runs++;
          if (agreesWithZod(mutate(event, mutations))) accepted++;
        },
      ),
      { numRuns: 5_000 },
    );
    // Some spoilt events stay valid (padded text is trimmed), so both answers are exercised.
    expect(accepted).toBeGreaterThan(runs / 50);
    expect(accepted).toBeLessThan(runs / 2);
  });

  it('declines, rather than gets wrong, what it leaves to zod', () => {
    const base = structuredClone(FULL);
    const media = { ...base, media: { url: 'https://example.org/a.png' } };
    const astral = { ...base, title: '😀'.repeat(100) };
    const inherited = Object.assign(Object.create({ extra: 1 }) as Json, base);
    for (const value of [media, astral, inherited]) expect(fastEvent(value)).toBeNull();
    // zod counts code points, so 100 astral characters (200 UTF-16 units) make a valid title.
    expect(eventSchema.safeParse(media).success).toBe(true);
    expect(eventSchema.safeParse(astral).success).toBe(true);
    expect(eventSchema.safeParse(inherited).success).toBe(false);
  });

  it('declines an array made to pass for an object (its prototype taken away), as zod does', () => {
    // Found by the random test above (seed 1971327367): the array kept Array.isArray.
    const array = (fields: Json) => Object.setPrototypeOf(Object.assign([], fields), null) as Json;
    const base = structuredClone(FULL);
    const values = [
      { ...base, dateSource: array({ kind: 'article' }) },
      { ...base, citations: [array({ source: 'article', exact: 'the words' })] },
      array(base),
    ];
    for (const value of values) {
      expect(fastEvent(value)).toBeNull();
      expect(eventSchema.safeParse(value).success).toBe(false);
    }
  });

  it('accepts every event of the datasets in data/ and of the benchmark', () => {
    const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../../data');
    const events: unknown[] = generateDataset({ count: 2000 }).events;
    for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const text = readFileSync(join(dataDir, entry.name, 'timeline.json'), 'utf8');
      events.push(...(JSON.parse(text) as { events: unknown[] }).events);
    }
    expect(events.length).toBeGreaterThan(2000);
    for (const event of events) expect(agreesWithZod(event)).toBe(true);
  });

  it('leaves validateDataset giving what the one-call schema gives', () => {
    const dataset = fc.record({
      title: sentence,
      events: fc.array(
        fc.oneof(
          validEvent,
          fc
            .tuple(validEvent, fc.array(mutation, { minLength: 1, maxLength: 2 }))
            .map(([e, m]) => mutate(e, m)),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(dataset, (raw) => {
        const parsed = datasetSchema.safeParse(raw);
        const oneCall = parsed.success
          ? { ok: true, data: parsed.data }
          : { ok: false, issues: parsed.error.issues };
        expect(validateDataset(raw)).toEqual(oneCall);
      }),
      { numRuns: 300 },
    );
  });
});
