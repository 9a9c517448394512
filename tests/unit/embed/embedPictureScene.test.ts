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
  for (const width of [1280, 390]) {
    it(`drops the one-line title and source and moves the rest up, at ${width} px`, () => {
      const { fit, warp } = fitView(timeline);
      const scene = exportScene(timeline, fit, width, warp);
      const picture = embedPictureScene(scene, timeline);
      const texts = picture.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
      expect(texts).not.toContain(timeline.title);
      expect(texts).not.toContain(sourceLine(timeline));
      // Everything else is kept, 40 px higher, and the picture is 64 px shorter.
      expect(picture.shapes).toHaveLength(scene.shapes.length - 2);
      expect(picture.height).toBe(scene.height - 64);
      const yOf = (s: (typeof scene.shapes)[number]) =>
        s.kind === 'circle' ? s.cy : s.kind === 'line' ? s.y1 : s.y;
      const kept = scene.shapes.filter(
        (s) => s.kind !== 'text' || (s.text !== timeline.title && s.text !== sourceLine(timeline)),
      );
      expect(picture.shapes.map(yOf)).toEqual(kept.map((s) => yOf(s) - 40));
      expect(Math.min(...picture.shapes.map(yOf))).toBeGreaterThanOrEqual(0);
    });
  }
});
