// digest's service worker when offline reading is off (`publish` without --offline): a reader whose
// browser installed the offline worker from an earlier build gets this one at its next visit, and it
// removes itself and everything it kept.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("digest-")) await caches.delete(name);
      }
      await self.registration.unregister();
    })(),
  );
});
