/**
 * The languages Sourceline speaks (docs/interfaces.md, `lang`), and choosing one from what the
 * reader's browser prefers. Here in model/ because date wording (dates/formatDateIn.ts) needs
 * them as much as the chrome does.
 */

/** Every supported language, English first: it is the default and the built-in chrome's. */
export const LOCALES = ['en', 'fr', 'es', 'de', 'uk', 'ar'] as const;

/** A supported language, as its BCP 47 primary subtag. */
export type Locale = (typeof LOCALES)[number];

/** The supported language a tag names (`fr-CA` is `fr`), or null. */
export function localeOf(tag: string): Locale | null {
  const primary = tag.toLowerCase().split(/[-_]/, 1)[0];
  return LOCALES.find((locale) => locale === primary) ?? null;
}

/** `auto`: the first of the browser's languages that is supported, else English. */
export function resolveLocale(chosen: Locale | undefined, preferred: readonly string[]): Locale {
  if (chosen) return chosen;
  for (const tag of preferred) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** The direction a language is written in, for `<html dir>`. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
