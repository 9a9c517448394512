// On a ?data= address (same origin, http(s) only), starts loading the dataset before the app's
// script has arrived: the download at once; the compile worker (data-worker), which is handed
// the answer to read, check and compile; and the loader's modules (data-modules). Without
// module workers, the download alone. The app takes it over: see src/app/takePrefetch.ts.
// The build minifies this file (build/prefetchPlugin.ts): it is part of the first download.
(() => {
  try {
    var script = document.currentScript.dataset;
    var d = new URL(location.href).searchParams.get('data');
    if (!d) return;
    var u = new URL(d, location.href).href;
    // Only on the page's own origin, which is http(s): a page from disk has the origin "null".
    if (!u.startsWith(location.origin + '/')) return;
    var response = fetch(u);
    response.catch(() => {});
    // The prerendered page is the built-in timeline, not this one (build/prerenderPlugin.ts).
    document.documentElement.dataset.loading = 'dataset';
    var prefetch = (window.__sourcelinePrefetch = { url: u, response: response });
    (script.modules || '').split(' ').forEach((file) => {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = file;
      if (file) document.head.appendChild(link);
    });
    var worker = new Worker(script.worker, { type: 'module' });
    // Kept until the app listens: a worker's message with no listener is lost.
    var messages = [];
    worker.onmessage = (event) => messages.push(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      prefetch.failed = true;
    };
    // The answer's parts (src/app/loading/earlyAnswer.ts), its body transferred, not copied;
    // if it cannot be, the worker downloads the file afresh.
    var send = (answer, transfer) => {
      try {
        worker.postMessage({ kind: 'load', href: u, answer: answer }, transfer);
      } catch {
        worker.postMessage({ kind: 'load', href: u });
      }
    };
    response.then(
      (r) => {
        var answer = { url: r.url, status: r.status, headers: Array.from(r.headers), body: r.body };
        send(answer, r.body ? [r.body] : []);
      },
      () => send({ error: '' }, []),
    );
    // The app reads the response only if there is no worker: the worker has its body.
    prefetch.worker = worker;
    prefetch.messages = messages;
  } catch {
    // a malformed address, or no module workers: the app says what is wrong, or loads it itself
  }
})();
