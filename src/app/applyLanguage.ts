/**
 * Says the page's language and direction on the root element (`<html lang dir>`), so screen
 * readers pronounce the chrome correctly and `ar` lays it out right to left (docs/interfaces.md,
 * `lang`).
 */
import { directionOf } from '../model/locale.ts';
import type { Locale } from '../model/locale.ts';

/** Sets `lang` and `dir` on `root` (the document's root element). */
export function applyLanguage(root: Pick<HTMLElement, 'lang' | 'dir'>, locale: Locale): void {
  root.lang = locale;
  root.dir = directionOf(locale);
}
