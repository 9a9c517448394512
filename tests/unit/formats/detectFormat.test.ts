import { describe, expect, it } from 'vitest';
import { NOT_A_DATASET, detectFormat } from '../../../src/formats/detectFormat.ts';
import { titleFromFileName } from '../../../src/formats/convertImport.ts';

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
describe('detectFormat and files that are not datasets', () => {
  const reasonOf = (name: string, text: string, type?: string) => {
    const file = detectFormat(name, text, type);
    return file.format === 'not-a-dataset' ? file.reason : file.format;
  };

  it('says a zero-byte file is empty, and a blank one is blank, whatever its name', () => {
    expect(reasonOf('a.json', '')).toBe(NOT_A_DATASET.empty);
    expect(reasonOf('sheet.csv', '')).toBe(NOT_A_DATASET.empty);
    expect(reasonOf('a.json', ' \n\t\uFEFF\u00a0'.repeat(1000))).toBe(NOT_A_DATASET.blank);
  });

  it('recognises a web page by its markup or by being served as one', () => {
    const page = '\n  <!doctype html><html><head><title>Not found</title></head></html>';
    expect(reasonOf('a.json', page)).toBe(NOT_A_DATASET.webPage);
    expect(reasonOf('sheet.csv', page, 'text/html; charset=utf-8')).toBe(NOT_A_DATASET.webPage);
    expect(reasonOf('export', 'Not found', 'text/html')).toBe(NOT_A_DATASET.webPage);
    // A JSON file served with the wrong type is still JSON.
    expect(reasonOf('a.json', '{"events": []}', 'text/html')).toBe('sourceline');
  });

  it('reads JSON after any amount of leading white space', () => {
    const blank = ' \r\n\t'.repeat(2500);
    expect(detectFormat('a.json', `${blank}{"events": [{"date": "2000"}]}`)).toEqual({
      format: 'sourceline',
      json: { events: [{ date: '2000' }] },
    });
    expect(detectFormat('a', `\u00a0\uFEFF{"events": []}`).format).toBe('sourceline');
  });

  it('keeps CSV for what looks like CSV: a .csv name, text/csv, or a first line with commas', () => {
    expect(reasonOf('export', '\n\nYear,Headline\n2000,A')).toBe('csv');
    expect(reasonOf('export', 'Year\tHeadline', 'text/csv')).toBe('csv');
    expect(reasonOf('notes.txt', 'Just some words\nand more')).toBe(NOT_A_DATASET.unknown);
    expect(reasonOf('a.json', 'null')).toBe(NOT_A_DATASET.unknown);
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
