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
      const linesOf = (part: 'title' | 'source') =>
        scene.shapes.flatMap((s) => (s.kind === 'text' && s.part === part ? [s.text] : []));
      const title = linesOf('title');
      const source = linesOf('source');
      // One line each across 1280 px; narrower, both wrap: every line of them goes.
      if (width === 1280) expect([title.length, source.length]).toEqual([1, 1]);
      else expect(Math.min(title.length, source.length)).toBeGreaterThan(1);
      expect(title.join(' ')).toBe(timeline.title);
      expect(source.join(' ')).toBe(sourceLine(timeline));
      const texts = picture.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
      for (const line of [...title, ...source]) expect(texts).not.toContain(line);
      // Everything else is kept, moved up by the title's band (40 px and 28 for each further
      // line), and the picture loses that and the source lines' band (24 px and a line's height,
      // 16 or, for the vertical picture's 10 px text, 14, for each further line).
      expect(picture.shapes).toHaveLength(scene.shapes.length - title.length - source.length);
      expect(scene.titleBand).toBe(40 + (title.length - 1) * 28);
      const lineHeight = width < 600 ? 14 : 16;
      expect(scene.sourceBand).toBe(24 + (source.length - 1) * lineHeight);
      expect(picture.height).toBe(scene.height - scene.titleBand - scene.sourceBand);
      const yOf = (s: (typeof scene.shapes)[number]) =>
        s.kind === 'circle' ? s.cy : s.kind === 'line' ? s.y1 : s.y;
      const kept = scene.shapes.filter((s) => s.kind !== 'text' || s.part === undefined);
      expect(picture.shapes.map(yOf)).toEqual(kept.map((s) => yOf(s) - scene.titleBand));
      expect(Math.min(...picture.shapes.map(yOf))).toBeGreaterThanOrEqual(0);
      // Nothing left hangs below the trimmed picture (the axis's labels are the lowest).
      expect(Math.max(...picture.shapes.map(yOf))).toBeLessThanOrEqual(picture.height);
    });
  }
});
