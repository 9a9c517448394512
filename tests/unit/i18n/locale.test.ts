// Choosing the language: the asked-for one, else the browser's first supported one, else English.
import { describe, expect, it } from 'vitest';
import { directionOf, localeOf, resolveLocale } from '../../../src/model/locale.ts';
import { applyLanguage } from '../../../src/app/applyLanguage.ts';

describe('resolveLocale', () => {
  it('keeps a language asked for, whatever the browser prefers', () => {
    expect(resolveLocale('uk', ['fr-FR', 'en'])).toBe('uk');
  });

  it('follows the browser’s first supported language for auto', () => {
    expect(resolveLocale(undefined, ['ru-RU', 'de-AT', 'fr'])).toBe('de');
    expect(resolveLocale(undefined, ['ar-EG'])).toBe('ar');
    expect(resolveLocale(undefined, ['es_419'])).toBe('es');
  });

  it('falls back to English', () => {
    expect(resolveLocale(undefined, [])).toBe('en');
    expect(resolveLocale(undefined, ['ru', 'zh-Hans', ''])).toBe('en');
  });
});

describe('localeOf', () => {
  it('reads the primary subtag, in any case', () => {
    expect(localeOf('FR-ca')).toBe('fr');
    expect(localeOf('uk-UA')).toBe('uk');
    expect(localeOf('ukr')).toBeNull();
    expect(localeOf('e')).toBeNull();
  });
});

describe('the page’s language and direction', () => {
  it('is right to left only for Arabic', () => {
    expect(directionOf('ar')).toBe('rtl');
    for (const locale of ['en', 'fr', 'es', 'de', 'uk'] as const)
      expect(directionOf(locale)).toBe('ltr');
  });

  it('is set on the root element', () => {
    const root = { lang: 'en', dir: '' };
    applyLanguage(root, 'ar');
    expect(root).toEqual({ lang: 'ar', dir: 'rtl' });
    applyLanguage(root, 'fr');
    expect(root).toEqual({ lang: 'fr', dir: 'ltr' });
  });
});
