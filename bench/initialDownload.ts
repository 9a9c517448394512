/**
 * What a built page downloads before it can draw: the scripts, module preloads and style sheets
 * its HTML names (the app's modules among them, which its start script names in `data-main` and
 * `data-preload` and asks for itself), and every module those import statically (not the
 * `import()` chunks loaded on demand), each with its gzipped size. A style sheet the build put
 * inline (`<style data-file>`, build/startupPlugin.ts) still counts, as the CSS it is, at its own
 * gzipped size, and so does an inline script (build/prefetchPlugin.ts), as JavaScript named
 * `<page>#script-<n>.js`. Shared by the benchmark and the download-size test.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the initial download. */
export interface DownloadFile {
  /** Path relative to the build folder, e.g. `assets/main-abc.js`. */
  file: string;
  bytes: number;
  /** Size gzipped at zlib's default level (6), as a static server with compression sends it. */
  gzipBytes: number;
  /** Inside the page's HTML, not a file of its own (so never fetched). */
  inline?: true;
}

/** The initial download of one page. */
export interface InitialDownload {
  files: DownloadFile[];
  /** Total gzipped bytes of the JavaScript. */
  jsGzip: number;
  /** Total gzipped bytes of the CSS. */
  cssGzip: number;
  /** JavaScript plus CSS, gzipped: the figure the budget is about. */
  totalGzip: number;
}

const TAG = /<(script|link)\b[^>]*>/gi;
const INLINE_SHEET = /<style data-file="([^"]+\.css)">([\s\S]*?)<\/style>/g;
// A classic or module script with its code in the page: no `src`.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
// Minified static imports: `import{a as b}from"./x.js"` or `import"./x.js"`, never `import(`.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag);
  return match?.[1] ?? null;
}

/** The local JS and CSS files the HTML loads before anything runs. */
function filesNamedIn(html: string): string[] {
  const files: string[] = [];
  for (const [tag, kind] of html.matchAll(TAG)) {
    if (kind?.toLowerCase() === 'script') {
      const src = attribute(tag, 'src');
      if (src) files.push(src);
      // The app's modules, which the inline start script asks for (build/startupPlugin.ts).
      for (const named of ['data-main', 'data-preload'])
        files.push(...(attribute(tag, named) ?? '').split(' ').filter(Boolean));
      continue;
    }
    const rel = attribute(tag, 'rel')?.toLowerCase() ?? '';
    const href = attribute(tag, 'href');
    if (href && (rel === 'stylesheet' || rel === 'modulepreload')) files.push(href);
  }
  return files.filter((file) => !/^[a-z]+:/i.test(file) && !file.startsWith('//'));
}

/** Measures the initial download of `page` (an HTML file inside the build folder `distDir`). */
export function initialDownload(distDir: string, page = 'index.html'): InitialDownload {
  const root = resolve(distDir);
  const pagePath = join(root, page);
  const queue = filesNamedIn(readFileSync(pagePath, 'utf8')).map((file) =>
    resolve(dirname(pagePath), file.split(/[?#]/)[0] ?? file),
  );
  const seen = new Set<string>();
  const html = readFileSync(pagePath, 'utf8');
  const inline = (file: string, text: string): DownloadFile => ({
    file,
    bytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text).length,
    inline: true,
  });
  const files: DownloadFile[] = [
    ...[...html.matchAll(INLINE_SHEET)].map(([, file = '', css = '']) => inline(file, css)),
    ...[...html.matchAll(INLINE_SCRIPT)]
      .filter(([, code = '']) => code.trim() !== '')
      .map(([, code = ''], i) => inline(`${page}#script-${i + 1}.js`, code)),
  ];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const body = readFileSync(path);
    files.push({
      file: relative(root, path),
      bytes: body.length,
      gzipBytes: gzipSync(body).length,
    });
    if (!path.endsWith('.js')) continue;
    for (const [, specifier = ''] of body.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(resolve(dirname(path), specifier));
    }
  }
  const sum = (suffix: string) =>
    files.filter((f) => f.file.endsWith(suffix)).reduce((total, f) => total + f.gzipBytes, 0);
  const jsGzip = sum('.js');
  const cssGzip = sum('.css');
  return { files, jsGzip, cssGzip, totalGzip: jsGzip + cssGzip };
}
