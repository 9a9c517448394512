// On a ?data= address (same origin, http(s) only), starts loading the dataset before the app's
// script has arrived: the compile worker (data-worker, set by the build), which downloads, reads,
// checks and compiles it, and the app's loader (data-loader). Without module workers (or on the
// dev server's page, which has no data-worker), the download alone. The app takes it over: see
// src/app/takePrefetch.ts.
// The build puts this file inline in the page's head, minified (build/prefetchPlugin.ts), after
// the app's own module script (build/startupPlugin.ts): every page carries it, so it is kept
// short. It is a classic script, not a module, so that it runs before the page is parsed.
(() => {
  try {
    var script = document.currentScript.dataset;
    var d = new URL(location).searchParams.get('data');
    if (!d) return;
    var u = new URL(d, location).href;
    // Only on the page's own origin, which is http(s): a page from disk has the origin "null".
    if (!u.startsWith(location.origin + '/')) return;
    // The prerendered page is the built-in timeline, not this one (build/prerenderPlugin.ts).
    document.documentElement.dataset.loading = 'dataset';
    var prefetch = (window.__sourcelinePrefetch = { url: u });
    var worker;
    try {
      // Named after its file, which its first module asks for as it starts, before any message.
      worker = script.worker && new Worker(script.worker, { type: 'module', name: 'load ' + u });
    } catch {
      // no module workers
    }
    if (!worker) {
      // The download alone, which the app reads.
      (prefetch.response = fetch(u)).catch(() => {});
      return;
    }
    // Kept until the app listens: a worker's message with no listener is lost.
    var messages = (prefetch.messages = []);
    worker.onmessage = (event) => messages.push(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      prefetch.failed = true;
    };
    // The worker reads the file itself, off this thread, and compiles it.
    worker.postMessage({ kind: 'load', href: u });
    prefetch.worker = worker;
    // The app's loader and the modules it imports (data-loader, set by the build): asked for now,
    // so the app need not ask once its script has run.
    for (var href of script.loader.split(' ')) {
      document.head.append(
        Object.assign(document.createElement('link'), { rel: 'modulepreload', href }),
      );
    }
  } catch {
    // a malformed address: the app says what is wrong
  }
})();
