// Starts the app, and on a ?data= address (same origin, http(s) only) starts loading the dataset
// before the app's script has arrived.
//
// The app's module and the modules it imports (data-main, data-preload, set by the build) are
// not named by the page's HTML: this script asks for them. On the built-in page's own address
// (no query) it asks once the prerendered timeline has been painted (its first contentful paint;
// at the latest after half a second, for a browser or a hidden tab that reports none; at once in
// a browser without PerformanceObserver): fetched, compiled and run at once, the app's script
// took the two cores from that first paint and delayed it by about a third (docs/performance.md,
// "The fourteenth round"). On any other address the prerendered page is not what is shown, and
// the app is asked for at once. Until the app has run, a click on the built-in page's buttons,
// disclosures and events is kept for it to act on.
//
// On a ?data= address it then starts the compile worker (data-worker), which downloads, reads,
// checks and compiles the dataset, and preloads the app's loader (data-loader). Without module
// workers (or on the dev server's page, which has no data-worker), the download alone. The app
// takes it over: see src/app/takePrefetch.ts. The dev server's page names the app's module
// itself and has no data-main: there this script starts nothing of the app's.
//
// The build puts this file inline in the page's head, minified (build/prefetchPlugin.ts), where
// the app's module script was (build/startupPlugin.ts): every page carries it, so it is kept
// short. It is a classic script, not a module, so that it runs before the page is parsed.
(() => {
  // Named once: the minifier cannot shorten a global's name, and this script is on every page.
  var page = document;
  var script = page.currentScript.dataset;
  var started;
  var append = (tag, props) => page.head.append(Object.assign(page.createElement(tag), props));
  var start = () => {
    if (started || !script.main) return;
    started = 1;
    // As the HTML would name them: the imports first, so they download beside the entry.
    for (var href of script.preload.split(' '))
      if (href) append('link', { rel: 'modulepreload', crossOrigin: '', href });
    append('script', { type: 'module', crossOrigin: '', src: script.main });
  };
  try {
    var address = new URL(location);
    if (!address.search) {
      // Until the app has run, the prerendered page's buttons and events do nothing, and a
      // disclosure opens without the app knowing (its panel is made when the app sees it open):
      // a click on any is kept here, for the app to act on once it has hydrated the page
      // (src/app/earlyClicks.ts), which stops the keeping.
      var kept = (window.__sourcelineClicks = []);
      page.addEventListener('click', (event) => {
        var control =
          window.__sourcelineClicks && event.target.closest?.('button,summary,[data-event]');
        if (control) kept.push(control);
      });
      setTimeout(start, 500);
      new PerformanceObserver((paints) => {
        if (paints.getEntriesByName('first-contentful-paint').length) start();
      }).observe({ type: 'paint', buffered: true });
      return;
    }
    start();
    var d = address.searchParams.get('data');
    if (!d) return;
    var u = new URL(d, address).href;
    // Only on the page's own origin, which is http(s): a page from disk has the origin "null".
    if (!u.startsWith(address.origin + '/')) return;
    // The prerendered page is the built-in timeline, not this one (build/prerenderPlugin.ts).
    page.documentElement.dataset.loading = 'dataset';
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
    // The app's loader and the modules it imports: asked for now, so the app need not ask once
    // its script has run.
    for (var href of script.loader.split(' ')) append('link', { rel: 'modulepreload', href });
  } catch {
    // A malformed address (the app says what is wrong), or a browser without PerformanceObserver
    // (the app is then asked for at once, as a page naming it would have it).
    start();
  }
})();
