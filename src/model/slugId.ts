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

/** Hands out ids: the slug of the first usable name, made unique with -2, -3, … */
export function createIdMaker(): (names: readonly string[], fallback: string) => string {
  const used = new Set<string>();
  return (names, fallback) => {
    const base = names.map(slugify).find((slug) => slug !== '') ?? slugify(fallback);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
