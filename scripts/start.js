// The app's start-up, in <head>; ship.mjs puts fetch-wasm.js before it and the .wasm's name
// in place of WASM_PATH.
(function () {
  var sw = navigator.serviceWorker;
  // The probe at once (it is tiny); none once the service worker keeps the files, as it
  // answers with the code as it was kept.
  var plain = sw && sw.controller ? Promise.resolve(false) : probeHost('probe.wasm');
  // The app's code once the first screen is painted, so the welcome and help come first.
  window.alongsideWasm = new Promise(function (done) {
    requestAnimationFrame(function () {
      setTimeout(function () { done(fetchWasm(WASM_PATH, plain)); }, 0);
    });
  });

  // The service worker needs HTTPS (or this machine); without it the app runs as before.
  if (!sw || !isSecureContext) return;
  // A new version waits; the app offers "Use the new version" (window.alongsideUpdate), and
  // only the tab that asked reloads, so nobody's typing is ever cut off.
  var asked = false;
  sw.addEventListener('controllerchange', function () { if (asked) location.reload(); });
  function offer(registration) {
    if (!registration.waiting || !sw.controller) return;
    window.alongsideUpdate = function () {
      asked = true;
      registration.waiting.postMessage('use-new-version');
    };
    dispatchEvent(new Event('alongside-update'));
  }
  function follow(registration, worker) {
    if (worker) worker.addEventListener('statechange', function () { if (worker.state === 'installed') offer(registration); });
  }
  function register() {
    sw.register('sw.js').then(function (registration) {
      offer(registration);
      follow(registration, registration.installing);
      registration.addEventListener('updatefound', function () { follow(registration, registration.installing); });
      // A page left open for days (a kiosk) still hears of new versions.
      setInterval(function () { registration.update().catch(function () {}); }, 36e5);
    }).catch(function () {});
  }
  // A few seconds after the page has loaded, so it never competes with the app starting.
  addEventListener('load', function () { setTimeout(register, 3000); });
})();
