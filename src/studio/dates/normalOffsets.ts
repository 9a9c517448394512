/** From offsets in a text to offsets in its white-space-normalised form (model/quotes/anchor.ts). */
import type { NormalisedText } from '../../model/quotes/anchor.ts';

/** Maps an offset of the original text to its offset in the normalised text. */
export function normalOffsets(normal: NormalisedText, length: number): (at: number) => number {
  const map = new Int32Array(length + 1);
  let n = 0;
  for (let i = 0; i <= length; i++) {
    while (n + 1 < normal.origin.length && (normal.origin[n + 1] ?? 0) <= i) n++;
    map[i] = n;
  }
  return (at) => map[Math.max(0, Math.min(length, at))] ?? 0;
}
