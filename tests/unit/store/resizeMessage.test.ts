import { describe, expect, it } from 'vitest';
import {
  ampEmbedSizeMessage,
  hostMessages,
  pymHeightMessage,
  resizeMessage,
} from '../../../src/store/resizeMessage.ts';

describe('the messages to the host page', () => {
  it('are whole CSS pixels, rounded up', () => {
    expect(resizeMessage(612.2)).toEqual({ type: 'sourceline:resize', height: 613 });
    expect(ampEmbedSizeMessage(612.2)).toEqual({
      sentinel: 'amp',
      type: 'embed-size',
      height: 613,
    });
    expect(pymHeightMessage('timeline-1', 612.2)).toBe('pymxPYMxtimeline-1xPYMxheightxPYMx613');
  });

  it('are ours alone unless the URL asks for Pym.js or AMP, and ours first', () => {
    expect(hostMessages(400, { childId: null, amp: false })).toEqual([resizeMessage(400)]);
    expect(hostMessages(400, { childId: 'a', amp: true })).toEqual([
      resizeMessage(400),
      'pymxPYMxaxPYMxheightxPYMx400',
      ampEmbedSizeMessage(400),
    ]);
  });

  it('match what pym.js’s parent parses', () => {
    // pym.v1.js: new RegExp('^pym' + 'xPYMx' + id + 'xPYMx' + '(\\S+)' + 'xPYMx' + '(.*)$')
    const id = 'sourceline-embed';
    const parsed = new RegExp(`^pymxPYMx${id}xPYMx(\\S+)xPYMx(.*)$`).exec(
      pymHeightMessage(id, 700),
    );
    expect(parsed?.slice(1)).toEqual(['height', '700']);
  });
});
