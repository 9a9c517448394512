import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/formats/detectFormat.ts';
import { titleFromFileName } from '../../../src/formats/importTimeline.ts';

describe('detectFormat', () => {
  it('reads a .csv name, or text that does not start like JSON, as CSV', () => {
    expect(detectFormat('https://x.test/sheet.CSV?x=1', '{"a":1}')).toEqual({
      format: 'csv',
      text: '{"a":1}',
    });
    expect(detectFormat('export', 'Year,Month\n1,2').format).toBe('csv');
    expect(detectFormat('export', '\uFEFFYear,Month').format).toBe('csv');
  });

  it('tells TimelineJS JSON (events with start_date) from ours (events with date)', () => {
    const timelineJs = { events: [{ start_date: { year: 1 } }] };
    expect(detectFormat('a.json', JSON.stringify(timelineJs))).toEqual({
      format: 'timelinejs',
      json: timelineJs,
    });
    expect(detectFormat('a.json', '{"timeline": {"date": []}}').format).toBe('timelinejs');
    expect(detectFormat('a.json', '{"events": [{"date": "2000"}]}')).toEqual({
      format: 'sourceline',
      json: { events: [{ date: '2000' }] },
    });
    expect(detectFormat('a.json', ' [1]').format).toBe('sourceline');
  });

  it('says when text that starts like JSON is not JSON', () => {
    const file = detectFormat('a.json', '{"title": ');
    expect(file.format).toBe('invalid-json');
    expect(file.format === 'invalid-json' && file.error.length > 0).toBe(true);
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
