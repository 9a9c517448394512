/**
 * The default view as HTML, made at build time (build/prerenderPlugin.ts) and written into
 * index.html, so the page is a readable, cited timeline before any script runs, or with none:
 * the title, every event in time order with its date, the empty details panel, and the article
 * with its cited passages marked. main.tsx hydrates it when the address asks for the default
 * view; the same first render on both sides is what makes that work.
 */
import { renderToString } from 'react-dom/server';
import { builtInTimeline } from 'virtual:sourceline-datasets';
import { AppRoot } from './app/AppRoot.tsx';
import { designTokens } from './app/designTokens.ts';
import { parseUrlParams } from './store/urlParams.ts';
import { createSourcelineStore } from './store/createSourcelineStore.ts';
import { GEOMETRY } from './layout/timeline/geometry.ts';
import { layoutTimeline } from './layout/timeline/layoutTimeline.ts';
import { createLabelMeasure } from './components/timeline/measureLabel.ts';
import { VERTICAL_BELOW } from './components/timeline/Timeline.tsx';

/** The markup main.tsx's first render of the default view gives, as a string. */
export function prerenderDefaultView(): string {
  const params = parseUrlParams('', 'https://sourceline.invalid/');
  return renderToString(<AppRoot params={params} builtIn={builtInTimeline} />);
}

/** The design tokens as a style rule, so the page without script is set as it will be with it. */
export function designTokenStyle(): string {
  const declarations = Object.entries(designTokens()).map(([name, value]) => `${name}: ${value};`);
  return `:root { ${declarations.join(' ')} }`;
}

/** The widest timeline the reserved heights are worked out for (wider: the last one holds). */
const WIDEST = 2560;

/**
 * For each width of the timeline, the height the drawing will take, reserved for the text list
 * that stands in for it, so that nothing below the timeline moves when the script draws it (the
 * details panel used to jump about 70 px). The fitted view is laid out here exactly as
 * useTimelineLayout lays it out, with the labels' estimated widths (there are no fonts at build
 * time; the estimate gives the browser's rows at nearly every width). As container queries on the
 * timeline's box, one per run of widths with the same height; the vertical layout is left alone.
 */
export function staticTimelineStyle(): string {
  const { timeline, index, fit, warp } = createSourcelineStore(builtInTimeline).getState();
  const measure = createLabelMeasure();
  const heightAt = (width: number) =>
    layoutTimeline(timeline, index, fit, width, measure, [], { warp }).height + GEOMETRY.axisHeight;
  const runs: { from: number; height: number }[] = [];
  for (let width = VERTICAL_BELOW; width <= WIDEST; width++) {
    const height = heightAt(width);
    if (runs.at(-1)?.height !== height) runs.push({ from: width, height });
  }
  // The app measures a rounded clientWidth; a container query sees the exact content width.
  return runs
    .map(({ from, height }, i) => {
      const next = runs[i + 1];
      const range = `(width >= ${from - 0.5}px)${next ? ` and (width < ${next.from - 0.5}px)` : ''}`;
      // Inside the timeline's 1px border, as the drawing's height is outside it.
      return `@container ${range} { .timeline__static { min-height: ${height - 2}px; } }`;
    })
    .join('\n');
}
