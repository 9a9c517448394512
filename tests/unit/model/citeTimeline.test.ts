import { describe, expect, it } from 'vitest';
import { citableUrl, citeTimeline } from '../../../src/model/quotes/citeTimeline.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { SOURCE_TEXT, realDataset } from './fixtures.ts';

describe('citeTimeline', () => {
  const compiled = compileTimeline(realDataset(), SOURCE_TEXT);
  if (!compiled.ok) throw new Error('the real dataset does not compile');
  const accessed = new Date(Date.UTC(2026, 10, 27, 23, 59));

  it('cites the timeline with its address and the day it was seen, and its source', () => {
    const cites = citeTimeline(compiled.value, 'https://example.org/timeline/', accessed);
    expect(cites.timeline).toBe(
      '“The United States, the ICC and the warrant for Putin.” Interactive timeline, made with Sourceline. ' +
        'Based on “The International Criminal Court issued an arrest warrant for President Vladimir Putin of Russia for war crimes”, ' +
        'The New York Times, 17 March 2023. https://example.org/timeline/ (accessed 27 November 2026).',
    );
    expect(cites.source).toBe(
      'The New York Times. “The International Criminal Court issued an arrest warrant for President Vladimir Putin of Russia for war crimes.” 17 March 2023.',
    );
  });

  it('has no source citation for an imported timeline', () => {
    expect(compiled.value.sources).toHaveLength(1);
    const cites = citeTimeline(
      { ...compiled.value, sources: [] },
      'https://example.org/',
      accessed,
    );
    expect(cites.source).toBeNull();
    expect(cites.timeline).not.toContain('Based on');
  });

  it('cites the address without the reader’s own view (event, mode, theme)', () => {
    expect(
      citableUrl(
        'https://example.org/?data=data%2Fx%2Ftimeline.json&event=a&mode=present&theme=dark#x',
      ),
    ).toBe('https://example.org/?data=data%2Fx%2Ftimeline.json');
  });
});
