// digest's service worker, written by the content command (`publish --offline`) with the build it
// belongs to. It keeps the app shell of this build, and every page and content file the reader
// opened (an article saved is fetched at once, so it is kept too), so that they open with no
// network. Pages and content come from the network first, so they are never older than they need
// to be; the hashed JS, wasm and CSS come from the cache, since their names change with their bytes.
//
// A new build's worker takes over at once (skipWaiting, clients.claim), and the next page load gets
// the new HTML with the new assets. Pages still open from the old build keep theirs: the previous
// build's shell stays cached until the build after it, so no page ever asks for an asset that is no
// longer anywhere. docs/deploy.md, "Offline reading", says how to turn it off.
const BUILD = "__BUILD__";
const PRECACHE = __PRECACHE__;
const SHELL = "digest-shell-" + BUILD;
const CONTENT = "digest-content";
const BUILDS = "digest-builds";
// Pages and content files kept at most; the oldest go first.
const KEEP = 400;
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css|svg)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

// Keeps this build's shell and the one before it; every older one goes.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const meta = await caches.open(BUILDS);
      const known = await meta.match("builds");
      const builds = (known ? await known.json() : []).filter((b) => b !== BUILD).concat(BUILD).slice(-2);
      await meta.put("builds", new Response(JSON.stringify(builds)));
      const keep = new Set(builds.map((b) => "digest-shell-" + b));
      for (const name of await caches.keys()) {
        if (name.startsWith("digest-shell-") && !keep.has(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function remember(request, response) {
  if (!response.ok || response.type !== "basic") return;
  const cache = await caches.open(CONTENT);
  await cache.put(request, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - KEEP))) await cache.delete(old);
}

async function fromNetwork(event) {
  const request = event.request;
  try {
    const response = await fetch(request);
    event.waitUntil(remember(request, response.clone()));
    return response;
  } catch (offline) {
    const kept = (await caches.match(request)) ||
      // /search?q=... is the search page's shell whatever the query.
      (request.mode === "navigate" && (await caches.match(request, { ignoreSearch: true })));
    if (kept) return kept;
    // A page never opened: the home page's shell, where the app says what cannot load offline.
    if (request.mode === "navigate") {
      const home = await caches.match(self.registration.scope);
      if (home) return home;
    }
    throw offline;
  }
}

async function fromCache(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !request.url.startsWith(self.registration.scope)) return;
  if (url.pathname.endsWith("/digest-sw.js")) return;
  event.respondWith(HASHED.test(url.pathname) ? fromCache(request) : fromNetwork(event));
});
