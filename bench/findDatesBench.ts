/**
 * The studio's date finder on a 5,000-word article (docs/studio.md, "Measured"): the paragraphs
 * of the two ICC texts in data/, repeated with variations (years shifted, each copy's sentences
 * told apart) until the article has 5,000 words, then `findDates` timed over repeated runs in
 * Node, after warm-up runs. Target: a median under 100 ms. Run on its own with
 * `npx tsx bench/findDatesBench.ts`; `npm run bench` runs it too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findDates } from '../src/studio/dates/findDates.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const TEXTS = [
  'data/icc-putin-warrant/icc-putin-warrant-2023-03-17.txt',
  'data/icc-in-brief/icc-in-brief.txt',
];
/** The publication day the article is read against (the ICC article's). */
export const PUBLISHED = '2023-03-17';
/** The target the issue sets for a 5,000-word article. */
export const TARGET_MS = 100;

/** What one benchmark run of the date finder found. */
export interface FindDatesBench {
  words: number;
  characters: number;
  proposals: number;
  runs: number;
  ms: Spread;
  targetMs: number;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A news-style article of at least `words` words, the same every time. */
export function benchArticle(words = 5000): string {
  const paragraphs = TEXTS.flatMap((path) =>
    readFileSync(join(ROOT, path), 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
  const out: string[] = [];
  for (let copy = 0; wordCount(out.join(' ')) < words; copy++) {
    for (const paragraph of paragraphs) {
      // Each copy's years move back a decade, and its sentences are told apart.
      const varied =
        copy === 0
          ? paragraph
          : paragraph.replace(/\b(1[89]|20)(\d\d)\b/g, (y) => String(Number(y) - 10 * copy));
      out.push(copy === 0 ? varied : varied.replace(/\.(\s|$)/g, `, in report ${copy + 1}.$1`));
      if (wordCount(out.join(' ')) >= words) break;
    }
  }
  return out.join('\n\n');
}

/** Times findDates on the article: `warmup` runs not counted, then `runs` runs. */
export function benchFindDates(runs = 15, warmup = 3): FindDatesBench {
  const text = benchArticle();
  let proposals = 0;
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    const result = findDates(text, PUBLISHED);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(result.message);
    proposals = result.proposals.length;
    if (i >= warmup) times.push(ms);
  }
  return {
    words: wordCount(text),
    characters: text.length,
    proposals,
    runs,
    ms: spread(times),
    targetMs: TARGET_MS,
  };
}

/** One line for the console. */
export function findDatesLine(bench: FindDatesBench): string {
  const { median, min, max } = bench.ms;
  return (
    `findDates on a ${bench.words.toLocaleString('en')}-word article (${bench.proposals} proposals): ` +
    `median ${median.toFixed(1)} ms, ${min.toFixed(1)}–${max.toFixed(1)} ms over ${bench.runs} runs ` +
    `(target under ${bench.targetMs} ms: ${median < bench.targetMs ? 'met' : 'NOT met'})`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(findDatesLine(benchFindDates()));
}
