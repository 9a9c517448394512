// isStandaloneBuild writes the single-file build's mode out (so the bundler can fold it); the
// build script names it by STANDALONE_MODE. The two must stay the same word.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isStandaloneBuild } from '../../../src/components/embed/isStandaloneBuild.ts';
import { STANDALONE_MODE } from '../../../src/components/embed/standaloneMode.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('isStandaloneBuild', () => {
  it('is true in the mode the single-file build is made in', () => {
    vi.stubEnv('MODE', STANDALONE_MODE);
    expect(isStandaloneBuild()).toBe(true);
  });

  it('is false in the ordinary build and in tests', () => {
    vi.stubEnv('MODE', 'production');
    expect(isStandaloneBuild()).toBe(false);
    vi.unstubAllEnvs();
    expect(isStandaloneBuild()).toBe(false);
  });
});
