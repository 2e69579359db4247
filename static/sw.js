// bpf-survey service worker: precaches the app so that, after one visit, the form loads and
// works with no network. The build (scripts/post-build.mjs) fills in VERSION, a hash of every
// file, and PRECACHE, the list of files. A new deployment has a new VERSION: the new worker
// caches the new files, then deletes the old caches. Drafts live in localStorage, not in these
// caches, so replacing the app never touches them.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `bpf-survey-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith("bpf-survey-") && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The form: the network when it answers, so a new deployment shows at once; else the
    // cache. Other pages under the same scope (the synthesis page) are not cached here.
    const scope = new URL(self.registration.scope).pathname;
    const path = new URL(request.url).pathname;
    if (path !== scope && path !== `${scope}index.html`) return;
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match("./index.html").then((hit) => hit || cache.match("./")))),
    );
    return;
  }
  // Hashed assets never change under the same name: the cache first. The encryption worker,
  // fetched only by forms configured with a key, is kept once fetched, for offline use.
  const onDemand = /\/encrypt(_bg\.wasm|\.js)$/.test(new URL(request.url).pathname);
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then((hit) => hit || fetch(request).then((response) => {
        if (onDemand && response.ok) cache.put(request, response.clone());
        return response;
      }))),
  );
});
