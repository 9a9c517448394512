/**
 * Characters that take up no room on screen: zero-width spaces and joiners, the soft hyphen,
 * direction marks and controls, the byte order mark, fillers. A title made only of them gives a
 * button with no visible name, and a quote that differs from its source only by one looks right
 * and is not found; so text is checked for something visible, and messages name what is hidden.
 */

/** Format and control characters, lone combining marks, separators, blank fillers. */
const NOTHING_VISIBLE = /^[\s\p{Cc}\p{Cf}\p{M}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/** Invisible characters a quote or source may hide (white space is not among them). */
const HIDDEN = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Whether `text` has at least one character that shows. */
export function hasVisibleText(text: string): boolean {
  // Most text starts with a printable ASCII character, which shows: no pattern to run then.
  const first = text.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || !NOTHING_VISIBLE.test(text);
}

/** "U+200B ZERO WIDTH SPACE" for one character. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} ${NAMES[code] ?? 'INVISIBLE FORMAT CHARACTER'}`;
}

/**
 * The invisible characters of `text`, at most `max` of them, as "U+200B ZERO WIDTH SPACE at
 * position 17" (positions count characters from 1), and how many there are in all.
 */
export function invisibleCharacters(text: string, max = 3): { described: string[]; count: number } {
  const described: string[] = [];
  let count = 0;
  for (const match of text.matchAll(HIDDEN)) {
    count++;
    if (described.length < max) {
      const position = [...text.slice(0, match.index)].length + 1;
      described.push(`${describeCharacter(match[0])} at position ${position}`);
    }
  }
  return { described, count };
}

/** `text` without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(HIDDEN, '');
}
