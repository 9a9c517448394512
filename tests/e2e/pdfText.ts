/**
 * The text of each page of a PDF made by Chromium's `page.pdf()` (Skia), without a PDF library:
 * Debian's pdftotext is not on every machine, and a few dozen lines cover what Skia writes
 * (uncompressed object table, Flate content streams, Type0 fonts with Identity-H encoding and a
 * ToUnicode CMap). Anything else throws, so a change in Chromium fails loudly, not silently.
 */
import { inflateSync } from 'node:zlib';

/** One page: its text in drawing order (text blocks separated by newlines). */
export interface PdfPage {
  text: string;
  /** Bytes of its content stream(s) once decompressed. */
  contentLength: number;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** The pages of `pdf`, in order. */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf.toString('latin1'));
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const pagesRef = /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog?.dict ?? '');
  if (!pagesRef) throw new Error('PDF without a catalog and page tree');
  const pages: PdfObject[] = [];
  collectPages(objects, Number(pagesRef[1]), pages);
  const cmaps = new Map<number, Map<string, string>>();
  return pages.map((page) => {
    const fonts = fontsOf(objects, page, cmaps);
    const contents = refs(/\/Contents\s+(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page.dict)?.[1] ?? '');
    const content = Buffer.concat(contents.map((n) => objects.get(n)?.stream ?? Buffer.alloc(0)));
    return { text: showText(content.toString('latin1'), fonts), contentLength: content.length };
  });
}

function readObjects(source: string): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+)\s+0\s+obj\b([\s\S]*?)endobj/g;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const body = m[2] ?? '';
    const at = /stream\r?\n/.exec(body);
    let stream: Buffer | null = null;
    let dict = body;
    if (at) {
      dict = body.slice(0, at.index);
      const length = Number(/\/Length\s+(\d+)(?!\s+0\s+R)/.exec(dict)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`object ${m[1]}: stream length not direct`);
      const raw = Buffer.from(
        body.slice(at.index + at[0].length, at.index + at[0].length + length),
        'latin1',
      );
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { dict, stream });
  }
  return objects;
}

function refs(text: string): number[] {
  return [...text.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
}

function collectPages(objects: Map<number, PdfObject>, id: number, out: PdfObject[]): void {
  const node = objects.get(id);
  if (!node) throw new Error(`missing page tree node ${id}`);
  if (/\/Type\s*\/Pages\b/.test(node.dict)) {
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? '';
    for (const kid of refs(kids)) collectPages(objects, kid, out);
  } else {
    out.push(node);
  }
}

/** Font resource name (e.g. F4) → its ToUnicode map from 4-hex-digit codes to text. */
function fontsOf(
  objects: Map<number, PdfObject>,
  page: PdfObject,
  cache: Map<number, Map<string, string>>,
): Map<string, Map<string, string>> {
  let resources = page.dict;
  const indirect = /\/Resources\s+(\d+)\s+0\s+R/.exec(page.dict);
  if (indirect) resources = objects.get(Number(indirect[1]))?.dict ?? '';
  const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
  const fonts = new Map<string, Map<string, string>>();
  for (const m of fontBlock.matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) {
    const font = objects.get(Number(m[2]));
    const cmapId = Number(/\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font?.dict ?? '')?.[1]);
    if (!Number.isFinite(cmapId)) throw new Error(`font ${m[1]} has no ToUnicode map`);
    let map = cache.get(cmapId);
    if (!map) {
      map = parseCmap(objects.get(cmapId)?.stream?.toString('latin1') ?? '');
      cache.set(cmapId, map);
    }
    fonts.set(m[1] ?? '', map);
  }
  return fonts;
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set((m[1] ?? '').toUpperCase().padStart(4, '0'), utf16(m[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
    );
    for (const m of ranges) {
      const lo = parseInt(m[1] ?? '', 16);
      const hi = parseInt(m[2] ?? '', 16);
      const target = m[3] ?? '';
      const list = target.startsWith('[') ? [...target.matchAll(/<([0-9A-Fa-f]+)>/g)] : null;
      for (let code = lo; code <= hi; code += 1) {
        const key = code.toString(16).toUpperCase().padStart(4, '0');
        if (list) {
          map.set(key, utf16(list[code - lo]?.[1] ?? ''));
        } else {
          const base = target.slice(1, -1);
          const last = parseInt(base.slice(-4), 16) + (code - lo);
          map.set(key, utf16(base.slice(0, -4) + last.toString(16).padStart(4, '0')));
        }
      }
    }
  }
  return map;
}

/** Runs the text operators of a content stream: Tf, Tj, TJ and ET (a block ends a line). */
function showText(content: string, fonts: Map<string, Map<string, string>>): string {
  const ops = /\/([^\s/]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bET\b/g;
  let font: Map<string, string> | undefined;
  let text = '';
  const decode = (hex: string) => {
    if (!font) throw new Error('text shown before a font was set');
    const digits = hex.replace(/\s+/g, '').toUpperCase();
    for (let i = 0; i + 4 <= digits.length; i += 4)
      text += font.get(digits.slice(i, i + 4)) ?? '\uFFFD';
  };
  for (let m = ops.exec(content); m; m = ops.exec(content)) {
    if (m[1] !== undefined) {
      font = fonts.get(m[1]);
      if (!font) throw new Error(`unknown font ${m[1]}`);
    } else if (m[2] !== undefined) decode(m[2]);
    else if (m[3] !== undefined)
      for (const part of m[3].matchAll(/<([0-9A-Fa-f\s]*)>/g)) decode(part[1] ?? '');
    else text += '\n';
  }
  return text;
}
