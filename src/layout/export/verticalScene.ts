/** The vertical reading layout as a picture (exportScene.ts draws narrow widths with it). */
import type { Timeline } from '../../model/timeline.ts';
import type { TimeDomain } from '../axis/timeScale.ts';
import { VERTICAL, layoutVertical } from '../timeline/layoutVertical.ts';
import type { buildTimeIndex } from '../timeline/timeIndex.ts';
import {
  ENGLISH_SCENE_WORDS,
  EXPORT_COLOURS,
  HEADER,
  PAD,
  measure,
  sceneOf,
  sourceFooter,
  yearsLine,
} from './scene.ts';
import type { ExportScene, SceneShape, SceneWords } from './scene.ts';
import { marks } from './sceneMarks.ts';

/** The vertical reading layout as a picture: a rail, and one row per event down the page. */
export function verticalScene(
  timeline: Timeline,
  index: ReturnType<typeof buildTimeIndex>,
  domain: TimeDomain,
  width: number,
  words: SceneWords = ENGLISH_SCENE_WORDS,
): ExportScene {
  const c = EXPORT_COLOURS;
  const plotWidth = width - 2 * PAD;
  const layout = layoutVertical(timeline, index, domain, plotWidth, measure, words.date);
  const footer = sourceFooter(words.sources(timeline), HEADER + layout.height, width, 10);
  const height = HEADER + layout.height + footer.height;
  const shapes: SceneShape[] = yearsLine(timeline, domain, words);
  const rail = PAD + VERTICAL.rail;
  shapes.push({
    kind: 'line',
    x1: rail,
    y1: HEADER,
    x2: rail,
    y2: HEADER + layout.height,
    stroke: c.rule,
  });
  marks(timeline, layout.items, shapes, layout.captions);
  return sceneOf(timeline, width, height, shapes, footer);
}
