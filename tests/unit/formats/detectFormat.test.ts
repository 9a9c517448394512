import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/formats/detectFormat.ts';
import { titleFromFileName } from '../../../src/formats/importTimeline.ts';

describe('detectFormat', () => {
  it('reads a .csv name, or text that does not start like JSON, as CSV', () => {
    expect(detectFormat('https://x.test/sheet.CSV?x=1', '{"a":1}')).toBe('csv');
    expect(detectFormat('export', 'Year,Month\n1,2')).toBe('csv');
    expect(detectFormat('export', '\uFEFFYear,Month')).toBe('csv');
  });

  it('tells TimelineJS JSON (events with start_date) from ours (events with date)', () => {
    expect(detectFormat('a.json', '{}', { events: [{ start_date: { year: 1 } }] })).toBe(
      'timelinejs',
    );
    expect(detectFormat('a.json', '{}', { events: [{ date: '2000' }] })).toBe('sourceline');
    expect(detectFormat('a.json', ' [1]', [1])).toBe('sourceline');
  });
});

describe('titleFromFileName', () => {
  it('makes a title of a file name', () => {
    expect(titleFromFileName('https://x.test/data/rome_sheet-v2.csv?download=1')).toBe(
      'rome sheet v2',
    );
    expect(titleFromFileName('My%20Timeline.json')).toBe('My Timeline');
  });
});
