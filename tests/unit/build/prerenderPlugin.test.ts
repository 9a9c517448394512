import { describe, expect, it } from 'vitest';
import { withPrerendered } from '../../../build/prerenderPlugin.ts';

describe('withPrerendered', () => {
  it('fills the empty root and marks it as the default view', () => {
    const page = '<body><div id="root"></div><script src="x"></script></body>';
    expect(withPrerendered(page, '<p>$& $1 hello</p>')).toBe(
      '<body><div id="root" data-prerendered="default"><p>$& $1 hello</p></div><script src="x"></script></body>',
    );
  });

  it('fails the build when the page has no empty root', () => {
    expect(() => withPrerendered('<body></body>', '<p></p>')).toThrow(/no <div id="root">/);
  });
});
