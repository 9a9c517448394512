/**
 * The bytes of a downloaded or read file to text. A byte order mark decides first (spreadsheet
 * programs save "Unicode text" as UTF-16 with one), then the charset the server declared, then
 * the NUL pattern UTF-16 JSON without a mark leaves in its first two bytes (RFC 4627), and
 * otherwise UTF-8, the only encoding JSON may use without saying so. Never throws: bytes that are
 * not valid in the chosen encoding become U+FFFD, so a bad file is reported by what it says.
 */

/** The encoding a byte order mark names, if the bytes start with one. */
function byBom(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/** The `charset` parameter of a Content-Type header, lower-cased, if it names one. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

/** UTF-16 text without a mark: ASCII characters leave a NUL beside them. */
function byNulPattern(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  const [a, b] = bytes;
  if (a !== 0 && b === 0) return 'utf-16le';
  if (a === 0 && b !== 0) return 'utf-16be';
  return null;
}

// The return type is inferred: Node's types declare TextDecoder as a value only.
function decoderFor(label: string) {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // a charset the platform does not know
  }
}

/** The encoding `decodeText` would use for these bytes and header. */
export function encodingOf(bytes: Uint8Array, contentType?: string | null): string {
  const declared = charsetOf(contentType);
  const candidates = [byBom(bytes), declared && decoderFor(declared) ? declared : null];
  return candidates.find((label) => label !== null) ?? byNulPattern(bytes) ?? 'utf-8';
}

/** Decodes `bytes` by BOM, declared charset, NUL pattern or UTF-8; the BOM is not kept. */
export function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  const decoder = decoderFor(encodingOf(bytes, contentType)) ?? new TextDecoder('utf-8');
  return decoder.decode(bytes);
}

/**
 * decodeText for bytes that arrive in pieces: each piece is decoded as it comes, so a large
 * download is text soon after its last byte rather than a whole decode later. The encoding is
 * chosen as decodeText chooses it, once the first three bytes (a mark's length) are in.
 */
export function textDecoding(contentType?: string | null) {
  let decoder: ReturnType<typeof decoderFor> = null;
  let first = new Uint8Array(0);
  const parts: string[] = [];
  const begin = (bytes: Uint8Array) => {
    decoder = decoderFor(encodingOf(bytes, contentType)) ?? new TextDecoder('utf-8');
    parts.push(decoder.decode(bytes, { stream: true }));
  };
  return {
    push(bytes: Uint8Array): void {
      if (decoder) {
        parts.push(decoder.decode(bytes, { stream: true }));
        return;
      }
      const joined = new Uint8Array(first.length + bytes.length);
      joined.set(first);
      joined.set(bytes, first.length);
      if (joined.length >= 3) begin(joined);
      else first = joined;
    },
    /** The whole text, once every piece has been pushed. */
    end(): string {
      if (!decoder) begin(first);
      parts.push(decoder?.decode() ?? '');
      return parts.join('');
    },
  };
}
