/**
 * How many rules of a colour a vertical line through the middle of a box crosses, in the pixels
 * the page shows (a screenshot a few pixels wider than the box, so a frame drawn just outside it
 * is caught). One frame round a box crosses twice, top and bottom; a frame per line of a
 * wrapped label crosses more, at each seam between lines.
 */
import type { Page } from 'playwright-core';

/** A box on the page, in CSS pixels of the viewport. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rules of `color` (`#rrggbb`) crossed going down through the middle of `box`. */
export async function rulesCrossed(page: Page, bounds: Box, color: string): Promise<number> {
  const margin = 3;
  const png = await page.screenshot({
    clip: {
      x: bounds.x - margin,
      y: bounds.y - margin,
      width: bounds.width + 2 * margin,
      height: bounds.height + 2 * margin,
    },
  });
  // Decoded by the page's own image decoder (createImageBitmap reads a Blob, not a URL).
  return page.evaluate(
    async ({ bytes, hex }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(bitmap, 0, 0);
      const x = Math.floor(bitmap.width / 2);
      const { data } = context.getImageData(x, 0, 1, bitmap.height);
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let rules = 0;
      let inRule = false;
      for (let y = 0; y < bitmap.height; y++) {
        const distance = want.reduce((sum, v, c) => sum + Math.abs((data[y * 4 + c] ?? 0) - v), 0);
        const near = distance < 90;
        if (near && !inRule) rules++;
        inRule = near;
      }
      return rules;
    },
    { bytes: [...png], hex: color },
  );
}
