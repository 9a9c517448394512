import { describe, expect, it } from 'vitest';
import {
  HINTED_FROM,
  hinted,
  initialChunks,
  shiftSourceMap,
} from '../../../build/compileHintsPlugin.ts';

const chunk = (fileName: string, imports: string[] = [], isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  isEntry,
  code: '',
});

describe('initialChunks', () => {
  it('is the entries and what they import statically, transitively, and nothing else', () => {
    const chunks = [
      chunk('main.js', ['store.js', 'runtime.js'], true),
      chunk('store.js', ['runtime.js', 'scale.js']),
      chunk('scale.js'),
      chunk('runtime.js'),
      chunk('present.js', ['store.js']), // only ever loaded by import()
      chunk('zoom.js'),
    ];
    expect([...initialChunks(chunks)].sort()).toEqual([
      'main.js',
      'runtime.js',
      'scale.js',
      'store.js',
    ]);
  });

  it('survives an import cycle', () => {
    const chunks = [chunk('a.js', ['b.js'], true), chunk('b.js', ['a.js'])];
    expect([...initialChunks(chunks)].sort()).toEqual(['a.js', 'b.js']);
  });
});

describe('hinted', () => {
  it('is every initial chunk but the tiny ones, and no chunk loaded on demand', () => {
    const long = (name: string) => ({ ...chunk(name), code: 'x'.repeat(HINTED_FROM) });
    const initial = new Set(['main.js', 'runtime.js']);
    expect(hinted(long('main.js'), initial)).toBe(true);
    expect(hinted(chunk('runtime.js'), initial)).toBe(false);
    expect(hinted(long('zoom.js'), initial)).toBe(false);
  });
});

describe('shiftSourceMap', () => {
  it('moves every mapping one generated line down and keeps the rest', () => {
    const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA;AACA' };
    expect(JSON.parse(shiftSourceMap(JSON.stringify(map)))).toEqual({
      ...map,
      mappings: ';AAAA;AACA',
    });
  });
});
