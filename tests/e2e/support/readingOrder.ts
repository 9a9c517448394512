/**
 * Where a phrase's words are drawn: the left edge of each word's box (a range's, not an
 * element's), found in the text of each element a locator matches. Right-to-left text reads from
 * the right, so its words' left edges fall from the first word to the last; a phrase caught in a
 * left-to-right isolate (an Arabic date inside an English citation's <bdi>) is drawn out of order.
 */
import type { Locator } from 'playwright-core';

/** For each matched element, the left edge of each of `words` (one space apart) where it is. */
export async function wordLefts(locator: Locator, words: readonly string[]): Promise<number[][]> {
  return locator.evaluateAll((elements, pieces) => {
    const phrase = pieces.join(' ');
    return elements.map((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(phrase);
        if (at === -1) continue;
        let from = at;
        return pieces.map((piece) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, from + piece.length);
          from += piece.length + 1;
          return range.getBoundingClientRect().left;
        });
      }
      return [];
    });
  }, words);
}

/** Whether lefts fall from each word to the next, as right-to-left words are drawn. */
export function drawnRightToLeft(lefts: readonly number[]): boolean {
  return lefts.length > 1 && lefts.every((left, i) => i === 0 || left < (lefts[i - 1] ?? 0));
}
