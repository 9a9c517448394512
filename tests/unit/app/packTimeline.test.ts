// Packed events unpack into the very events packed (the built-in timelines', a generated one's,
// events with every optional field there and not, any UTF-16 in any string), after a real
// structured clone that transfers their buffers; they are a fixed handful of pieces, however many
// there are, which is what makes them cheap to post; and any run of them packs on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { packEvents, unpackEvents } from '../../../src/app/loading/packTimeline.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import type { SourceTexts } from '../../../src/model/openSources.ts';
import type {
  ParsedDate,
  ResolvedCitation,
  Timeline,
  TimelineEvent,
} from '../../../src/model/timeline.ts';
import { DATASET_DIR, DATASET_JSON, SOURCE_TEXT } from '../model/fixtures.ts';

function compiled(raw: unknown, texts: SourceTexts): Timeline {
  const result = compileTimeline(raw, texts);
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const inBrief = join(DATASET_DIR, '..', 'icc-in-brief');
const twoSources = join(DATASET_DIR, '../../tests/e2e/fixtures/two-sources.json');

/** The generated benchmark dataset of `count` events, compiled as a `?data=` file would be. */
const generated = (count: number) => compiled(generateDataset({ count }), null);

/**
 * The timeline with its events packed, posted (a structured clone transferring the buffers, as
 * postMessage does) and unpacked; the rest of it crosses as it is.
 */
function posted({ events, ...rest }: Timeline): Timeline {
  const { packed, transfer } = packEvents(events);
  return { ...structuredClone(rest), events: unpackEvents(structuredClone(packed, { transfer })) };
}

/** The same without the clone. */
const unpacked = ({ events, ...rest }: Timeline): Timeline => ({
  ...rest,
  events: unpackEvents(packEvents(events).packed),
});

const DAY: ParsedDate = {
  edtf: '2023-03-17',
  start: 1_679_011_200_000,
  end: 1_679_097_600_000,
  precision: 'day',
  isInterval: false,
  approximate: false,
  uncertain: false,
  isPoint: true,
  label: '17 March 2023',
};

/** An event with no optional field. */
function bare(id: string): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    summary: 'A summary.',
    date: DAY,
    dateLabel: DAY.label,
    dateInArticle: null,
    dateSource: { kind: 'article' },
    actors: ['Court'],
    lane: 'Court',
    citations: [],
  };
}

const citation: ResolvedCitation = { source: 'source', exact: 'the words', start: 10, end: 19 };

/** Events between them having every optional field present and absent, and every enum value. */
const EVENTS: TimelineEvent[] = [
  bare('bare'),
  {
    ...bare('everything'),
    date: {
      edtf: '1990~/1994?',
      start: -0,
      end: 8.64e15,
      precision: 'year',
      isInterval: true,
      approximate: true,
      uncertain: true,
      isPoint: false,
      label: 'c. 1990 – 1994?',
    },
    dateLabel: 'the early nineties',
    dateInArticle: 'in the early nineties',
    dateSource: { kind: 'inferred', basis: 'from "three decades ago"' },
    actors: ['Court', 'Prosecutor', 'Court'],
    notes: 'A note.',
    key: true,
    media: { url: 'https://example.org/a.jpg', caption: 'A caption', credit: 'A credit' },
    citations: [
      { ...citation, prefix: 'before ', suffix: ' after' },
      { ...citation, source: 'other', start: 0, end: 0 },
    ],
  },
  {
    ...bare('month-record'),
    date: { ...DAY, edtf: '2023-03', precision: 'month', isPoint: false, label: 'March 2023' },
    dateLabel: 'March 2023',
    dateInArticle: '',
    dateSource: { kind: 'record', record: 'The court record' },
    key: false,
    media: { url: 'https://example.org/b' },
    citations: [{ ...citation, prefix: '' }, { ...citation, suffix: '' }, citation],
  },
  {
    ...bare('time'),
    date: { ...DAY, edtf: '2023-03-17T10:00:00Z', precision: 'time', start: -8.64e15, end: 0.5 },
    actors: [],
    lane: '',
    notes: '',
    media: { url: 'https://example.org/c', caption: 'Only a caption' },
  },
  { ...bare('credit'), lane: 'Not the first actor', media: { url: '', credit: 'Only a credit' } },
];

/** Strings a naive encoding would break: lone surrogates, NUL, emoji, direction marks, empty. */
const NASTY = [
  '\uD800',
  '\uDC00x\uD83D',
  '\0',
  '😀👩🏽‍⚖️',
  '\u200F\u202Eabc\u202C',
  '',
  'a\u0000\uFFFF',
];

/** A timeline of `events` with its optional fields present or not. */
function timelineOf(events: TimelineEvent[], options: Partial<Timeline> = {}): Timeline {
  return { title: 'Hand-made', sources: [], lanes: ['Court'], eras: [], events, ...options };
}

describe('unpackEvents(packEvents(events))', () => {
  it('is the built-in timelines', () => {
    const warrant = compiled(JSON.parse(DATASET_JSON), SOURCE_TEXT);
    const brief = compiled(
      readJson(join(inBrief, 'timeline.json')),
      readFileSync(join(inBrief, 'icc-in-brief.txt'), 'utf8'),
    );
    for (const timeline of [warrant, brief, compiled(readJson(twoSources), null)]) {
      expect(timeline.events.some((event) => event.citations.length > 0)).toBe(true);
      expect(unpacked(timeline)).toStrictEqual(timeline);
      expect(posted(timeline)).toStrictEqual(timeline);
    }
  });

  it('is a generated timeline of 3,000 events', () => {
    const timeline = generated(3000);
    expect(timeline.events).toHaveLength(3000);
    expect(unpacked(timeline)).toStrictEqual(timeline);
    expect(posted(timeline)).toStrictEqual(timeline);
  });

  it('keeps each optional field present or absent, and every enum value', () => {
    const timeline = timelineOf(EVENTS, {
      description: 'A description',
      language: 'en',
      eras: [{ label: 'An era', date: DAY }],
      sources: [
        { id: 'source', title: 'T', published: '2023', file: 'a.txt', text: 'the words' },
        {
          id: 'other',
          title: 'T',
          publisher: 'P',
          published: '2023',
          url: 'https://example.org',
          file: 'b.txt',
          text: '',
          language: 'fr',
        },
      ],
    });
    expect(unpacked(timeline)).toStrictEqual(timeline);
    expect(posted(timeline)).toStrictEqual(timeline);
  });

  it('is an empty timeline', () => {
    const timeline = timelineOf([], { lanes: [] });
    expect(posted(timeline)).toStrictEqual(timeline);
  });

  it('keeps lone surrogates, NUL, emoji and direction marks in every string', () => {
    const events = NASTY.map((s, i): TimelineEvent => {
      const date = { ...DAY, edtf: s, label: s };
      return {
        id: `${s}${i}`,
        title: s,
        summary: s.repeat(1000),
        date,
        dateLabel: s,
        dateInArticle: s,
        dateSource: i % 2 ? { kind: 'inferred', basis: s } : { kind: 'record', record: s },
        actors: [s, s],
        lane: s,
        notes: s,
        media: { url: s, caption: s, credit: s },
        citations: [{ source: s, exact: s, prefix: s, suffix: s, start: i, end: i + 1 }],
      };
    });
    const timeline = timelineOf(events, { title: NASTY.join(''), lanes: NASTY });
    expect(posted(timeline)).toStrictEqual(timeline);
  });

  it('holds for events of arbitrary UTF-16 strings (property)', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const text = fc.string({ unit, maxLength: 12 });
    const maybe = fc.option(text, { nil: undefined });
    const event = fc
      .record({
        id: text,
        title: text,
        label: text,
        dateLabel: fc.option(text, { nil: undefined }),
        dateInArticle: fc.option(text, { nil: null }),
        actors: fc.array(fc.constantFrom('Court', 'Press', '\uD800'), { maxLength: 3 }),
        notes: maybe,
        media: fc.boolean(),
        caption: maybe,
        credit: maybe,
        prefix: maybe,
      })
      .map((r): TimelineEvent => {
        const e: TimelineEvent = {
          ...bare(r.id),
          title: r.title,
          date: { ...DAY, label: r.label },
          dateLabel: r.dateLabel ?? r.label,
          dateInArticle: r.dateInArticle,
          actors: r.actors,
          lane: r.actors[0] ?? '',
          citations: [r.prefix === undefined ? citation : { ...citation, prefix: r.prefix }],
        };
        if (r.notes !== undefined) e.notes = r.notes;
        if (r.media)
          e.media = {
            url: r.title,
            ...(r.caption !== undefined && { caption: r.caption }),
            ...(r.credit !== undefined && { credit: r.credit }),
          };
        return e;
      });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), (events) => {
        const timeline = timelineOf(events);
        expect(unpacked(timeline)).toStrictEqual(timeline);
      }),
    );
  });
});

describe('packEvents', () => {
  it('packs any run of events on its own: parts unpacked one by one give the events in order', () => {
    const { events } = generated(1000);
    const cuts = [0, 1, 333, 334, 999, 1000];
    const parts = cuts.slice(1).map((end, i) => {
      const { packed, transfer } = packEvents(events.slice(cuts[i], end));
      return unpackEvents(structuredClone(packed, { transfer }));
    });
    expect(parts.map((part) => part.length)).toEqual([1, 332, 1, 665, 1]);
    expect(parts.flat()).toStrictEqual(events);
  });
});

describe('packEvents, posted', () => {
  it('transfers its buffers: after posting, the sender holds none of them', () => {
    const { packed, transfer } = packEvents(generated(300).events);
    expect(transfer.length).toBeGreaterThan(0);
    expect(new Set(transfer).size).toBe(transfer.length);
    structuredClone(packed, { transfer });
    expect(transfer.map((buffer) => buffer.byteLength)).toEqual(transfer.map(() => 0));
  });

  it('is a fixed number of pieces however many events', () => {
    const small = packEvents(generated(300).events).packed;
    const large = packEvents(generated(3000).events).packed;
    expect(pieces(large)).toBe(pieces(small));
    expect(pieces(large)).toBeLessThanOrEqual(7);
    expect(pieces(generated(3000).events)).toBeGreaterThan(30_000);
  });
});

/** How many values a structured clone visits: every object, array, string and number; a typed array counts as one. */
function pieces(value: unknown): number {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return 1;
  return 1 + Object.values(value).reduce((sum: number, inner) => sum + pieces(inner), 0);
}
