/**
 * The export scene as a static embed shows it: without the title and the source lines, which the
 * embed gives as HTML (a heading that wraps in a narrow column, and the footer's credit) rather
 * than as SVG text drawn at the picture's own size. The bands they stood in are trimmed away.
 */
import { shifted } from '../../layout/export/exportScene.ts';
import type { ExportScene } from '../../layout/export/exportScene.ts';

/** The scene without its title and source lines, moved up into the title's room. */
export function embedPictureScene(scene: ExportScene): ExportScene {
  const shapes = scene.shapes
    .filter((shape) => shape.kind !== 'text' || shape.part === undefined)
    .map((shape) => shifted(shape, -scene.titleBand));
  const height = scene.height - scene.titleBand - scene.sourceBand;
  return { ...scene, height, shapes, titleBand: 0, sourceBand: 0 };
}
