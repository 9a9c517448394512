import { describe, expect, it } from 'vitest';
import {
  escapeStyle,
  staticClosure,
  withInlineStyles,
  withModulePreloads,
  withPrefetchTarget,
} from '../../../build/startupPlugin.ts';

const PREFETCH = '<script>(()=>{})()</script>';
const PAGE = [
  `<head>${PREFETCH}`,
  '<script type="module" crossorigin src="./assets/main-a1.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/main-b2.css">',
  '</head>',
].join('\n');

describe('the page’s start (build/startupPlugin.ts)', () => {
  it('puts the style sheet inline, marked with its file, safely', () => {
    const page = withInlineStyles(PAGE, (file) => `/* ${file} */ a{color:red}</style>`);
    expect(page).not.toContain('rel="stylesheet"');
    expect(page).toContain(
      '<style data-file="assets/main-b2.css">/* assets/main-b2.css */ a{color:red}<\\/style></style>',
    );
    expect(escapeStyle('x</STYLE>')).toBe('x<\\/STYLE>');
  });

  it('preloads the modules the entry imports, right after it', () => {
    const page = withModulePreloads(PAGE, 'assets/main-a1.js', ['assets/shared-c3.js']);
    expect(page).toMatch(
      /main-a1\.js"><\/script>\s*<link rel="modulepreload" crossorigin href="\.\/assets\/shared-c3\.js">/,
    );
    expect(() => withModulePreloads(PAGE, 'assets/other.js', [])).toThrow(/module script/);
  });

  it('tells prefetch.js where the worker and the loader are, and moves it after the modules', () => {
    const page = withModulePreloads(PAGE, 'assets/main-a1.js', ['assets/shared-c3.js']);
    const loader = ['assets/dataLoading-e5.js', 'assets/clipText-f6.js'];
    const told = withPrefetchTarget(
      page,
      'assets/main-a1.js',
      'assets/compileDataset.worker-d4.js',
      loader,
      PREFETCH,
    );
    const tag =
      '<script data-worker="./assets/compileDataset.worker-d4.js" data-loader="./assets/dataLoading-e5.js ./assets/clipText-f6.js">(()=>{})()</script>';
    expect(told.split(PREFETCH.slice('<script>'.length))).toHaveLength(2); // there once
    expect(told.indexOf(tag)).toBeGreaterThan(told.indexOf('href="./assets/shared-c3.js"'));
    expect(told.indexOf(tag)).toBeLessThan(told.indexOf('rel="stylesheet"'));
    expect(() =>
      withPrefetchTarget('<head></head>', 'assets/main-a1.js', 'w.js', [], PREFETCH),
    ).toThrow(/prefetch\.js/);
    expect(() => withPrefetchTarget(PAGE, 'assets/other.js', 'w.js', [], PREFETCH)).toThrow(
      /module script/,
    );
  });

  it('follows static imports transitively, once each, from the entry', () => {
    const chunk = (fileName: string, imports: string[] = []) =>
      [fileName, { type: 'chunk' as const, fileName, imports }] as const;
    const chunks = new Map([
      chunk('main.js', ['shared.js', 'runtime.js']),
      chunk('shared.js', ['runtime.js']),
      chunk('runtime.js', ['main.js']),
      chunk('lazy.js', ['shared.js']),
    ]);
    expect(staticClosure('main.js', chunks)).toEqual(['main.js', 'shared.js', 'runtime.js']);
  });
});
