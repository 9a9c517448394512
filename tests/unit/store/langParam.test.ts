// `lang` (docs/interfaces.md): a supported language, or `auto`; anything else is a polite notice.
import { noticeText } from '../../../src/store/notice.ts';
import { describe, expect, it } from 'vitest';
import { parseUrlParams } from '../../../src/store/urlParams.ts';
import { VIEW_PARAMS } from '../../../src/model/urlParamNames.ts';

const BASE = 'https://example.org/timeline/index.html';

describe('the lang parameter', () => {
  it.each(['en', 'fr', 'es', 'de', 'uk', 'ar'] as const)('reads %s', (lang) => {
    const params = parseUrlParams(`?lang=${lang}`, BASE);
    expect(params.lang).toBe(lang);
    expect(params.notices).toEqual([]);
  });

  it.each(['', '?lang=', '?lang=auto'])('leaves the choice to the browser for "%s"', (search) => {
    const params = parseUrlParams(search, BASE);
    expect(params.lang).toBeUndefined();
    expect('lang' in params).toBe(false);
    expect(params.notices).toEqual([]);
  });

  it.each(['ru', 'FR', 'fr-CA', '<b>x</b>', 'x'.repeat(500)])(
    'falls back to the browser with a notice for "%s"',
    (value) => {
      const params = parseUrlParams(`?lang=${encodeURIComponent(value)}`, BASE);
      expect(params.lang).toBeUndefined();
      expect(params.notices).toHaveLength(1);
      expect(noticeText(params.notices[0]!)).toMatch(
        /^The link asks for a language this page does not have/,
      );
      expect(noticeText(params.notices[0]!)).toContain(value.slice(0, 60));
      expect(noticeText(params.notices[0]!).length).toBeLessThan(200);
    },
  );

  it('is a view parameter, which a citation drops', () => {
    expect(VIEW_PARAMS).toContain('lang');
  });
});
