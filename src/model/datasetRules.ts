/**
 * The dataset format's rules that are not zod's: patterns, limits and the language-tag test. The
 * schema (schema.ts) builds on them, and so do the hand-written fast checks (fastChecks.ts,
 * fastEvent.ts, fastDataset.ts), which must not load zod: the compile worker runs them first and
 * loads zod only when they are not sure (compileFast.ts).
 */

/** What a kebab-case id looks like. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A source's text file: a plain name beside the dataset. */
export const SOURCE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;

/** A source's day of publication. */
export const PUBLISHED_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Longest source text a dataset may carry inside it (characters). */
export const MAX_SOURCE_TEXT = 5_000_000;

/** A BCP 47 language tag ("en", "pt-BR"), as `Intl` accepts it. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
