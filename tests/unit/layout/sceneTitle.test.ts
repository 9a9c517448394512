// An export picture's title: one line when it fits, otherwise balanced lines inside the picture,
// with everything under it moved down by the lines it adds.
import { describe, expect, it } from 'vitest';
import { fitView } from '../../../src/layout/axis/timeWarp.ts';
import { exportScene } from '../../../src/layout/export/exportScene.ts';
import type { ExportScene } from '../../../src/layout/export/exportScene.ts';
import { PAD } from '../../../src/layout/export/scene.ts';
import { estimateTextWidth } from '../../../src/layout/textWidth.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';

const icc = iccTimeline();
const { fit, warp } = fitView(icc);
const LONG =
  'The International Criminal Court issued an arrest warrant for President Vladimir Putin of ' +
  'Russia for war crimes, and what came before it';

const titleLines = (scene: ExportScene) =>
  scene.shapes.flatMap((s) => (s.kind === 'text' && s.part === 'title' ? [s] : []));
const years = (scene: ExportScene) =>
  scene.shapes.find((s) => s.kind === 'text' && / to /.test(s.text) && s.size === 13);

describe('an export picture’s title', () => {
  it('is one line across 1280 px when it fits', () => {
    const scene = exportScene(icc, fit, 1280, warp);
    expect(titleLines(scene).map((s) => s.text)).toEqual([icc.title]);
    expect(scene.titleBand).toBe(40);
    expect(years(scene)).toMatchObject({ y: 60 });
  });

  for (const width of [1280, 720, 640]) {
    it(`wraps a long title into balanced lines inside the picture, at ${width} px`, () => {
      const short = exportScene(icc, fit, width, warp);
      const scene = exportScene({ ...icc, title: LONG }, fit, width, warp);
      const lines = titleLines(scene);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.map((s) => s.text).join(' ')).toBe(LONG);
      for (const line of lines) {
        // Bold, at 22 px: the estimate's regular weight and a fifth more.
        expect(estimateTextWidth(line.text, 22) * 1.2).toBeLessThanOrEqual(width - 2 * PAD);
      }
      // Balanced: no line less than half as long as the longest.
      const lengths = lines.map((s) => s.text.length);
      expect(Math.min(...lengths) * 2).toBeGreaterThanOrEqual(Math.max(...lengths));
      // Lines 28 px apart, and the rest of the picture 28 px lower for each line added.
      const more = (lines.length - 1) * 28;
      expect(lines.map((s) => s.y)).toEqual(lines.map((_, i) => 36 + i * 28));
      expect(years(scene)).toMatchObject({ y: 60 + more });
      expect(scene.height).toBe(short.height - (titleLines(short).length - 1) * 28 + more);
      expect(scene.titleBand).toBe(40 + more);
    });
  }
});
