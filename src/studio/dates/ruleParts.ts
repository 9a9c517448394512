/** What the date rules share: number words, the patterns of months and years, and small helpers. */
import type { Candidate } from './candidate.ts';

export const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
export const COUNT = `(\\d{1,3}|${Object.keys(NUMBERS).join('|')})`;
export const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
export const YEAR = '(1\\d{3}|20\\d{2})';
/** Words before a number that make it a year ("in 2000", "the 1998 treaty", "1999 and 2002"). */
export const YEAR_CUE =
  /\b(in|since|by|until|till|from|of|the|a|an|and|or|to|through|between|during|before|after|around|circa|c\.|early|mid|late|as|for|that|when)\s+$/i;

export const count = (word: string) => NUMBERS[word.toLowerCase()] ?? Number(word);

/** Every match of `pattern` (which must be global) with its offsets. */
export function* matches(text: string, pattern: RegExp) {
  for (const m of text.matchAll(pattern)) yield { m, start: m.index, end: m.index + m[0].length };
}

/** A candidate's fields, the defaults (article, sure, no anchor, priority 1) left out. */
type Make = Omit<Candidate, 'priority' | 'anchor' | 'kind' | 'sure'> &
  Partial<Pick<Candidate, 'anchor' | 'kind' | 'sure'>>;

export function candidate(c: Make): Candidate {
  return { kind: 'article', sure: true, anchor: null, priority: 1, ...c };
}

/** Thirds of a span: early, mid, late. */
export function part(word: string, first: number, length: number): [number, number] {
  const third = length / 3;
  const w = word.toLowerCase();
  const index =
    w.startsWith('early') || w.includes('start') || w.includes('beginning')
      ? 0
      : w.startsWith('late') || w.includes('end')
        ? 2
        : 1;
  return [first + Math.round(index * third), first + Math.round((index + 1) * third) - 1];
}
