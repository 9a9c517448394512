/**
 * The weight budget: what a reader downloads before the embed can draw — the scripts, module
 * preloads and style sheets that dist/index.html loads, and the modules they import, with the
 * style sheet the build puts inline (bench/initialDownload.ts) — stays under 90 KB gzipped (the
 * target for the default page, which is the same HTML), and the host page's embed.js under 2 KB.
 * Measured on the built files with node:zlib at its default level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialDownload } from '../../bench/initialDownload.ts';
import { DIST_DIR } from './support/server.ts';

const INITIAL_BUDGET = 90 * 1024;
const EMBED_SCRIPT_BUDGET = 2 * 1024;

const download = initialDownload(DIST_DIR);

describe('weight', () => {
  it('finds the entry script and the style sheet of dist/index.html', () => {
    expect(download.files.some(({ file }) => /^assets\/main-[\w-]+\.js$/.test(file))).toBe(true);
    expect(download.files.some(({ file }) => file.endsWith('.css'))).toBe(true);
  });

  it(`the embed's initial JS + CSS is under ${INITIAL_BUDGET / 1024} KB gzipped`, () => {
    const report = download.files.map(({ file, gzipBytes }) => `${file}: ${gzipBytes} B`);
    expect(
      download.totalGzip,
      `${download.totalGzip} B gzipped in all (${report.join(', ')})`,
    ).toBeLessThan(INITIAL_BUDGET);
  });

  it(`embed.js is under ${EMBED_SCRIPT_BUDGET / 1024} KB gzipped`, () => {
    expect(gzipSync(readFileSync(join(DIST_DIR, 'embed.js'))).length).toBeLessThan(
      EMBED_SCRIPT_BUDGET,
    );
  });
});
