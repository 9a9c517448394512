/**
 * public/embed.js, the host page's helper, run in jsdom: which messages size which iframe.
 * The end-to-end test proves the same in Chromium with real cross-frame messages.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../../public/embed.js'),
  'utf8',
);

function runScript(): void {
  // The script is a plain classic script; running it as a function body is what a <script> does.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running that script is the test
  (new Function(SCRIPT) as () => void)();
}

function addFrame(marked = true): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (marked) frame.setAttribute('data-sourceline', '');
  frame.style.height = '480px';
  document.body.append(frame);
  return frame;
}

function post(data: unknown, source: Window | null): void {
  window.dispatchEvent(new MessageEvent('message', { data, source }));
}

function windowOf(frame: HTMLIFrameElement): Window {
  if (!frame.contentWindow) throw new Error('the iframe has no window');
  return frame.contentWindow;
}

beforeAll(() => {
  runScript();
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('embed.js', () => {
  it('sizes the iframe whose window sent the message, and no other', () => {
    const a = addFrame();
    const b = addFrame();
    post({ type: 'sourceline:resize', height: 612 }, windowOf(b));
    expect(b.style.height).toBe('612px');
    expect(a.style.height).toBe('480px');
    post({ type: 'sourceline:resize', height: 700 }, windowOf(a));
    expect(a.style.height).toBe('700px');
    expect(b.style.height).toBe('612px');
  });

  it('sizes iframes added after it ran', () => {
    const late = addFrame();
    post({ type: 'sourceline:resize', height: 300 }, windowOf(late));
    expect(late.style.height).toBe('300px');
  });

  it('rounds a fractional height up, so nothing is cut off', () => {
    const frame = addFrame();
    post({ type: 'sourceline:resize', height: 300.2 }, windowOf(frame));
    expect(frame.style.height).toBe('301px');
  });

  it('ignores messages from the page itself, unmarked iframes and unknown sources', () => {
    const marked = addFrame();
    const plain = addFrame(false);
    for (const source of [window, windowOf(plain), null]) {
      post({ type: 'sourceline:resize', height: 5 }, source);
    }
    expect(marked.style.height).toBe('480px');
    expect(plain.style.height).toBe('480px');
  });

  it.each([
    ['an extra key', { type: 'sourceline:resize', height: 5, width: 10 }],
    ['a missing height', { type: 'sourceline:resize' }],
    ['another type', { type: 'sourceline:scroll', height: 5 }],
    ['a height as text', { type: 'sourceline:resize', height: '5' }],
    ['a height of zero', { type: 'sourceline:resize', height: 0 }],
    ['a negative height', { type: 'sourceline:resize', height: -5 }],
    ['a height of 100000', { type: 'sourceline:resize', height: 100000 }],
    ['an infinite height', { type: 'sourceline:resize', height: Infinity }],
    ['NaN', { type: 'sourceline:resize', height: NaN }],
    ['the message as JSON text', JSON.stringify({ type: 'sourceline:resize', height: 5 })],
    ['an array', ['sourceline:resize', 5]],
    ['null', null],
  ])('ignores %s', (_name, data) => {
    const frame = addFrame();
    post(data, windowOf(frame));
    expect(frame.style.height).toBe('480px');
  });

  it('can be included twice without harm', () => {
    expect(() => runScript()).not.toThrow();
    const frame = addFrame();
    post({ type: 'sourceline:resize', height: 250 }, windowOf(frame));
    expect(frame.style.height).toBe('250px');
  });
});
