import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { SHEET_COLUMNS, importCsv } from '../../../src/formats/importCsv.ts';
import type { DatasetFile } from '../../../src/model/schema.ts';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../e2e/fixtures/sheet-sample.csv',
);
const HEADER = SHEET_COLUMNS.join(',');

/** A CSV row in the template's column order from the cells given by name. */
function row(cells: Partial<Record<(typeof SHEET_COLUMNS)[number], string>>): string {
  return SHEET_COLUMNS.map((column) => cells[column] ?? '').join(',');
}

function imported(text: string): DatasetFile {
  const result = importCsv(text);
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

describe('importCsv: the TimelineJS sheet template', () => {
  const data = imported(readFileSync(FIXTURE, 'utf8'));

  it('takes the title row, the era rows and the event rows', () => {
    expect(data.title).toBe('A spreadsheet timeline, "quoted" and multi-line');
    expect(data.description).toBe(
      'Imported from a TimelineJS Google Sheets template exported as CSV.',
    );
    expect(data.eras).toEqual([{ label: 'Regal period', date: '-0752/-0508' }]);
    expect(data.events.map((e) => e.title)).toEqual([
      'Apollo 11 lands on the Moon',
      'Sputnik 1 launched',
      'The Berlin Wall opens, at last',
      'Caesar is assassinated',
      'Rome founded (legend)',
    ]);
  });

  it('reads dates, times, end dates and BCE years', () => {
    expect(data.events.map((e) => e.date)).toEqual([
      '1969-07-20T20:17:00Z',
      '1957-10-04',
      '1989-11-09/1989-11-10',
      '-0043-03-15',
      '-0752',
    ]);
    expect(data.events[3]?.displayDate).toBe('Ides of March');
  });

  it('makes Group the lane and keeps media, with HTML in Text reduced to text', () => {
    expect(data.events.map((e) => e.actors[0])).toEqual([
      'Space',
      'Space',
      'Europe',
      'Rome',
      'Rome',
    ]);
    expect(data.events[0]?.media).toEqual({
      url: 'https://example.org/eagle.jpg',
      credit: 'NASA',
      caption: 'The Eagle',
    });
    expect(data.events[0]?.summary).toBe(
      'The lunar module Eagle lands. Armstrong and Aldrin walk on the Moon.',
    );
    expect(data.events[3]?.summary).toBe('Rome & the end of the Republic.');
  });

  it('compiles without a source', () => {
    expect(compileTimeline(data, null).ok).toBe(true);
  });

  it('reads 12-hour times and matches headers ignoring case and spacing', () => {
    const text = `year,MONTH,day,time,headline\n2000,1,2,2:05 PM,Afternoon\n2000,1,2,12:00 am,Midnight\n`;
    expect(imported(text).events.map((e) => e.date)).toEqual([
      '2000-01-02T14:05:00Z',
      '2000-01-02T00:00:00Z',
    ]);
  });

  it('skips blank rows but keeps the spreadsheet row numbers', () => {
    const result = importCsv(
      `${HEADER}\n${row({ Year: '2000', Headline: 'ok' })}\n,,,\n${row({ Year: '2000', Month: '13', Headline: 'bad' })}\n`,
    );
    expect(result).toEqual({
      ok: false,
      problems: [{ where: 'row 4 › Month', message: 'must be 1 to 12 (got 13)' }],
    });
  });
});

describe('importCsv: malformed rows, located by row and column', () => {
  it('lists every bad cell of every row', () => {
    const text = [
      HEADER,
      row({ Year: '1998', Headline: 'fine' }),
      row({ Year: '0', Headline: 'year zero' }),
      row({ Headline: 'no year' }),
      row({ Year: '2000', Month: '2', Day: '30', Headline: 'bad day' }),
      row({ Year: '2000', Month: '1', Day: '1', Time: 'noonish', Headline: 'bad time' }),
      row({ Year: '2000', 'End Year': 'later', Headline: 'bad end' }),
      row({ Year: '2001', 'End Year': '2000', Headline: 'ends first' }),
    ].join('\n');
    const result = importCsv(text);
    expect(result.ok ? [] : result.problems.map((p) => p.where)).toEqual([
      'row 3 › Year',
      'row 4 › Year',
      'row 5 › Day',
      'row 6 › Time',
      'row 7 › End Year',
      'row 8 › End Year',
    ]);
  });

  it('reports a header without the template columns, and broken quoting', () => {
    expect(importCsv('Date,Title\n2000,x\n')).toMatchObject({
      ok: false,
      problems: [{ where: 'row 1' }],
    });
    expect(importCsv(`${HEADER}\n1998,,,,,,,,,"never closed\n`)).toMatchObject({
      ok: false,
      problems: [{ where: 'row 2', message: 'a quoted field is never closed (a " is missing)' }],
    });
  });

  it('reports a sheet with no event rows', () => {
    expect(importCsv(`${HEADER}\n${row({ Headline: 'Title only', Type: 'title' })}\n`)).toEqual({
      ok: false,
      problems: [{ where: 'file', message: 'has no events' }],
    });
  });
});
