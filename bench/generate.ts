/**
 * Synthetic datasets for the benchmark and the scaling tests, in the dataset file format
 * (src/model/schema.ts) without a source text. Pure and seeded: the same options always give the
 * same file, byte for byte, on any machine and in any time zone.
 *
 * The shape aims at a real archive rather than a uniform scatter: six lanes of unequal weight,
 * most events gathered in bursts (a war, a trial, a reform) of widely varying length over a
 * background trickle, and the mix of date forms real records have (days, months, years, `~` and
 * `?` qualifiers, intervals from days to decades).
 */
import type { DatasetFile, EventRecord } from '../src/model/schema.ts';

/** What to generate. */
export interface GenerateOptions {
  /** Number of events. */
  count: number;
  /** Seed of the pseudo-random sequence (default 1). */
  seed?: number;
  /** First and last year of the spread (default 1800–2024). */
  fromYear?: number;
  toYear?: number;
}

/** The lanes, heaviest first, and each one's share of the events. */
export const LANES: readonly (readonly [name: string, weight: number])[] = [
  ['Government', 0.28],
  ['Parliament', 0.22],
  ['Courts', 0.18],
  ['Press', 0.14],
  ['Civil society', 0.1],
  ['International', 0.08],
];

const DAY = 86_400_000;
/** Share of events in bursts; the rest are spread evenly. */
const CLUSTERED = 0.75;

/** mulberry32: small, fast, and good enough to scatter dates. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

/** A burst of activity: a centre and a spread, both in milliseconds. */
interface Burst {
  centre: number;
  spread: number;
}

/** Generates a dataset of `count` events. */
export function generateDataset(options: GenerateOptions): DatasetFile {
  const { count, seed = 1, fromYear = 1800, toYear = 2024 } = options;
  const random = seededRandom(seed);
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 11, 31);
  const bursts = makeBursts(random, from, to, Math.max(3, Math.round(count / 400)));
  const events: EventRecord[] = [];
  for (let i = 0; i < count; i++) {
    const time = clamp(pickTime(random, bursts, from, to), from, to);
    events.push(makeEvent(random, i, time, to));
  }
  return {
    title: `Synthetic archive of ${count.toLocaleString('en-GB')} events`,
    description: `Generated for the benchmark (seed ${seed}): ${fromYear}–${toYear}, six lanes, bursts of activity, mixed date precisions.`,
    lanes: LANES.map(([name]) => name),
    eras: [
      { label: 'Early period', date: `${fromYear}/1849` },
      { label: 'Reform era', date: '1890/1914' },
      { label: 'Post-war', date: '1945/1975' },
    ],
    events,
  };
}

function makeBursts(random: Random, from: number, to: number, n: number): Burst[] {
  return Array.from({ length: n }, () => ({
    centre: from + random() * (to - from),
    // Log-uniform from ten days to ten years: some bursts are a week's crisis, some a decade.
    spread: DAY * 10 * Math.pow(365, random()),
  }));
}

function pickTime(random: Random, bursts: readonly Burst[], from: number, to: number): number {
  if (random() >= CLUSTERED) return from + random() * (to - from);
  // Earlier bursts are heavier (a long tail): index by the square of a uniform draw.
  const burst = bursts[Math.floor(random() * random() * bursts.length)] ?? bursts[0];
  if (!burst) return from;
  return burst.centre + gaussian(random) * burst.spread;
}

function makeEvent(random: Random, i: number, time: number, to: number): EventRecord {
  const lane = pickLane(random);
  const other = random() < 0.2 ? pickLane(random) : lane;
  const title = makeTitle(random, i);
  return {
    id: `e-${String(i).padStart(6, '0')}`,
    title,
    summary: `${title}. A generated event for measuring how the timeline scales.`,
    date: makeDate(random, time, to),
    dateInArticle: null,
    dateSource: { kind: 'record', record: 'Synthetic benchmark data' },
    actors: other === lane ? [lane] : [lane, other],
    citations: [],
  };
}

function pickLane(random: Random): string {
  let r = random();
  for (const [name, weight] of LANES) {
    if (r < weight) return name;
    r -= weight;
  }
  return LANES[0]?.[0] ?? 'Government';
}

const VERBS = ['Act on', 'Ruling on', 'Debate over', 'Report on', 'Protest against', 'Treaty on'];
const TOPICS = [
  'tariffs',
  'the franchise',
  'railways',
  'public health',
  'the press laws',
  'land reform',
  'the budget',
  'harbour works',
  'education',
  'the census',
  'coal mining',
  'water rights',
];
const PLACES = ['', ' in the north', ' in the capital', ' at the border', ' across the provinces'];

/** Titles of realistic, varied length (about 15 to 60 characters). */
function makeTitle(random: Random, i: number): string {
  const verb = VERBS[Math.floor(random() * VERBS.length)] ?? '';
  const topic = TOPICS[Math.floor(random() * TOPICS.length)] ?? '';
  const place = PLACES[Math.floor(random() * PLACES.length)] ?? '';
  return `${verb} ${topic}${place} (${i})`;
}

/**
 * An EDTF date near `time`: roughly 45% days, 15% months, 10% years, 10% qualified (`~`, `?`)
 * and 20% intervals, from days to decades. Every one is a real date that round-trips.
 */
function makeDate(random: Random, time: number, to: number): string {
  const r = random();
  if (r < 0.45) return day(time);
  if (r < 0.6) return month(time);
  if (r < 0.7) return year(time);
  if (r < 0.74) return `${year(time)}~`;
  if (r < 0.77) return `${year(time)}?`;
  if (r < 0.79) return `${month(time)}~`;
  if (r < 0.8) return `${day(time)}?`;
  return interval(random, time, to);
}

function interval(random: Random, time: number, to: number): string {
  const r = random();
  // Pulled back from the end of the spread, so no interval runs past it or ends as it starts.
  if (r < 0.5) {
    // Days to a year: a session, a trial, a strike.
    const length = DAY * (1 + Math.floor(Math.pow(365, random())));
    const start = Math.min(time, to - length);
    return `${day(start)}/${day(start + length)}`;
  }
  if (r < 0.85) {
    const length = DAY * 31 * (1 + Math.floor(Math.pow(48, random())));
    const start = Math.min(time, to - length);
    return `${month(start)}/${month(start + length)}`;
  }
  // Years to decades: a reign, a war, a long inquiry.
  const years = 1 + Math.floor(Math.pow(30, random()));
  const start = Math.min(time, to - years * 366 * DAY);
  const first = Number(year(start));
  return `${year(start)}${random() < 0.2 ? '~' : ''}/${String(first + years).padStart(4, '0')}`;
}

function year(time: number): string {
  return String(new Date(time).getUTCFullYear()).padStart(4, '0');
}

function month(time: number): string {
  return `${year(time)}-${String(new Date(time).getUTCMonth() + 1).padStart(2, '0')}`;
}

function day(time: number): string {
  return `${month(time)}-${String(new Date(time).getUTCDate()).padStart(2, '0')}`;
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
