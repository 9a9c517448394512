// Decoding a file's bytes: a byte order mark first, then the declared charset, then UTF-16's NUL
// pattern, else UTF-8.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  charsetOf,
  decodeText,
  encodingOf,
  textDecoding,
} from '../../../src/formats/decodeText.ts';

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

describe('textDecoding', () => {
  /** What textDecoding makes of `bytes` pushed in pieces cut at `cuts`. */
  function inPieces(bytes: Uint8Array, cuts: number[], contentType?: string) {
    const decoding = textDecoding(contentType);
    let at = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      decoding.push(bytes.subarray(at, Math.max(at, cut)));
      at = Math.max(at, cut);
    }
    decoding.push(bytes.subarray(at));
    return decoding.end();
  }

  it('gives what decodeText gives the whole, however the bytes are cut', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const encoded = fc.oneof(
      text.map(utf8),
      text.map((t) => utf8(`\uFEFF${t}`)),
      fc.tuple(text, fc.boolean(), fc.boolean()).map(([t, le, bom]) => utf16(t, le, bom)),
      fc.uint8Array({ maxLength: 40 }),
    );
    const type = fc.constantFrom(
      undefined,
      'application/json',
      'text/csv; charset=utf-16le',
      // Not windows-1252 (iso-8859-1, latin1): Node 20 decodes it in one go as ISO-8859-1, 0x85
      // to U+0085, and piece by piece as the Encoding standard says, 0x85 to "…", as browsers do.
      'application/json; charset=iso-8859-2',
      'text/plain; charset=nonsense',
    );
    fc.assert(
      fc.property(encoded, fc.array(fc.nat(45), { maxLength: 6 }), type, (bytes, cuts, ct) => {
        expect(inPieces(bytes, cuts, ct)).toBe(decodeText(bytes, ct));
      }),
    );
  });

  it('waits for a mark’s three bytes before it chooses, and keeps a character cut in two', () => {
    const marked = utf16(JSON_TEXT, false, true);
    expect(inPieces(marked, [1, 2, 3])).toBe(JSON_TEXT);
    const euro = utf8(`\uFEFF€${JSON_TEXT}`);
    expect(inPieces(euro, [1, 2, 4, 5])).toBe(`€${JSON_TEXT}`);
    expect(inPieces(new Uint8Array(0), [])).toBe('');
  });
});
