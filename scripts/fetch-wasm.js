// Shared by the page (start.js) and the service worker (sw.js); ship.mjs puts it in both.

// Whether this host sends .wasm uncompressed: a tiny, very compressible probe.wasm then
// arrives at full size. Without DecompressionStream there is nothing better to do anyway.
function probeHost(probe) {
  if (!self.DecompressionStream) return Promise.resolve(false);
  return fetch(probe)
    .then(function (response) { return response.arrayBuffer(); })
    .then(function () {
      var seen = performance.getEntriesByName(new URL(probe, location.href).href).pop();
      return !(seen && seen.encodedBodySize && seen.encodedBodySize < seen.decodedBodySize);
    })
    .catch(function () { return false; });
}

// The app's code: as the host sends it, or on a host that compresses nothing its .gz copy,
// unpacked by the browser itself (unless the host marked it as gzip, and the browser did).
function fetchWasm(path, plain) {
  return plain
    .then(function (unpack) {
      if (!unpack) return fetch(path);
      return fetch(path + '.gz').then(function (packed) {
        if (!packed.ok) return fetch(path);
        var body = packed.headers.get('content-encoding') ? packed.body : packed.body.pipeThrough(new DecompressionStream('gzip'));
        return new Response(body, { headers: { 'Content-Type': 'application/wasm' } });
      });
    })
    .catch(function () { return fetch(path); });
}
