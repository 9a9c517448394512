// Picture tests, after Observable Plot's: the fitted ICC timeline drawn through the SVG export at
// three widths (across at 1280 and 640 px, down the page at 390), numbers rounded, compared with
// the committed files in tests/pictures/. A change to the drawing shows as a diff in review; to
// accept one, run `npx vitest run tests/unit/layout/pictures.test.ts -u` and read the diff.
import { describe, expect, it } from 'vitest';
import { fitView } from '../../../src/layout/axis/timeWarp.ts';
import { exportSvg } from '../../../src/layout/export/exportSvg.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';

/** Numbers to one decimal place, so a rounding change in the last digit is no diff. */
function rounded(svg: string): string {
  return svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('the fitted ICC timeline, as a picture', () => {
  const timeline = iccTimeline();
  const { fit, warp } = fitView(timeline);
  for (const width of [1280, 640, 390]) {
    it(`at ${width} px`, async () => {
      const svg = rounded(exportSvg(timeline, fit, width, warp));
      await expect(svg).toMatchFileSnapshot(`../../pictures/icc-${width}.svg`);
      // No label is shortened: a change that cuts one fails here, not only as a diff.
      expect(svg).not.toContain('…');
    });
  }

  it('runs down the page when narrow, across when wide', () => {
    const narrow = exportSvg(timeline, fit, 390, warp);
    const wide = exportSvg(timeline, fit, 1280, warp);
    const height = (svg: string) => Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    expect(height(narrow)).toBeGreaterThan(height(wide));
    for (const event of timeline.events) {
      // Every title is drawn whole, possibly over two or three lines, in both.
      for (const svg of [narrow, wide]) {
        const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
          .map((m) => unescapeXml(m[1] ?? ''))
          .join(' ');
        for (const word of event.title.split(' ')) expect(text).toContain(word);
      }
    }
  });
});
