// An export picture's years, under its title: those of the events it shows, within the view, not
// the view's own ends (a fitted view's room either side made the ICC picture say "1992 to 2024").
import { describe, expect, it } from 'vitest';
import { fitView } from '../../../src/layout/axis/timeWarp.ts';
import { exportScene } from '../../../src/layout/export/exportScene.ts';
import type { ExportScene } from '../../../src/layout/export/exportScene.ts';
import { shownYears } from '../../../src/layout/export/scene.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';

const icc = iccTimeline();
const { fit, warp } = fitView(icc);
const years = (scene: ExportScene) =>
  scene.shapes.find((s) => s.kind === 'text' && s.size === 13 && / to /.test(s.text));
const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);

describe('an export picture’s years', () => {
  it('are the events’ years in a fitted picture, across and down the page', () => {
    expect(fit.start).toBeLessThan(utc(1993));
    expect(fit.end).toBeGreaterThan(utc(2024));
    for (const width of [1280, 640, 390]) {
      expect(years(exportScene(icc, fit, width, warp))).toMatchObject({ text: '1993 to 2023' });
    }
  });

  it('are cut to a zoomed view, from the first event it shows to the last', () => {
    const view = { start: utc(1999, 6), end: utc(2005) };
    // The view runs to 1 January 2005; its last event is in 2002.
    expect(years(exportScene(icc, view, 1280))).toMatchObject({ text: '1999 to 2002' });
  });

  it('are the view’s own when it shows no event', () => {
    const view = { start: utc(2009), end: utc(2012) };
    expect(shownYears(icc.events, view)).toEqual(view);
    expect(years(exportScene(icc, view, 1280))).toMatchObject({ text: '2009 to 2011' });
  });
});
