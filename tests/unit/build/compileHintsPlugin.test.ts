import { describe, expect, it } from 'vitest';
import { initialChunks, shiftSourceMap } from '../../../build/compileHintsPlugin.ts';

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

describe('shiftSourceMap', () => {
  it('moves every mapping one generated line down and keeps the rest', () => {
    const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA;AACA' };
    expect(JSON.parse(shiftSourceMap(JSON.stringify(map)))).toEqual({
      ...map,
      mappings: ';AAAA;AACA',
    });
  });
});
