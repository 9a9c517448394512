// Starts the download of the dataset named by ?data= at once, in parallel with the app's own
// script, instead of after it has run (src/app/takePrefetch.ts picks it up). Only an http(s)
// address on this page's origin is fetched; anything else is left for the app to refuse, with
// its message. Classic and tiny, so it runs as soon as it arrives.
(function () {
  try {
    var data = new URL(window.location.href).searchParams.get('data');
    if (!data) return;
    var url = new URL(data, window.location.href);
    if (url.origin !== window.location.origin || !/^https?:$/.test(url.protocol)) return;
    var response = fetch(url.href, { credentials: 'same-origin' });
    // The app reports a failure when it reads the answer; none may go unhandled before that.
    response.catch(function () {});
    window.__sourcelinePrefetch = { url: url.href, response: response };
  } catch {
    // A malformed address: the app says what was wrong with it.
  }
})();
