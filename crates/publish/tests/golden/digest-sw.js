const BUILD = "ab35c8904ebdee7a";
const PRECACHE = ["/ai-news/","/ai-news/saved","/ai-news/search","/ai-news/data/site.json","/ai-news/data/feed/1.json","/ai-news/data/search/index.json","/ai-news/data/locales/en.json","/ai-news/digest-start.js"];
const SHELL = "digest-shell-" + BUILD;
const CONTENT = "digest-content";
const BUILDS = "digest-builds";
const KEEP = 400;
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css|svg)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

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
      (request.mode === "navigate" && (await caches.match(request, { ignoreSearch: true })));
    if (kept) return kept;
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
