// The studio's date finder on the ICC article (the quality bar of the studio: at least 9 of its
// 10 datable moments, none after the publication day) and on a corpus of news-style sentences,
// whose precision and recall docs/studio.md reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../../src/model/schema.ts';
import { anchorQuote, normalise } from '../../../src/model/quotes/anchor.ts';
import { findDates } from '../../../src/studio/dates/findDates.ts';
import type { Proposal } from '../../../src/studio/dates/findDates.ts';
import { DATASET_DIR, SOURCE_TEXT } from '../model/fixtures.ts';
import { CORPUS, CORPUS_PUBLISHED } from './dateCorpus.ts';

function proposalsOf(text: string, published: string): Proposal[] {
  const result = findDates(text, published);
  if (!result.ok) throw new Error(result.message);
  return result.proposals;
}

describe('findDates on the ICC article, published 17 March 2023', () => {
  const proposals = proposalsOf(SOURCE_TEXT, '2023-03-17');
  const byWords = (words: string) => proposals.filter((p) => p.quote.exact.includes(words));

  it('proposes at least 9 of its 10 datable moments, with the right dates', () => {
    const expected: [string, string][] = [
      ['under a 1998 treaty', '1998'],
      ['enacted laws in 1999 and 2002', '1999'],
      ['signed the Rome Statute in 2000', '2000'],
      ['In 2002, President George W. Bush', '2002'],
      ['In 2017, however', '2017'],
      ['returned in 2021', '2021'],
      ['invaded Ukraine last year', '2022'],
      ['In late December, Congress', '2022-12'],
      ['on Friday issued an arrest warrant', '2023-03-17'],
      ['created two decades ago', '2003~'],
    ];
    const found = expected.filter(([words, date]) => byWords(words).some((p) => p.date === date));
    expect(found.length, JSON.stringify(proposals.map((p) => [p.date, p.expression]))).toBe(10);
  });

  it('dates nothing after the publication day, and calls "now" no date', () => {
    for (const p of proposals) expect(p.date.replace(/[~?]/g, '') <= '2023-03-17').toBe(true);
    expect(proposals.map((p) => p.expression.toLowerCase())).not.toContain('now');
  });

  it('cites each proposal by a sentence that anchors exactly once in the article', () => {
    const source = normalise(SOURCE_TEXT);
    for (const p of proposals) {
      expect(anchorQuote(source, p.quote).ok, p.quote.exact).toBe(true);
      expect(p.quote.exact.length).toBeLessThanOrEqual(600);
    }
  });

  it('shows its reasoning, and says where a date is worked out from the publication day', () => {
    const lastYear = proposals.find((p) => p.expression === 'last year');
    expect(lastYear?.reasoning).toBe('‘last year’, in an article of 17 March 2023 → 2022');
    expect(lastYear?.dateSource).toEqual({
      kind: 'inferred',
      basis: '"last year", in an article of 17 March 2023: 2022',
    });
    expect(proposals.find((p) => p.date === '2000')?.dateSource).toEqual({ kind: 'article' });
    const decades = proposals.find((p) => p.date === '2003~');
    expect(decades?.reasoning).toMatch(/approximate/);
  });

  it('gives one proposal for two expressions of one date in one sentence', () => {
    expect(byWords('In late December, Congress').filter((p) => p.date === '2022-12')).toHaveLength(
      1,
    );
  });
});

describe('findDates on a second text (data/icc-in-brief), published 27 November 2026', () => {
  it('proposes every dated event of its dataset, and nothing else', () => {
    const folder = join(DATASET_DIR, '..', 'icc-in-brief');
    const text = readFileSync(join(folder, 'icc-in-brief.txt'), 'utf8');
    const dataset = JSON.parse(readFileSync(join(folder, 'timeline.json'), 'utf8')) as DatasetFile;
    const dates = proposalsOf(text, '2026-11-27').map((p) => p.date);
    expect(dates.sort()).toEqual(dataset.events.map((e) => e.date).sort());
  });
});

describe('findDates on the news corpus', () => {
  const rows = CORPUS.map(([text, expected]) => {
    const got = proposalsOf(text, CORPUS_PUBLISHED);
    return {
      text,
      expected,
      got: got.map((p) => p.date),
      sure: got.filter((p) => p.sure).map((p) => p.date),
    };
  });
  const expectedCount = rows.reduce((n, r) => n + r.expected.length, 0);
  const hits = rows.reduce((n, r) => n + r.expected.filter((d) => r.got.includes(d)).length, 0);
  const proposed = rows.reduce((n, r) => n + r.got.length, 0);
  const right = rows.reduce((n, r) => n + r.got.filter((d) => r.expected.includes(d)).length, 0);
  const sureProposed = rows.reduce((n, r) => n + r.sure.length, 0);
  const sureRight = rows.reduce(
    (n, r) => n + r.sure.filter((d) => r.expected.includes(d)).length,
    0,
  );

  it('holds at least 60 expressions, covering every rule', () => {
    expect(expectedCount).toBeGreaterThanOrEqual(60);
  });

  it('finds at least 95% of them (recall) and is right in at least 95% of what it proposes (precision)', () => {
    const misses = rows.filter(
      (r) =>
        r.expected.some((d) => !r.got.includes(d)) || r.got.some((d) => !r.expected.includes(d)),
    );
    const report = {
      recall: hits / expectedCount,
      precision: right / proposed,
      surePrecision: sureRight / sureProposed,
      expectedCount,
      proposed,
      misses,
    };
    console.log(JSON.stringify({ ...report, misses: misses.length }));
    expect(hits / expectedCount, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(right / proposed, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.95);
    // A proposal it is sure of is never wrong on this corpus.
    expect(sureRight).toBe(sureProposed);
  });
});

describe('findDates refuses what it cannot read', () => {
  it('needs a publication day', () => {
    expect(findDates('In 2000, it rained.', '17/03/2023')).toEqual({
      ok: false,
      message: expect.stringContaining('YYYY-MM-DD'),
    });
  });

  it('refuses a text past a million characters, with a clear message', () => {
    const result = findDates('In 2000, it rained. '.repeat(60_000), '2023-03-17');
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('too long to find dates in'),
      values: { length: 1_200_000, limit: 1_000_000 },
    });
  });

  it('finds nothing in a text without dates', () => {
    expect(proposalsOf('No dates here at all.', '2023-03-17')).toEqual([]);
  });
});

describe('a day or month without its year', () => {
  it('is unsure, naming the other year, in a story told in another year (the walkthrough)', () => {
    const text =
      'The rocket left on July 16, 1969. Four days later, on July 20, they landed. ' +
      'They splashed down on July 24. In December, the last crew flew.';
    const got = proposalsOf(text, '2019-07-19');
    const july20 = got.find((p) => p.expression === 'July 20');
    expect(july20).toMatchObject({ date: '2018-07-20', sure: false });
    expect(july20?.reasoning).toContain('or 20 July 1969, in the year of 20 July 1969');
    // Still the year of the last dated one, not of another yearless date.
    expect(got.find((p) => p.expression === 'July 24')?.reasoning).toContain('or 24 July 1969');
    expect(got.find((p) => p.expression.startsWith('December'))).toMatchObject({ sure: false });
    expect(got.find((p) => p.expression.startsWith('December'))?.reasoning).toContain(
      'or December 1969',
    );
  });

  it('stays sure in current news, where nothing dated in another year comes before it', () => {
    const got = proposalsOf(
      'Last year the plant closed. On May 3, the minister resigned.',
      '2023-03-17',
    );
    expect(got.find((p) => p.expression.includes('May 3'))).toMatchObject({
      date: '2022-05-03',
      sure: true,
    });
    const alone = proposalsOf('On May 3, the minister resigned.', '2023-03-17');
    expect(alone).toMatchObject([{ date: '2022-05-03', sure: true }]);
  });
});

describe('the other year of a yearless date', () => {
  it('comes from a date of one year, not from a decade before it', () => {
    const text = 'Apollo 8 flew in December 1968. It was the 1960s. They came back on July 24.';
    const got = proposalsOf(text, '2019-07-19').find((p) => p.expression.includes('July 24'));
    expect(got?.reasoning).toContain('or 24 July 1968, in the year of December 1968');
  });
});
