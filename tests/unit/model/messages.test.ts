// Messages name the problem without repeating the input: values are clipped, a few unknown
// fields are named and the rest counted; text must be visible; a quote that differs from the
// source by an invisible character says which character and where.
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { hasVisibleText, invisibleCharacters } from '../../../src/model/invisibleText.ts';
import { eventAt, TINY_SOURCE, tinyDataset } from './fixtures.ts';

function problemsOf(raw: unknown, source: string | null = TINY_SOURCE): string[] {
  const result = compileTimeline(raw, source);
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
}

describe('messages that could repeat the input', () => {
  it('names at most three unknown fields, clipped, and counts the rest', () => {
    const raw: Record<string, unknown> = { ...tinyDataset() };
    for (let i = 0; i < 100_000; i++) raw[`extra${i}`] = i;
    const problems = problemsOf(raw);
    expect(problems).toEqual([
      'dataset: has 100000 fields the format does not know: "extra0", "extra1", "extra2" and 99997 more',
    ]);
  });

  it('clips a megabyte-long unknown field name', () => {
    const raw = { ...tinyDataset(), ['k'.repeat(1_000_000)]: 1 };
    const [problem = ''] = problemsOf(raw);
    expect(problem).toMatch(/^dataset: has a field the format does not know: "k+…"$/);
    expect(problem.length).toBeLessThan(120);
  });

  it('does not repeat a huge value where a date should be', () => {
    const data = tinyDataset();
    eventAt(data, 0).date = '9'.repeat(1_000_000);
    const problems = problemsOf(data);
    expect(problems).toEqual(['events[0] "beta-ends" › date: must be at most 64 characters']);
  });

  it('keeps every message short whatever the values', () => {
    const huge = '\u202e'.repeat(500_000) + 'x'.repeat(500_000);
    const data = tinyDataset();
    Object.assign(eventAt(data, 0), { id: huge, title: huge, summary: huge, actors: [huge] });
    Object.assign(eventAt(data, 0).citations[0] ?? {}, { exact: huge, prefix: huge });
    for (const problem of problemsOf(data)) expect(problem.length).toBeLessThan(400);
  });
});

describe('visually empty text', () => {
  it.each([
    ['title', '\u200b\u200b'],
    ['summary', '\u200d\u00ad\u2060'],
    ['title', '\u202e\u2066'],
    ['title', '\u0301'],
  ])('rejects an event %s of only invisible characters, with its place', (field, text) => {
    const data = tinyDataset();
    Object.assign(eventAt(data, 1), { [field]: text });
    expect(problemsOf(data)).toEqual([
      `events[1] "alpha-begins" › ${field}: must have visible text (it holds only invisible characters, such as zero-width spaces)`,
    ]);
  });

  it('rejects such an actor, and a dataset title, but not text with one visible letter', () => {
    const data = tinyDataset();
    data.title = '\ufeff\u200b';
    eventAt(data, 0).actors = ['\u2800'];
    expect(problemsOf(data)).toEqual([
      'title: must have visible text (it holds only invisible characters, such as zero-width spaces)',
      'events[0] "beta-ends" › actors[0]: must have visible text (it holds only invisible characters, such as zero-width spaces)',
    ]);
    expect(hasVisibleText('\u200bé\u200b')).toBe(true);
    expect(hasVisibleText('\u05d0')).toBe(true);
    // The first character's shortcut (printable ASCII) and the pattern behind it.
    expect(hasVisibleText('!\u200b')).toBe(true);
    expect(hasVisibleText('\u200b!')).toBe(true);
    expect(hasVisibleText(' \u200b')).toBe(false);
    expect(hasVisibleText('\u007f\u200b')).toBe(false);
    expect(hasVisibleText('')).toBe(false);
  });

  it('says "must not be empty", once, for empty text', () => {
    const data = tinyDataset();
    eventAt(data, 0).title = '   ';
    expect(problemsOf(data)).toEqual(['events[0] "beta-ends" › title: must not be empty']);
  });
});

describe('a quote that differs from its source only by what cannot be seen', () => {
  it('names the invisible character of the quote and its position', () => {
    const data = tinyDataset();
    const citation = eventAt(data, 0).citations[0];
    if (citation) citation.exact = 'Beta ended the\u200b war.';
    expect(problemsOf(data)).toEqual([
      'events[0] "beta-ends" › citations[0].exact: the quote is not in the source text: "Beta ended the\u200b war."; it holds an invisible character: U+200B ZERO WIDTH SPACE at position 15',
    ]);
  });

  it('says when the source hides invisible characters among the quoted words', () => {
    const source = TINY_SOURCE.replace('ended', 'en\u00added');
    const [problem = ''] = problemsOf(tinyDataset(), source);
    expect(problem).toMatch(
      /^events\[0\] "beta-ends" › citations\[0\]\.exact: the quote is not in the source text: .*the source has these words with invisible characters among them/,
    );
  });

  it('lists at most three invisible characters and counts them all', () => {
    expect(invisibleCharacters('a\u00adb\u200cc\u200dd\ufeffe\u2069')).toEqual({
      count: 5,
      described: [
        'U+00AD SOFT HYPHEN at position 2',
        'U+200C ZERO WIDTH NON-JOINER at position 4',
        'U+200D ZERO WIDTH JOINER at position 6',
      ],
    });
  });
});
