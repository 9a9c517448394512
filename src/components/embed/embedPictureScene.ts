/**
 * The export scene as a static embed shows it: without the title and the source line, which the
 * embed gives as HTML (a heading that wraps in a narrow column, and the footer's credit) rather
 * than as one-line SVG text cut off at the frame's edge. The bands they stood in are trimmed away.
 */
import { sourceLine } from '../../layout/export/exportScene.ts';
import type { ExportScene, SceneShape } from '../../layout/export/exportScene.ts';
import type { Timeline } from '../../model/timeline.ts';

/** The scene's title band (its title is drawn on a 36 px baseline) and source-line band. */
const TITLE_BAND = 40;
const SOURCE_BAND = 24;

/**
 * The scene without its title and source line (`source`, as the scene wrote it: English unless
 * the scene was drawn in another language), moved up into the title's room.
 */
export function embedPictureScene(
  scene: ExportScene,
  timeline: Timeline,
  source: string = sourceLine(timeline),
): ExportScene {
  const shapes = scene.shapes
    .filter(
      (shape) => shape.kind !== 'text' || (shape.text !== timeline.title && shape.text !== source),
    )
    .map((shape) => moveUp(shape, TITLE_BAND));
  return { ...scene, height: scene.height - TITLE_BAND - SOURCE_BAND, shapes };
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
