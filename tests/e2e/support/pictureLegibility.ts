/**
 * What can be read of a still picture (the handout's and the still embed's SVG, drawn from an
 * export scene), measured as drawn: every text's box inside the picture, and none meeting an
 * event's mark (a dot, or a span's bar). SVG text is not cut to a box as the app's labels are, so
 * a text wider in the reader's font than the layout's estimate runs on over whatever is next.
 */
import type { Locator } from 'playwright-core';

/** What is wrong, as "outside: <text>" and "over a mark: <text>"; empty when all is legible. */
export function pictureProblems(picture: Locator): Promise<string[]> {
  return picture.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    // Dots, and spans' bars (rx 2); a cluster's box (rx 4) holds its count by design.
    const marks = [...svg.querySelectorAll('circle, rect[rx="2"]')].map((mark) =>
      mark.getBoundingClientRect(),
    );
    const problems: string[] = [];
    for (const text of svg.querySelectorAll('text')) {
      const box = text.getBoundingClientRect();
      const words = (text.textContent ?? '').slice(0, 60);
      if (
        box.left < frame.left - 0.5 ||
        box.right > frame.right + 0.5 ||
        box.top < frame.top - 0.5 ||
        box.bottom > frame.bottom + 0.5
      )
        problems.push(`outside: ${words}`);
      // Boxes that share more than half a pixel each way.
      if (
        marks.some(
          (mark) =>
            box.left < mark.right - 0.5 &&
            mark.left < box.right - 0.5 &&
            box.top < mark.bottom - 0.5 &&
            mark.top < box.bottom - 0.5,
        )
      )
        problems.push(`over a mark: ${words}`);
    }
    return problems;
  });
}
