/**
 * The picture of one timeline view for export (slides, handouts): title, lanes, eras, events,
 * clusters, axis and a source line, as a flat list of shapes in pixels. Pure. One scene feeds
 * both the SVG writer and the PNG painter, so the two exports cannot drift apart; the PNG is not
 * made from the SVG because the strict Content-Security-Policy blocks loading blob: and data:
 * images into an <img>, which is the only way a browser rasterises an SVG string.
 */
import type { Timeline } from '../../model/timeline.ts';
import { axisTicks } from '../axis/axisTicks.ts';
import { NO_WARP } from '../axis/timeWarp.ts';
import type { TimeWarp } from '../axis/timeWarp.ts';
import { timeScale } from '../axis/timeScale.ts';
import type { TimeDomain } from '../axis/timeScale.ts';
import { ERA_FONT_SIZE, ERA_INSET, eraBands } from '../timeline/eraBands.ts';
import { GEOMETRY } from '../timeline/geometry.ts';
import { layoutTimeline, rowsNeeded } from '../timeline/layoutTimeline.ts';
import type { TimelineLayout } from '../timeline/layoutTimeline.ts';
import { buildTimeIndex } from '../timeline/timeIndex.ts';
import {
  EXPORT_COLOURS,
  EXPORT_WIDTH,
  HEADER,
  LABEL_SIZE,
  PAD,
  VERTICAL_EXPORT_BELOW,
  measure,
  sceneOf,
  sourceFooter,
  yearsLine,
  ENGLISH_SCENE_WORDS,
} from './scene.ts';
import type { ExportScene, SceneShape, SceneWords } from './scene.ts';
import { marks } from './sceneMarks.ts';
import { verticalScene } from './verticalScene.ts';

export {
  ENGLISH_SCENE_WORDS,
  EXPORT_COLOURS,
  EXPORT_WIDTH,
  shifted,
  sourceLine,
  sourceList,
} from './scene.ts';
export type { ExportScene, SceneShape, SceneWords } from './scene.ts';

/**
 * The scene of `timeline` showing `domain`, `width` pixels wide (run down the page when narrow);
 * `words` are its own (English by default; the handout's and the still embed's in the reader's
 * language).
 */
export function exportScene(
  timeline: Timeline,
  domain: TimeDomain,
  width: number = EXPORT_WIDTH,
  warp: TimeWarp = NO_WARP,
  words: SceneWords = ENGLISH_SCENE_WORDS,
): ExportScene {
  const plotWidth = width - 2 * PAD;
  const index = buildTimeIndex(timeline);
  if (width < VERTICAL_EXPORT_BELOW) return verticalScene(timeline, index, domain, width, words);
  const rows = rowsNeeded(
    layoutTimeline(timeline, index, domain, plotWidth, measure, [], { warp }),
  );
  const layout = layoutTimeline(timeline, index, domain, plotWidth, measure, rows, { warp });
  const scale = timeScale(domain, plotWidth, warp);
  const axisTop = HEADER + layout.height;
  const footer = sourceFooter(words.sources(timeline), axisTop + GEOMETRY.axisHeight, width, 12);
  const height = axisTop + GEOMETRY.axisHeight + footer.height;
  const c = EXPORT_COLOURS;
  const shapes: SceneShape[] = yearsLine(timeline, domain, words);
  lanesAndEras(timeline, layout, scale, plotWidth, shapes);
  marks(timeline, layout.items, shapes);
  shapes.push({
    kind: 'line',
    x1: PAD,
    y1: axisTop,
    x2: PAD + plotWidth,
    y2: axisTop,
    stroke: c.muted,
  });
  for (const tick of axisTicks(scale, measure, warp.breaks, words.tick)) {
    const x = PAD + tick.x;
    shapes.push({ kind: 'line', x1: x, y1: axisTop, x2: x, y2: axisTop + 6, stroke: c.muted });
    shapes.push({
      kind: 'text',
      x,
      y: axisTop + 20,
      text: tick.label,
      size: LABEL_SIZE,
      fill: c.text,
      anchor: 'middle',
    });
  }
  return sceneOf(timeline, width, height, shapes, footer);
}

type Scale = ReturnType<typeof timeScale>;

function lanesAndEras(
  timeline: Timeline,
  layout: TimelineLayout,
  scale: Scale,
  plotWidth: number,
  shapes: SceneShape[],
): void {
  const c = EXPORT_COLOURS;
  layout.lanes.forEach((lane, i) => {
    const y = HEADER + lane.top;
    if (i % 2 === 1)
      shapes.push({
        kind: 'rect',
        x: PAD,
        y,
        width: plotWidth,
        height: lane.height,
        fill: c.laneAlt,
      });
  });
  for (const era of eraBands(timeline.eras, scale, plotWidth, measure, LABEL_SIZE)) {
    shapes.push({
      kind: 'rect',
      x: PAD + era.x0,
      y: HEADER,
      width: era.x1 - era.x0,
      height: layout.height,
      fill: c.era,
      opacity: c.eraOpacity,
      title: `${era.label}, ${era.dateLabel}`,
    });
    if (era.name)
      shapes.push({
        kind: 'text',
        x: PAD + era.x0 + ERA_INSET,
        y: HEADER + layout.height - 6,
        text: era.name,
        size: ERA_FONT_SIZE,
        fill: c.muted,
      });
  }
  for (const lane of layout.lanes) {
    shapes.push({
      kind: 'text',
      x: PAD + 6,
      y: HEADER + lane.top + 14,
      text: lane.name.toUpperCase(),
      size: 11,
      fill: c.muted,
      bold: true,
    });
  }
}
