import { describe, expect, it } from 'vitest';
import { NO_SCRIPT_NOTE, withPrerendered } from '../../../build/prerenderPlugin.ts';

describe('withPrerendered', () => {
  it('fills the empty root and marks it as the default view, the no-script note before it', () => {
    const page = '<body><div id="root"></div><script src="x"></script></body>';
    expect(withPrerendered(page, '<p>$& $1 hello</p>')).toBe(
      `<body>${NO_SCRIPT_NOTE}<div id="root" data-prerendered="default"><p>$& $1 hello</p></div><script src="x"></script></body>`,
    );
  });

  it('says in the no-script note that another timeline needs JavaScript, in a noscript', () => {
    expect(NO_SCRIPT_NOTE).toMatch(/^<noscript>.*<\/noscript>$/);
    expect(NO_SCRIPT_NOTE).toContain('?data=');
  });

  it('fails the build when the page has no empty root', () => {
    expect(() => withPrerendered('<body></body>', '<p></p>')).toThrow(/no <div id="root">/);
  });
});
