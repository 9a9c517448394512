/**
 * The export scene as a static embed shows it: without the title and the source lines, which the
 * embed gives as HTML (a heading that wraps in a narrow column, and the footer's credit) rather
 * than as SVG text drawn at the picture's own size. The bands they stood in are trimmed away.
 */
import type { ExportScene, SceneShape } from '../../layout/export/exportScene.ts';

/** The scene's title band (its title is drawn on a 36 px baseline). */
const TITLE_BAND = 40;

/** The scene without its title and source lines, moved up into the title's room. */
export function embedPictureScene(scene: ExportScene): ExportScene {
  const shapes = scene.shapes
    .filter((shape) => shape.kind !== 'text' || shape.part === undefined)
    .map((shape) => moveUp(shape, TITLE_BAND));
  const height = scene.height - TITLE_BAND - scene.sourceBand;
  return { ...scene, height, shapes, sourceBand: 0 };
}

function moveUp(shape: SceneShape, by: number): SceneShape {
  switch (shape.kind) {
    case 'rect':
    case 'text':
      return { ...shape, y: shape.y - by };
    case 'circle':
      return { ...shape, cy: shape.cy - by };
    case 'line':
      return { ...shape, y1: shape.y1 - by, y2: shape.y2 - by };
  }
}
