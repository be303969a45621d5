// Alongside's service worker, so the app opens with no signal. ship.mjs writes it into
// dist/ after FILES, WASM and VERSION (from the files actually there, so the list can never
// go stale) and the page's own probeHost and fetchWasm.
// It keeps the app's own files only, never a person's words: those stay in localStorage.
// Named by scope too: two copies of the app on one site share Cache Storage.
const SCOPE = self.registration.scope;
const CACHE = `alongside ${VERSION} ${SCOPE}`;
// The venue's settings: fresh when there is signal, as last seen when there is none.
const CONFIG = `alongside config ${SCOPE}`;
const CONFIG_FILE = new URL('config.json', location).href;
const WELSH_FILE = new URL('cy.txt', location).href;
// The group page, for a facilitator: not fetched for everyone, but kept once it has been
// opened, so a group can meet with no signal. Fresh when there is signal.
const GROUP = `alongside group ${SCOPE}`;
const GROUP_PAGE = new URL('group/', location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all([
        // Revalidated, so a page the browser kept from the last version is never mixed in.
        cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' }))),
        // As the page fetched it: compressed by the host, or the .gz copy unpacked here.
        fetchWasm(WASM, probeHost('probe.wasm')).then((response) => {
          if (!response.ok) throw new Error('wasm ' + response.status);
          return cache.put(WASM, response);
        }),
        fetch(CONFIG_FILE).then((response) => response.ok && caches.open(CONFIG).then((c) => c.put(CONFIG_FILE, response))).catch(() => {}),
        // Someone here reads Welsh: the new version keeps its Welsh words for them too.
        caches.match(WELSH_FILE).then((kept) => kept && cache.add(new Request(WELSH_FILE, { cache: 'no-cache' }))).catch(() => {}),
      ]),
    ),
  );
});

// A new version waits until every tab of the old one has closed, or until a person taps
// "Use the new version" (after their words are saved).
self.addEventListener('message', (event) => {
  if (event.data === 'use-new-version') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => names.filter((name) => name.endsWith(` ${SCOPE}`) && name !== CACHE && name !== CONFIG && name !== GROUP))
      .then((old) => Promise.all(old.map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.url.split(/[?#]/)[0] === CONFIG_FILE) {
    event.respondWith(fresh(request));
    return;
  }
  const page = request.url.split(/[?#]/)[0];
  if (page.startsWith(GROUP_PAGE)) {
    event.respondWith(fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(GROUP).then((cache) => cache.put(page, copy));
      }
      return response;
    }).catch(() => caches.open(GROUP).then((cache) => cache.match(page)).then((hit) => hit || Response.error())));
    return;
  }
  // Every address in the app is this one page: the screens are after the `#`. Any other
  // page on the site (or another copy of the app further down) is left to the network.
  if (request.mode === 'navigate' && page !== SCOPE && page !== `${SCOPE}index.html`) return;
  const wanted = request.mode === 'navigate' ? 'index.html' : request;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(wanted, { ignoreSearch: true }).then((hit) => hit || fetch(request).then((response) => {
      // The Welsh words are not fetched for everyone: they are kept once someone chooses them.
      if (response.ok && page === WELSH_FILE) cache.put(WELSH_FILE, response.clone());
      return response;
    }))),
  );
});

// Network first, the last copy when there is no signal (or it takes more than 3 seconds).
function fresh(request) {
  const kept = () => caches.open(CONFIG).then((cache) => cache.match(CONFIG_FILE));
  const network = fetch(request).then((response) => {
    if (!response.ok) return kept().then((hit) => hit || response);
    const copy = response.clone();
    caches.open(CONFIG).then((cache) => cache.put(CONFIG_FILE, copy));
    return response;
  });
  const slow = new Promise((done) => setTimeout(done, 3000)).then(kept);
  return Promise.race([network.catch(kept), slow.then((hit) => hit || network)]).then((hit) => hit || network);
}
