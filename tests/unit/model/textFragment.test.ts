import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../src/model/quotes/textFragment.ts';
import type { ResolvedCitation } from '../../../src/model/timeline.ts';

const TEXT = 'The court met in 2002. The court met again, in 2003 - and once more in Rome, Italy.';

/** A citation of `exact` at its first place in TEXT (or after `from`). */
function cite(exact: string, extra: Partial<ResolvedCitation> = {}, from = 0): ResolvedCitation {
  const start = TEXT.indexOf(exact, from);
  return { source: 'source', exact, start, end: start + exact.length, ...extra };
}

describe('textFragmentUrl', () => {
  it('links a short quote by its words, encoded, replacing any fragment of the address', () => {
    expect(textFragmentUrl('https://news.test/a#top', cite('in 2002.'), TEXT)).toBe(
      'https://news.test/a#:~:text=in%202002.',
    );
  });

  it('encodes the characters the fragment syntax uses: hyphen, comma and ampersand', () => {
    const url = textFragmentUrl(
      'https://news.test/a',
      cite('2003 - and once more in Rome, Italy.'),
      TEXT,
    );
    expect(url).toBe(
      'https://news.test/a#:~:text=2003%20%2D%20and%20once%20more%20in%20Rome%2C%20Italy.',
    );
  });

  it('links a long quote by its first and last four words', () => {
    const exact = 'The court met again, in 2003 - and once more in Rome, Italy.';
    expect(textFragmentUrl('https://news.test/a', cite(exact), TEXT)).toBe(
      'https://news.test/a#:~:text=The%20court%20met%20again%2C,more%20in%20Rome%2C%20Italy.',
    );
  });

  it('gives whole words of context only where the citation needed some to be unique', () => {
    const second = cite('The court met', { prefix: '. ' }, 5);
    expect(textFragmentUrl('https://news.test/a', second, TEXT)).toBe(
      'https://news.test/a#:~:text=met%20in%202002.-,The%20court%20met',
    );
    const first = cite('The court met', { suffix: ' in' });
    expect(textFragmentUrl('https://news.test/a', first, TEXT)).toBe(
      'https://news.test/a#:~:text=The%20court%20met,-in%202002.%20The',
    );
  });

  it('collapses the quote’s line breaks and runs of spaces to single spaces', () => {
    const text = 'One\n\ntwo   three.';
    const citation: ResolvedCitation = {
      source: 's',
      exact: 'One\n\ntwo   three.',
      start: 0,
      end: text.length,
    };
    expect(textFragmentUrl('https://news.test/', citation, text)).toBe(
      'https://news.test/#:~:text=One%20two%20three.',
    );
  });
});
