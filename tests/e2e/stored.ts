/** Runs in the page (any engine): everything the browser keeps for this site, as text:
 * both storages and the caches. */
export async function storedText() {
  const parts: string[] = [];
  for (const store of [localStorage, sessionStorage]) {
    for (let i = 0; i < store.length; i++) parts.push(`${store.key(i)}=${store.getItem(store.key(i)!)}`);
  }
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) parts.push(await (await cache.match(request))!.text());
  }
  return parts.join('\n');
}
