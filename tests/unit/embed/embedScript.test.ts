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

/** Where the test's embeds are served from. */
const TIMELINE_ORIGIN = 'https://timeline.example';

function addFrame(marked = true, src = `${TIMELINE_ORIGIN}/index.html?embed=1`): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (marked) frame.setAttribute('data-sourceline', '');
  frame.setAttribute('src', src);
  frame.style.height = '480px';
  document.body.append(frame);
  return frame;
}

function post(data: unknown, source: Window | null, origin = TIMELINE_ORIGIN): void {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
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

  it('ignores a message from the right window but another origin (the frame navigated away)', () => {
    const frame = addFrame();
    for (const origin of ['https://evil.example', 'http://timeline.example', 'null', '']) {
      post({ type: 'sourceline:resize', height: 5 }, windowOf(frame), origin);
    }
    expect(frame.style.height).toBe('480px');
  });

  it('resolves a relative src against the host page', () => {
    const frame = addFrame(true, 'timeline/index.html?embed=1');
    post({ type: 'sourceline:resize', height: 5 }, windowOf(frame), TIMELINE_ORIGIN);
    expect(frame.style.height).toBe('480px');
    post({ type: 'sourceline:resize', height: 321 }, windowOf(frame), window.location.origin);
    expect(frame.style.height).toBe('321px');
  });

  it('expects the opaque origin "null" from a frame sandboxed without allow-same-origin', () => {
    const frame = addFrame();
    frame.setAttribute('sandbox', 'allow-scripts allow-popups');
    post({ type: 'sourceline:resize', height: 5 }, windowOf(frame));
    expect(frame.style.height).toBe('480px');
    post({ type: 'sourceline:resize', height: 400 }, windowOf(frame), 'null');
    expect(frame.style.height).toBe('400px');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    post({ type: 'sourceline:resize', height: 410 }, windowOf(frame));
    expect(frame.style.height).toBe('410px');
  });

  it('hides the snippet’s fallback line right after the frame once the frame has spoken', () => {
    const frame = addFrame();
    const fallback = document.createElement('p');
    fallback.setAttribute('data-sourceline-fallback', '');
    const other = document.createElement('p');
    other.setAttribute('data-sourceline-fallback', '');
    frame.after(fallback);
    document.body.prepend(other);
    post({ type: 'sourceline:resize', height: 5, extra: 1 }, windowOf(frame));
    expect(fallback.hidden).toBe(false);
    post({ type: 'sourceline:resize', height: 300 }, windowOf(frame));
    expect(fallback.hidden).toBe(true);
    expect(other.hidden).toBe(false);
  });

  it.each([
    ['Pym.js’s height string', 'pymxPYMxtimelinexPYMxheightxPYMx5'],
    ['AMP’s embed-size message', { sentinel: 'amp', type: 'embed-size', height: 5 }],
  ])('ignores %s: only its own message sizes a frame', (_name, data) => {
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
