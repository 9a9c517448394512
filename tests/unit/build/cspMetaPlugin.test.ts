// The built index.html carries the app's policy as a <meta>, minus what a meta policy cannot.
import { describe, expect, it } from 'vitest';
import { cspMetaTag, metaPolicy, withCspMeta } from '../../../build/cspMetaPlugin.ts';
import { CONTENT_SECURITY_POLICY } from '../../../vite.config.ts';

describe('the meta Content-Security-Policy', () => {
  it('carries the whole app policy, which holds nothing a meta policy ignores', () => {
    expect(metaPolicy(CONTENT_SECURITY_POLICY)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('leaves out frame-ancestors, reporting and sandbox, which only a header can carry', () => {
    expect(
      metaPolicy(
        "default-src 'self'; frame-ancestors 'none'; report-uri /r; sandbox; img-src data:",
      ),
    ).toBe("default-src 'self'; img-src data:");
  });

  it('goes right after <meta charset>, with its quotes escaped', () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <title>x</title>';
    expect(withCspMeta(html, `default-src 'self'`)).toBe(
      `<head>\n    <meta charset="UTF-8" />\n    ${cspMetaTag(`default-src 'self'`)}\n    <title>x</title>`,
    );
    expect(cspMetaTag('a "b" & c')).toBe(
      '<meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; c" />',
    );
    expect(() => withCspMeta('<head></head>', 'x')).toThrow(/no <meta charset>/);
  });
});
