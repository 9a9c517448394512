import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/formats/htmlToText.ts';

describe('htmlToText', () => {
  it('keeps the words of bold, italic and other inline markup, without the tags', () => {
    expect(
      htmlToText('<p>The <b>Rome</b> <i>Statute</i> <span class="x">entered</span> force.</p>'),
    ).toBe('The Rome Statute entered force.');
  });

  it('decodes named and numeric entities once (escaped markup stays text)', () => {
    expect(htmlToText('Rome &amp; Carthage &mdash; &#8220;war&#x201D; &lt;b&gt;')).toBe(
      'Rome & Carthage — “war” <b>',
    );
  });

  it('removes script and style elements with everything inside them, even unclosed', () => {
    expect(htmlToText('a<script>alert("x")</script>b<style>p{color:red}</style>c')).toBe('a b c');
    expect(htmlToText('safe<SCRIPT type="x">document.cookie')).toBe('safe');
    expect(htmlToText('one<!-- hidden --> two')).toBe('one two');
  });

  it('keeps an http(s) link as "text (URL)" and drops other schemes', () => {
    expect(htmlToText('<a href="https://example.org/a?b=1&amp;c=2">Read</a>.')).toBe(
      'Read (https://example.org/a?b=1&c=2).',
    );
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
    expect(htmlToText("<a href='data:text/html,x'>data</a>")).toBe('data');
    expect(htmlToText('<a href="https://example.org/">https://example.org/</a>')).toBe(
      'https://example.org/',
    );
  });

  it('turns paragraphs and line breaks into blank lines and new lines', () => {
    expect(htmlToText('<p>One</p><p>Two<br>three</p>')).toBe('One\n\nTwo\nthree');
    expect(htmlToText('<ul><li>a</li><li>b</li></ul>')).toBe('a\nb');
  });

  it('collapses white space as HTML renders it, and leaves a lone < alone', () => {
    expect(htmlToText('  a\n\t b  ')).toBe('a b');
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2');
  });

  it('does not let an attribute with > end the tag early', () => {
    expect(htmlToText('<img alt="a > b" src="x.png">caption')).toBe('caption');
  });
});

describe('htmlToText on plain text (its fast path)', () => {
  it('gives what the full path gives: the same text with an empty inline element after it', () => {
    const plain = fc.string({
      unit: fc.constantFrom('a', ' ', '\n', '\t', '\u00a0', '\u0007', '\ufeff', 'é', '>', '"', ';'),
    });
    fc.assert(
      fc.property(plain, (text) => {
        expect(htmlToText(text)).toBe(htmlToText(`${text}<i></i>`));
      }),
      { numRuns: 500 },
    );
  });
});
