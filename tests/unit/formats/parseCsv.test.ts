import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/formats/parseCsv.ts';

function rows(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.rows;
}

describe('parseCsv (RFC 4180)', () => {
  it('splits fields and records, with or without a final line break', () => {
    expect(rows('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(rows('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads CRLF and lone CR line ends', () => {
    expect(rows('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(rows('a\r1\r')).toEqual([['a'], ['1']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    expect(rows('"a, b","say ""hi""","two\r\nlines"\n')).toEqual([
      ['a, b', 'say "hi"', 'two\r\nlines'],
    ]);
  });

  it('keeps empty fields, including a quoted empty one at the end', () => {
    expect(rows(',,\n""')).toEqual([['', '', ''], ['']]);
  });

  it('drops a byte order mark', () => {
    expect(rows('\uFEFFYear,Headline\n')).toEqual([['Year', 'Headline']]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(rows('5" floppy,x')).toEqual([['5" floppy', 'x']]);
  });

  it('reports a quoted field that never closes, with its record number', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({
      ok: false,
      row: 2,
      message: 'a quoted field is never closed (a " is missing)',
    });
  });
});
