/**
 * Sourceline embed helper: sizes every `<iframe data-sourceline>` on the page to its content.
 *
 *   <iframe data-sourceline src="https://example.org/timeline/index.html?embed=1"
 *     title="… — interactive timeline" style="border:0;width:100%;height:480px"></iframe>
 *   <script src="https://example.org/timeline/embed.js" async></script>
 *
 * The embedded page posts `{ type: "sourceline:resize", height: <CSS pixels> }` to its parent
 * after its first render and whenever its height changes. This script trusts a message only when
 * its `source` is the window of one of those iframes, looked up when the message arrives (so it
 * works when included before or after the iframes, and for iframes added later), when its
 * `origin` is the origin of that iframe's `src` (`null` for a sandbox without allow-same-origin),
 * and when its data has exactly that shape. It then sets that iframe's height, and hides the
 * snippet's fallback line (`data-sourceline-fallback`) right after it, which is for hosts where
 * the frame never shows; nothing else: it never touches the host page's keys, focus or scroll.
 * Including it twice is harmless.
 *
 * Plain ES2017, no dependencies, no globals besides one marker symbol.
 */
(function () {
  'use strict';
  var MARK = typeof Symbol === 'function' ? Symbol.for('sourceline.embed') : '__sourcelineEmbed';
  if (window[MARK]) return;
  window[MARK] = true;

  /** The height in a well-formed resize message, or 0 for anything else. */
  function heightOf(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return 0;
    var keys = Object.keys(data);
    if (keys.length !== 2 || keys.indexOf('type') < 0 || keys.indexOf('height') < 0) return 0;
    if (data.type !== 'sourceline:resize') return 0;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height >= 100000) {
      return 0;
    }
    return Math.ceil(height);
  }

  /** The origin a frame's document must have: its src's, or "null" when sandboxed apart. */
  function originOf(frame) {
    var sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox)) return 'null';
    // A link resolves the address as the frame did, against the page's base, and never throws.
    var link = document.createElement('a');
    link.href = frame.getAttribute('src') || '';
    return link.origin;
  }

  /** The Sourceline iframe whose window, at its own origin, sent the message, if any. */
  function frameOf(source, origin) {
    if (!source) return null;
    var frames = document.querySelectorAll('iframe[data-sourceline]');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) {
        return originOf(frames[i]) === origin ? frames[i] : null;
      }
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var height = heightOf(event.data);
    if (!height) return;
    var frame = frameOf(event.source, event.origin);
    if (!frame) return;
    frame.style.height = height + 'px';
    // The frame works, so the line that stands in for it when it does not is not needed.
    var next = frame.nextElementSibling;
    if (next && next.hasAttribute('data-sourceline-fallback')) next.hidden = true;
  });
})();
