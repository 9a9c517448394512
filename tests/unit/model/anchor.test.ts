import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  describeQuote,
  normalise,
  normaliseQuote,
  occurrences,
} from '../../../src/model/quotes/anchor.ts';
import { SOURCE_TEXT } from './fixtures.ts';

const source = normalise(SOURCE_TEXT);

describe('normalise', () => {
  it('collapses each white-space run to one space and remembers where characters came from', () => {
    expect(normalise('a \n\t b\u00a0c')).toEqual({ text: 'a b c', origin: [0, 1, 5, 6, 7] });
  });

  it('keeps every offset pointing at the same character in the original', () => {
    source.text.split('').forEach((ch, i) => {
      const original = SOURCE_TEXT[source.origin[i] ?? -1] ?? '';
      expect(ch === ' ' ? /\s/.test(original) : original === ch).toBe(true);
    });
  });
});

describe('normaliseQuote', () => {
  it('collapses white space, the no-break space included, as normalise does', () => {
    expect(normaliseQuote('a\u00a0 b\n\nc')).toBe('a b c');
  });
});

describe('occurrences', () => {
  it('finds overlapping matches, and none for an empty needle', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(occurrences('aaaa', '')).toEqual([]);
  });
});

describe('anchorQuote on the article', () => {
  it('finds the byline typed with a plain space, though the source has a no-break space', () => {
    const byline = 'By guest author Charly Savage';
    expect(SOURCE_TEXT.includes(byline)).toBe(false);
    const found = anchorQuote(source, { exact: byline });
    if (!found.ok) throw new Error(`not anchored: ${found.reason}`);
    expect(SOURCE_TEXT.slice(found.start, found.end)).toBe('By guest\u00a0 author Charly Savage');
  });

  it('reports a quote that is not in the source', () => {
    expect(anchorQuote(source, { exact: 'President Bill Clinton signd' })).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('reports an ambiguous quote with its count, and a prefix or suffix picks one', () => {
    expect(anchorQuote(source, { exact: 'Congress' })).toEqual({
      ok: false,
      reason: 'ambiguous',
      count: 3,
    });
    const first = anchorQuote(source, { exact: 'Congress', suffix: ', for its part' });
    const last = anchorQuote(source, { exact: 'Congress', prefix: 'In late December, ' });
    if (!first.ok || !last.ok) throw new Error('a disambiguated quote did not anchor');
    expect(first.start).toBe(SOURCE_TEXT.indexOf('Congress, for its part'));
    expect(last.start).toBe(SOURCE_TEXT.indexOf('Congress included'));
  });

  it('does not match a prefix that would run off the start of the text', () => {
    expect(anchorQuote(source, { exact: 'BREAKING', prefix: 'x' }).ok).toBe(false);
  });
});

describe('describeQuote', () => {
  const text = normalise('the cat sat. a cat ran. the cat hid.');

  it('gives the bare words when they are unique', () => {
    expect(describeQuote(text, 4, 11)).toEqual({ exact: 'cat sat' });
  });

  it('adds only the context needed to make the match unique', () => {
    // The second "cat" is the only one preceded by "a "; no suffix is needed.
    expect(describeQuote(text, 15, 18)).toEqual({ exact: 'cat', prefix: 'a ' });
    // The first and third share the prefix "the ", so their suffix tells them apart.
    expect(describeQuote(text, 4, 7)).toEqual({ exact: 'cat', suffix: ' s' });
  });

  it('picks the first of three "Congress" in the article with one character of suffix', () => {
    const at = source.text.indexOf('Congress');
    const selector = describeQuote(source, at, at + 'Congress'.length);
    expect(selector).toEqual({ exact: 'Congress', suffix: ',' });
    expect(anchorQuote(source, selector)).toMatchObject({
      ok: true,
      start: SOURCE_TEXT.indexOf('Congress,'),
    });
  });
});
