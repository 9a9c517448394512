/**
 * The weight budget: what a reader downloads before the embed can draw — the scripts, module
 * preloads and stylesheets that dist/index.html loads — stays under 90 KB gzipped (the target for
 * the default page, which is the same HTML), and the host page's embed.js under 2 KB. Measured on the built files with node:zlib at its default level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/server.ts';

const INITIAL_BUDGET = 90 * 1024;
const EMBED_SCRIPT_BUDGET = 2 * 1024;

/** The attributes of every <script> and <link> tag of an HTML page. */
function tags(html: string): { name: string; attributes: Map<string, string> }[] {
  return [...html.matchAll(/<(script|link)\b([^>]*)>/gi)].map(([, name = '', text = '']) => ({
    name: name.toLowerCase(),
    attributes: new Map(
      [...text.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map(
        ([, key = '', double, single, bare]) => [key.toLowerCase(), double ?? single ?? bare ?? ''],
      ),
    ),
  }));
}

/** The files the page loads before anything runs, as paths relative to the page. */
function initialAssets(html: string): string[] {
  const files = tags(html).flatMap(({ name, attributes }) => {
    const rel = attributes.get('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (name === 'script' && attributes.has('src')) return [attributes.get('src') ?? ''];
    if (name === 'link' && (rel.includes('stylesheet') || rel.includes('modulepreload')))
      return [attributes.get('href') ?? ''];
    return [];
  });
  return [...new Set(files)];
}

function gzipped(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

describe('weight', () => {
  it('finds the entry script and stylesheet of dist/index.html', () => {
    const assets = initialAssets(readFileSync(join(DIST_DIR, 'index.html'), 'utf8'));
    expect(assets.some((file) => file.endsWith('.js'))).toBe(true);
    expect(assets.some((file) => file.endsWith('.css'))).toBe(true);
  });

  it(`the embed's initial JS + CSS is under ${INITIAL_BUDGET / 1024} KB gzipped`, () => {
    const assets = initialAssets(readFileSync(join(DIST_DIR, 'index.html'), 'utf8'));
    const sizes = assets.map((file) => ({ file, bytes: gzipped(join(DIST_DIR, file)) }));
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const report = sizes.map(({ file, bytes }) => `${file}: ${bytes} B`).join(', ');
    expect(total, `${total} B gzipped in all (${report})`).toBeLessThan(INITIAL_BUDGET);
  });

  it(`embed.js is under ${EMBED_SCRIPT_BUDGET / 1024} KB gzipped`, () => {
    expect(gzipped(join(DIST_DIR, 'embed.js'))).toBeLessThan(EMBED_SCRIPT_BUDGET);
  });
});
