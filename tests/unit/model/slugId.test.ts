// Ids from imported names: the slug of the first name that gives one (the names after it are not
// slugged at all), else the fallback's, made unique.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdMaker, slugify } from '../../../src/model/slugId.ts';

/** What the first id of a fresh maker must be: the first non-empty slug, else the fallback's. */
const expectedBase = (names: readonly string[], fallback: string) =>
  names.map(slugify).find((slug) => slug !== '') ?? slugify(fallback);

/** Names of every kind: slugs already (short and too long), near-slugs, empty ones, any text. */
const name = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,9}$/),
  fc.stringMatching(/^-?[a-z0-9-]{0,70}-?$/),
  fc.constantFrom('', '---', 'É-cole', 'e-000001', 'A-Title', 'ﬁ-ligature', `${'a'.repeat(61)}`),
  fc.string(),
);

describe('slugify', () => {
  it('keeps the words of a name, in kebab case', () => {
    expect(slugify('Caesar crosses the Rubicon!')).toBe('caesar-crosses-the-rubicon');
    expect(slugify('Étoile du Nord')).toBe('etoile-du-nord');
    expect(slugify('!!!')).toBe('');
  });
});

describe('createIdMaker', () => {
  it('bases an id on the first name that gives a slug, as slugify gives it (property)', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 3 }), name, (names, fallback) => {
        expect(createIdMaker()(names, fallback)).toBe(expectedBase(names, fallback));
      }),
    );
  });

  it('does not slug the names after the first that gives a slug', () => {
    const slugged: string[] = [];
    const makeId = createIdMaker();
    // The second name would throw if it were slugged.
    const trap = {
      normalize: () => {
        slugged.push('trap');
        throw new Error('slugged');
      },
    } as unknown as string;
    expect(makeId(['e-1', trap], 'fallback')).toBe('e-1');
    expect(makeId(['Some Title!', trap], 'fallback')).toBe('some-title');
    expect(slugged).toEqual([]);
  });

  it('makes a repeated base unique with -2, -3 …', () => {
    const makeId = createIdMaker();
    expect(['a', 'a', 'A', 'a-2'].map((n) => makeId([n], 'x'))).toEqual([
      'a',
      'a-2',
      'a-3',
      'a-2-2',
    ]);
  });
});
