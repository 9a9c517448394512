// On a ?data= address (same origin, http(s) only), starts loading the dataset before the app's
// script has arrived: the download at once, the compile worker (data-worker, set by the build),
// which is handed the answer to read, check and compile, and the app's loader (data-loader).
// Without module workers (or on the dev server's page, which has no data-worker), the download
// alone. The app takes it over: see src/app/takePrefetch.ts.
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
    var response = fetch(u);
    response.catch(() => {});
    // The prerendered page is the built-in timeline, not this one (build/prerenderPlugin.ts).
    document.documentElement.dataset.loading = 'dataset';
    var prefetch = (window.__sourcelinePrefetch = { url: u, response: response });
    var worker = new Worker(script.worker, { type: 'module' });
    // Kept until the app listens: a worker's message with no listener is lost.
    var messages = [];
    worker.onmessage = (event) => messages.push(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      prefetch.failed = true;
    };
    // The answer's parts (src/app/loading/earlyAnswer.ts), its body read here and handed over,
    // not copied. (Handing over the body as a stream left Chromium reporting the download as
    // cancelled, now and then.) A body declared larger than the app takes is not read: the worker
    // refuses it from its headers (src/app/fetchText.ts, MAX_BYTES).
    var send = (answer, transfer) =>
      worker.postMessage({ kind: 'load', href: u, answer }, transfer);
    response
      .then((r) => {
        // The app's loader and the modules it imports (data-loader, set by the build): asked for
        // now, so the app need not ask once its script has run, and not sooner, so they do not
        // take a connection before the worker's script has been asked for.
        for (var href of script.loader.split(' ')) {
          document.head.append(
            Object.assign(document.createElement('link'), { rel: 'modulepreload', href }),
          );
        }
        var answer = { url: r.url, status: r.status, headers: [...r.headers] };
        return r.headers.get('content-length') > 67108864
          ? send(answer, [])
          : r.arrayBuffer().then((body) => send({ ...answer, body }, [body]));
      })
      .catch(() => send({ error: '' }, []));
    // The app reads the response only if there is no worker: the worker has its body.
    prefetch.worker = worker;
    prefetch.messages = messages;
  } catch {
    // a malformed address, or no module workers: the app says what is wrong, or loads it itself
  }
})();
