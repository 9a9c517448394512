import { describe, expect, it } from 'vitest';
import { NO_FLAGS, RENDER_FLAGS, parseRenderFlags } from '../../../src/store/renderFlags.ts';

describe('parseRenderFlags', () => {
  it('reads plain, transparent and static, each as =1', () => {
    expect(parseRenderFlags('?embed=1&plain=1&transparent=1&static=1')).toEqual({
      plain: true,
      transparent: true,
      static: true,
    });
    expect(parseRenderFlags('?embed=1&static=1')).toEqual({ ...NO_FLAGS, static: true });
  });

  it.each(['true', 'yes', '0', '', '<b>', '11'])('turns a flag given as "%s" off', (value) => {
    for (const flag of RENDER_FLAGS) {
      expect(parseRenderFlags(`?${flag}=${encodeURIComponent(value)}`)).toEqual(NO_FLAGS);
    }
  });
});
