//# allFunctionsCalledOnLoad
// Starts a ?data= download (same origin, http(s) only) beside the app's script: see src/app/takePrefetch.ts.
(function () {
  try {
    var d = new URL(location.href).searchParams.get('data');
    if (!d) return;
    var u = new URL(d, location.href);
    if (u.origin !== location.origin || !/^https?:$/.test(u.protocol)) return;
    var r = fetch(u.href, { credentials: 'same-origin' });
    r.catch(function () {});
    window.__sourcelinePrefetch = { url: u.href, response: r };
  } catch {
    // a malformed address: the app says what is wrong with it
  }
})();
