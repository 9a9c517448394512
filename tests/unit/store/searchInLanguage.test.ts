// The language picker's links: this view's address with `lang` set, everything else kept as written.
import { describe, expect, it } from 'vitest';
import { searchInLanguage } from '../../../src/store/syncUrl.ts';

describe('searchInLanguage', () => {
  it('adds lang to an empty address', () => {
    expect(searchInLanguage('', 'fr')).toBe('?lang=fr');
  });

  it('replaces every lang, keeping the other parameters byte for byte and in order', () => {
    expect(searchInLanguage('?data=data/x.json&lang=de&event=a-b&lang=uk', 'ar')).toBe(
      '?data=data/x.json&event=a-b&lang=ar',
    );
    expect(searchInLanguage('?%6Cang=de&mode=present', 'es')).toBe('?mode=present&lang=es');
  });
});
