/**
 * A stand-in for AMP's `<amp-iframe resizable>`, so the AMP example runs without AMP's runtime
 * (which comes from another origin): it resizes each `.amp-iframe` frame from AMP's embed-size
 * message, `{ sentinel: "amp", type: "embed-size", height }`, the way amp-iframe does, accepting
 * it only from that frame's window at that frame's origin. On a real AMP page, amp-iframe does
 * this itself (see the markup in amp.html).
 */
for (const frame of document.querySelectorAll('.amp-iframe iframe')) {
  const origin = new URL(frame.getAttribute('src') ?? '', document.baseURI).origin;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    if (!data || typeof data !== 'object' || data.sentinel !== 'amp') return;
    if (data.type !== 'embed-size' || !Number.isInteger(data.height)) return;
    if (data.height <= 0 || data.height >= 100000) return;
    frame.style.height = `${data.height}px`;
  });
}
