// Decoding a file's bytes: a byte order mark first, then the declared charset, then UTF-16's NUL
// pattern, else UTF-8.
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeText, encodingOf } from '../../../src/formats/decodeText.ts';

const JSON_TEXT = '{"title": "Zoë’s €"}';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...[...text].map((c) => c.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  units.forEach((unit, i) => view.setUint16(i * 2, unit, littleEndian));
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-16 (either byte order) by its byte order mark, and drops the mark', () => {
    expect(decodeText(utf16(JSON_TEXT, true, true))).toBe(JSON_TEXT);
    expect(decodeText(utf16(JSON_TEXT, false, true))).toBe(JSON_TEXT);
    // The mark outranks a wrong declaration, as browsers decide.
    expect(decodeText(utf16(JSON_TEXT, true, true), 'application/json; charset=utf-8')).toBe(
      JSON_TEXT,
    );
  });

  it('reads UTF-8 with or without a mark, and drops the mark', () => {
    expect(decodeText(utf8(`\uFEFF${JSON_TEXT}`))).toBe(JSON_TEXT);
    expect(decodeText(utf8(JSON_TEXT))).toBe(JSON_TEXT);
  });

  it('follows the Content-Type charset when there is no mark', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]); // "Café" in windows-1252
    expect(decodeText(latin1, 'text/csv; charset=ISO-8859-1')).toBe('Café');
    expect(decodeText(latin1, 'text/csv;charset="windows-1252"')).toBe('Café');
    expect(decodeText(utf16(JSON_TEXT, true, false), 'application/json; charset=utf-16le')).toBe(
      JSON_TEXT,
    );
  });

  it('tells UTF-16 without a mark by its NUL pattern', () => {
    expect(decodeText(utf16(JSON_TEXT, true, false))).toBe(JSON_TEXT);
    expect(decodeText(utf16(JSON_TEXT, false, false))).toBe(JSON_TEXT);
  });

  it('falls back to UTF-8 for an unknown charset, and never throws on bad bytes', () => {
    expect(encodingOf(utf8('x'), 'text/plain; charset=x-no-such-thing')).toBe('utf-8');
    expect(decodeText(new Uint8Array([0x7b, 0xff, 0x7d]))).toBe('{\uFFFD}');
    expect(decodeText(new Uint8Array([]))).toBe('');
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/csv; Charset=UTF-16')).toBe('utf-16');
    expect(charsetOf('application/json')).toBeNull();
    expect(charsetOf(null)).toBeNull();
  });
});
