import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  minifiedPrefetch,
  prefetchHash,
  prefetchTag,
  withPrefetch,
} from '../../../build/prefetchPlugin.ts';
import { CONTENT_SECURITY_POLICY } from '../../../vite.config.ts';

describe('the inline prefetch script (build/prefetchPlugin.ts)', () => {
  it('goes first in the head after the charset, minified, as a classic script', () => {
    const page = withPrefetch('<html><head><meta charset="UTF-8" /><title>t</title></head></html>');
    expect(page).toMatch(
      /^<html><head><meta charset="UTF-8" \/>\s*<script>[^<]+<\/script>\s*<title>/,
    );
    expect(page).toContain(prefetchTag());
    expect(minifiedPrefetch().length).toBeLessThan(1200);
    expect(() => withPrefetch('<html><head></head></html>')).toThrow(/charset/);
  });

  it('is allowed by the page’s policy through its hash, which changes with its text', () => {
    const code = minifiedPrefetch();
    const digest = createHash('sha256').update(code).digest('base64');
    expect(prefetchHash(code)).toBe(`'sha256-${digest}'`);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' 'sha256-${digest}';`);
    expect(prefetchHash(`${code};`)).not.toBe(prefetchHash(code));
  });

  it('refuses a script that would end its element early, or change how it is parsed', () => {
    expect(() => minifiedPrefetch('console.log("<!--")')).toThrow(/inline/);
    // The minifier escapes `</script` in strings itself.
    expect(minifiedPrefetch('console.log("</script>")')).not.toMatch(/<\/script/i);
  });
});
