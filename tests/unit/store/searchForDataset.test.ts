// The dataset picker's links: `data` set (or gone, for the built-in timeline), the view's own
// `event` and `mode` dropped, everything else kept as written.
import { describe, expect, it } from 'vitest';
import { searchForDataset } from '../../../src/store/syncUrl.ts';

describe('searchForDataset', () => {
  it('sets data on an empty address', () => {
    expect(searchForDataset('', 'data/x/timeline.json')).toBe('?data=data%2Fx%2Ftimeline.json');
  });

  it('is "?" for the built-in timeline from an empty address, never "", which is this page', () => {
    expect(searchForDataset('', null)).toBe('?');
    expect(searchForDataset('?data=data/y.json', null)).toBe('?');
  });

  it('drops data, event and mode, however spelt, and keeps the rest byte for byte, in order', () => {
    expect(
      searchForDataset('?theme=dark&data=data/y.json&event=a-b&lang=fr&mode=present', 'z.json'),
    ).toBe('?theme=dark&lang=fr&data=z.json');
    expect(searchForDataset('?%64ata=y.json&x=%2F&event=c', null)).toBe('?x=%2F');
  });
});
