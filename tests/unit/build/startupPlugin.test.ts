import { describe, expect, it } from 'vitest';
import {
  escapeStyle,
  staticClosure,
  withInlineStyles,
  withStartScript,
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

  it('puts prefetch.js where the module script was, told the app’s modules, the worker and the loader', () => {
    const files = {
      entry: 'assets/main-a1.js',
      preload: ['assets/shared-c3.js', 'assets/runtime-g7.js'],
      worker: 'assets/compileDataset.worker-d4.js',
      loader: ['assets/dataLoading-e5.js', 'assets/clipText-f6.js'],
    };
    const told = withStartScript(PAGE, files, PREFETCH);
    const tag = [
      '<script data-main="./assets/main-a1.js"',
      'data-preload="./assets/shared-c3.js ./assets/runtime-g7.js"',
      'data-worker="./assets/compileDataset.worker-d4.js"',
      'data-loader="./assets/dataLoading-e5.js ./assets/clipText-f6.js">(()=>{})()</script>',
    ].join(' ');
    expect(told.split(PREFETCH.slice('<script>'.length))).toHaveLength(2); // there once
    // The page names none of the app's modules: prefetch.js asks for them.
    expect(told).not.toContain('type="module"');
    expect(told).not.toContain('main-a1.js"></script>');
    expect(told).toBe(
      [
        '<head>',
        tag,
        '<link rel="stylesheet" crossorigin href="./assets/main-b2.css">',
        '</head>',
      ].join('\n'),
    );
    expect(() => withStartScript('<head></head>', files, PREFETCH)).toThrow(/prefetch\.js/);
    expect(() => withStartScript(PAGE, { ...files, entry: 'assets/other.js' }, PREFETCH)).toThrow(
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
