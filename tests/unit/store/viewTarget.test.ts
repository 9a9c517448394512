// Where view commands take the view: nowhere when the chosen event is in view, the smallest pan
// when it is not, and never past the fitted view.
import { describe, expect, it } from 'vitest';
import { timeScale } from '../../../src/layout/axis/timeScale.ts';
import { fitView, warpUnit } from '../../../src/layout/axis/timeWarp.ts';
import { viewTarget } from '../../../src/store/viewTarget.ts';
import type { ViewState } from '../../../src/store/viewTarget.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';

const WIDTH = 1000;
const timeline = iccTimeline();
const { fit, warp } = fitView(timeline);
const state = (domain = fit): ViewState => ({ timeline, domain, fit, warp });
const byId = (id: string) => timeline.events.find((e) => e.id === id);

describe('viewTarget', () => {
  it('does not move when the chosen event is drawn whole in view', () => {
    const locate = () => ({ left: 100, right: 400 });
    expect(viewTarget({ kind: 'reveal', id: 'icc-warrant-putin' }, state(), WIDTH, locate)).toBe(
      null,
    );
  });

  it('brings an event in from the right with the smallest pan that shows its mark and label', () => {
    // A view of 1998 to 2008: the warrant (2023) is far to the right.
    const domain = { start: Date.UTC(1998, 0, 1), end: Date.UTC(2008, 0, 1) };
    const target = viewTarget(
      { kind: 'reveal', id: 'icc-afghanistan-probe' },
      state(domain),
      WIDTH,
    );
    if (!target) throw new Error('expected a move');
    // Same span (a pan, not a zoom), and the event is now inside with room for its label.
    expect(target.end - target.start).toBeCloseTo(domain.end - domain.start, -3);
    const x = timeScale(target, WIDTH, warp)(byId('icc-afghanistan-probe')?.date.start ?? 0);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(WIDTH);
    // Smallest: the event sits near the right edge, its label's room kept, not in the middle.
    expect(x).toBeGreaterThan(WIDTH * 0.6);
  });

  it('brings an event in from the left up to the left edge', () => {
    const domain = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2020, 0, 1) };
    const target = viewTarget(
      { kind: 'reveal', id: 'bush-withdraws-signature' },
      state(domain),
      WIDTH,
    );
    if (!target) throw new Error('expected a move');
    const x = timeScale(target, WIDTH, warp)(byId('bush-withdraws-signature')?.date.start ?? 0);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(WIDTH * 0.1);
  });

  it('zooms around the selected event while it is in view, keeping it where it was drawn', () => {
    const warrant = byId('icc-warrant-putin');
    if (!warrant) throw new Error('no warrant');
    const at = warpUnit(warp, warrant.date.start);
    const share = (view: { start: number; end: number }) =>
      (at - warpUnit(warp, view.start)) / (warpUnit(warp, view.end) - warpUnit(warp, view.start));
    const selected = { ...state(), selectedId: warrant.id };
    const target = viewTarget({ kind: 'zoom', factor: 2 }, selected, WIDTH);
    if (!target) throw new Error('no target');
    // Half the span, and the warrant (near the fitted view's right edge) at the same share of it.
    expect(warpUnit(warp, target.end) - warpUnit(warp, target.start)).toBeCloseTo(
      (warpUnit(warp, fit.end) - warpUnit(warp, fit.start)) / 2,
    );
    expect(share(target)).toBeCloseTo(share(fit));
    expect(target.start).toBeLessThan(warrant.date.start);
    expect(target.end).toBeGreaterThan(warrant.date.start);
    // Zoomed in again and out, it stays in view.
    const again = viewTarget({ kind: 'zoom', factor: 2 }, { ...selected, domain: target }, WIDTH);
    expect(again && share(again)).toBeCloseTo(share(fit));
  });

  it('zooms around the middle when no event is selected, or the selected one is out of view', () => {
    const middle = (view: { start: number; end: number }) =>
      (warpUnit(warp, view.start) + warpUnit(warp, view.end)) / 2;
    const domain = { start: Date.UTC(1998, 0, 1), end: Date.UTC(2008, 0, 1) };
    for (const selectedId of [null, 'icc-warrant-putin']) {
      const target = viewTarget(
        { kind: 'zoom', factor: 2 },
        { ...state(domain), selectedId },
        WIDTH,
      );
      expect(target && middle(target)).toBeCloseTo(middle(domain));
    }
  });

  it('never pans or zooms past the fitted view', () => {
    const late = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2023, 0, 1) };
    for (const command of [
      { kind: 'reveal', id: 'icc-warrant-putin' } as const,
      { kind: 'zoom', factor: 0.1 } as const,
      { kind: 'zoomTo', start: fit.start - 1e12, end: fit.end + 1e12 } as const,
    ]) {
      const target = viewTarget(command, state(late), WIDTH);
      if (!target) continue;
      expect(warpUnit(warp, target.start)).toBeGreaterThanOrEqual(warpUnit(warp, fit.start) - 1e-6);
      expect(warpUnit(warp, target.end)).toBeLessThanOrEqual(warpUnit(warp, fit.end) + 1e-6);
    }
  });

  it('zooms into a cluster with a little room around its first and last events', () => {
    const start = Date.UTC(2020, 5, 11);
    const end = Date.UTC(2022, 11, 29);
    const target = viewTarget({ kind: 'zoomTo', start, end }, state(), WIDTH);
    expect(target?.start).toBeLessThan(start);
    expect(target?.end).toBeGreaterThan(end);
  });
});
