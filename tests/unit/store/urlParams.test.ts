import { describe, expect, it } from 'vitest';
import { parseUrlParams } from '../../../src/store/urlParams.ts';
import { searchFor } from '../../../src/store/syncUrl.ts';

const BASE = 'https://example.org/timeline/index.html';

describe('parseUrlParams', () => {
  it('reads every documented parameter', () => {
    const params = parseUrlParams(
      '?event=icc-warrant-putin&mode=present&embed=1&theme=dark&data=data/x/timeline.json',
      BASE,
    );
    expect(params).toEqual({
      event: 'icc-warrant-putin',
      mode: 'present',
      embed: true,
      data: 'https://example.org/timeline/data/x/timeline.json',
      theme: 'dark',
      notices: [],
    });
  });

  it('falls back to the defaults for unknown values, silently for mode, embed and theme', () => {
    const params = parseUrlParams('?mode=slideshow&embed=yes&theme=<b>', BASE);
    expect(params).toMatchObject({ mode: 'browse', embed: false, theme: 'auto', notices: [] });
  });

  it('refuses a hostile event id with a polite notice that quotes it as text', () => {
    const params = parseUrlParams(
      `?event=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      BASE,
    );
    expect(params.event).toBeNull();
    expect(params.notices).toHaveLength(1);
    expect(params.notices[0]).toContain('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['javascript:alert(1)', 'elsewhere'],
    ['https://evil.example/data.json', 'elsewhere'],
    ['data:application/json,{}', 'elsewhere'],
    ['http://[::1', 'not a valid URL'],
  ])('refuses the dataset address %s', (value, words) => {
    const params = parseUrlParams(`?data=${encodeURIComponent(value)}`, BASE);
    expect(params.data).toBeNull();
    expect(params.notices.join(' ')).toContain(words);
  });

  it('clips a huge value in its notice', () => {
    const params = parseUrlParams(`?event=${'A'.repeat(100_000)}`, BASE);
    expect(params.event).toBeNull();
    expect(params.notices[0]?.length).toBeLessThan(300);
  });
});

describe('searchFor', () => {
  it('sets and clears event and mode, keeping other parameters', () => {
    expect(searchFor('?theme=dark', 'a-b', 'browse')).toBe('?theme=dark&event=a-b');
    expect(searchFor('?theme=dark&event=a-b&mode=present', null, 'browse')).toBe('?theme=dark');
    expect(searchFor('', 'x', 'present')).toBe('?event=x&mode=present');
  });
});
