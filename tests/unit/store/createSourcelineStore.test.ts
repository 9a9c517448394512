import { describe, expect, it } from 'vitest';
import { createSourcelineStore } from '../../../src/store/createSourcelineStore.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';

describe('createSourcelineStore', () => {
  it('selects an event, announces it politely and asks the view to reveal it', () => {
    const store = createSourcelineStore(iccTimeline());
    store.getState().actions.select('clinton-signs-rome-statute');
    const state = store.getState();
    expect(state.selectedId).toBe('clinton-signs-rome-statute');
    expect(state.announcement).toBe('Selected: Clinton signs the Rome Statute, 31 December 2000');
    expect(state.command?.command).toEqual({ kind: 'reveal', id: 'clinton-signs-rome-statute' });
  });

  it('ignores an id that is not in the timeline', () => {
    const store = createSourcelineStore(iccTimeline(), { selectedId: 'icc-warrant-putin' });
    store.getState().actions.select('no-such-event');
    expect(store.getState().selectedId).toBe('icc-warrant-putin');
  });

  it('numbers view commands so a repeated one is still seen', () => {
    const store = createSourcelineStore(iccTimeline());
    store.getState().actions.requestView({ kind: 'fit' });
    const first = store.getState().command?.serial ?? 0;
    store.getState().actions.requestView({ kind: 'fit' });
    expect(store.getState().command?.serial).toBe(first + 1);
  });

  it('reads no event id until one is looked up, and no scan of them each time after', () => {
    // Nothing id by id before the first draw (a map of 100,000 ids cost 20–30 ms there), and no
    // scan of every event at each selection after it.
    const timeline = iccTimeline();
    let reads = 0;
    const events = timeline.events.map((event) => {
      const counted = { ...event };
      Object.defineProperty(counted, 'id', {
        get: () => (reads++, event.id),
        enumerable: true,
      });
      return counted;
    });
    const store = createSourcelineStore({ ...timeline, events });
    expect(reads).toBe(0);
    const { select } = store.getState().actions;
    select('icc-warrant-putin');
    const afterFirst = reads;
    // The warrant is the last event in time: a scan would read every id again to find it.
    select('clinton-signs-rome-statute');
    select('icc-warrant-putin');
    expect(store.getState().selectedId).toBe('icc-warrant-putin');
    expect(reads - afterFirst).toBeLessThan(events.length);
    expect(reads - afterFirst).toBeLessThanOrEqual(8);
  });

  it('keeps separate state for separate instances', () => {
    const a = createSourcelineStore(iccTimeline());
    const b = createSourcelineStore(iccTimeline());
    a.getState().actions.select('icc-warrant-putin');
    expect(b.getState().selectedId).toBeNull();
  });
});
