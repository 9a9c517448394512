// The style sheets take the layout's numbers from TypeScript, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designTokens } from '../../../src/app/designTokens.ts';
import { GEOMETRY } from '../../../src/layout/timeline/geometry.ts';
import { FONT_STACK, LABEL_FONT_SIZE } from '../../../src/layout/typography.ts';

const css = (name: string) =>
  readFileSync(new URL(`../../../src/styles/${name}`, import.meta.url), 'utf8');

describe('design tokens', () => {
  it('are the layout constants', () => {
    expect(designTokens()).toEqual({
      '--font': FONT_STACK,
      '--label-size': `${LABEL_FONT_SIZE}px`,
      '--row-height': `${GEOMETRY.rowHeight}px`,
      '--point-size': `${GEOMETRY.pointSize}px`,
    });
  });

  it('are what the style sheets use, with no copy of the font stack in them', () => {
    const timeline = css('timeline.css');
    expect(timeline).toContain('line-height: var(--row-height)');
    expect(timeline).toContain('font-size: var(--label-size)');
    expect(timeline).toContain('height: var(--point-size)');
    for (const sheet of ['base.css', 'timeline.css', 'browse.css', 'present.css', 'print.css']) {
      expect(css(sheet)).not.toContain('system-ui');
    }
  });
});
