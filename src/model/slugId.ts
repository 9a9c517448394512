/** Kebab-case event ids made from imported names, unique within one import. */

const MAX_ID = 60;

/** "Caesar crosses the Rubicon!" → "caesar-crosses-the-rubicon"; '' when nothing is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID) return slug;
  const cut = slug.slice(0, MAX_ID);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > MAX_ID / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** Counts the ids tried, for the tests that prove a long import stays linear. */
export interface IdWork {
  probes: number;
}

/**
 * Hands out ids: the slug of the first usable name, made unique with -2, -3, … Each base
 * remembers the next suffix to try, so thousands of events sharing a headline do not each
 * search from -2 again (that made the import quadratic); a suffix taken by another name is
 * stepped over once and never tried again for that base.
 */
export function createIdMaker(
  work: IdWork = { probes: 0 },
): (names: readonly string[], fallback: string) => string {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return (names, fallback) => {
    let base = '';
    // The slug of the first name that gives one, else the fallback's: the names after it are not
    // slugged (an import's unique_id usually gives one, and slugging its headline as well took
    // about 14 of the 96 ms a 10,000-event TimelineJS file's conversion takes, in Node).
    for (const name of [...names, fallback]) if ((base = slugify(name))) break;
    let id = base;
    work.probes++;
    if (used.has(id)) {
      let n = nextSuffix.get(base) ?? 2;
      for (id = `${base}-${n}`; used.has(id); id = `${base}-${n}`) {
        work.probes++;
        n++;
      }
      work.probes++;
      nextSuffix.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
}
