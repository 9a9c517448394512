import { describe, expect, it } from 'vitest';
import { compileDatasetDir } from '../../../build/datasets.ts';
import { embedPictureScene } from '../../../src/components/embed/embedPictureScene.ts';
import { exportScene, sourceLine } from '../../../src/layout/export/exportScene.ts';
import { fitView } from '../../../src/layout/axis/timeWarp.ts';
import { DATASET_DIR } from '../model/fixtures.ts';

const compiled = compileDatasetDir(DATASET_DIR);
if (!compiled.ok) throw new Error('the real dataset does not compile');
const timeline = compiled.value;

describe('embedPictureScene', () => {
  for (const width of [1280, 720, 390]) {
    it(`drops the title and the source lines and moves the rest up, at ${width} px`, () => {
      const { fit, warp } = fitView(timeline);
      const scene = exportScene(timeline, fit, width, warp);
      const picture = embedPictureScene(scene);
      const textsOf = (shapes: typeof scene.shapes) =>
        shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
      const source = scene.shapes.flatMap((s) =>
        s.kind === 'text' && s.part === 'source' ? [s.text] : [],
      );
      // The source line is one line across 1280 px and wraps in narrower pictures: all of it goes.
      if (width === 1280) expect(source).toHaveLength(1);
      else expect(source.length).toBeGreaterThan(1);
      expect(source.join(' ')).toBe(sourceLine(timeline));
      const texts = textsOf(picture.shapes);
      expect(texts).not.toContain(timeline.title);
      for (const line of source) expect(texts).not.toContain(line);
      // Everything else is kept, 40 px higher, and the picture loses the title's 40 px and the
      // source lines' band: 24 px for the first line and a line's height for each further one.
      expect(picture.shapes).toHaveLength(scene.shapes.length - 1 - source.length);
      const lineHeight = width < 600 ? 14 : 16; // the vertical picture's source is 10 px
      expect(scene.sourceBand).toBe(24 + (source.length - 1) * lineHeight);
      expect(picture.height).toBe(scene.height - 40 - scene.sourceBand);
      const yOf = (s: (typeof scene.shapes)[number]) =>
        s.kind === 'circle' ? s.cy : s.kind === 'line' ? s.y1 : s.y;
      const kept = scene.shapes.filter(
        (s) => s.kind !== 'text' || (s.text !== timeline.title && !source.includes(s.text)),
      );
      expect(picture.shapes.map(yOf)).toEqual(kept.map((s) => yOf(s) - 40));
      expect(Math.min(...picture.shapes.map(yOf))).toBeGreaterThanOrEqual(0);
      // Nothing left hangs below the trimmed picture (the axis's labels are the lowest).
      expect(Math.max(...picture.shapes.map(yOf))).toBeLessThanOrEqual(picture.height);
    });
  }
});
