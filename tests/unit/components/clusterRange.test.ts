// The dates a cluster is named by: its first and last events', or a lone event's own.
import { describe, expect, it } from 'vitest';
import { clusterRange } from '../../../src/components/timeline/clusterRange.ts';
import { ENGLISH } from '../../../src/components/i18n/translator.tsx';
import { clusterItem, date, event } from '../../support/synthetic.ts';

const may = Date.UTC(1910, 4, 12);
const june = Date.UTC(1912, 5, 3);
const events = [
  event('a', 'Courts', date(may, 1, { label: '12 May 1910' })),
  event('b', 'Courts', date(june, 1, { label: '3 June 1912' })),
];

function cluster(count: number, first: number, last: number) {
  const start = events[first]?.date.start ?? 0;
  return clusterItem(count, first, last, { start, end: events[last]?.date.start ?? start });
}

describe('clusterRange', () => {
  it('gives the first and last events’ dates of a cluster of several', () => {
    expect(clusterRange(events, cluster(2, 0, 1), ENGLISH)).toBe('12 May 1910 to 3 June 1912');
  });

  it('gives a lone event’s own date, not the same date twice', () => {
    expect(clusterRange(events, cluster(1, 1, 1), ENGLISH)).toBe('3 June 1912');
  });
});
