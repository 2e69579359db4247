// bpf-survey service worker: precaches the app so that, after one visit, the form loads and
// works with no network. The build (scripts/post-build.mjs) fills in VERSION, a hash of every
// file, and PRECACHE, the files with a hash of each one's content. A new deployment has a new
// VERSION: the new worker takes the files whose content did not change from the old cache (so
// a returning respondent downloads only what changed), fetches the rest, then deletes the old
// caches. Drafts live in localStorage, not in these caches, so replacing the app never touches
// them.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
// Files fetched only by some (the encryption worker, the form for any questionnaire), kept once
// fetched; a new deployment keeps the ones it did not change.
const ON_DEMAND = __ON_DEMAND__;
// Named after the worker's scope too: two deployments on one site keep their own caches.
const PREFIX = `bpf-survey-${new URL(self.registration.scope).pathname}-`;
const CACHE = `${PREFIX}${VERSION}`;

// Each cache keeps the list it was filled from, to tell what a later deployment can reuse.
const MANIFEST = "./bpf-survey-manifest.json";

/** The old caches' files, by path and content hash. */
async function reusable() {
  const found = new Map();
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    const cache = await caches.open(key);
    const manifest = await cache.match(MANIFEST);
    if (!manifest) continue;
    for (const [path, hash] of await manifest.json().catch(() => [])) {
      if (!found.has(`${path} ${hash}`)) found.set(`${path} ${hash}`, cache);
    }
  }
  return found;
}

async function install() {
  const cache = await caches.open(CACHE);
  const old = await reusable();
  await Promise.all(PRECACHE.map(async ([path, hash]) => {
    const previous = old.get(`${path} ${hash}`);
    const kept = previous && (await previous.match(path));
    if (kept) return cache.put(path, kept);
    const response = await fetch(new Request(path, { cache: "reload" }));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return cache.put(path, response);
  }));
  // What was fetched on demand before, unchanged, stays: offline, a person answering another
  // questionnaire keeps its form across deployments.
  await Promise.all(ON_DEMAND.map(async ([path, hash]) => {
    const previous = old.get(`${path} ${hash}`);
    const kept = previous && (await previous.match(path));
    if (kept) await cache.put(path, kept);
  }));
  await cache.put(MANIFEST, new Response(JSON.stringify([...PRECACHE, ...ON_DEMAND]), { headers: { "content-type": "application/json" } }));
}

self.addEventListener("install", (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

/** The form for any questionnaire, kept for a person who opened it before this worker was
 * installed (their first visit came by a link naming a questionnaire): what it fetched then did
 * not pass through here. */
async function keepOpenForm() {
  const scope = new URL(self.registration.scope).pathname;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  if (!windows.some((client) => new URL(client.url).pathname === `${scope}form.html`)) return;
  const cache = await caches.open(CACHE);
  await Promise.all(ON_DEMAND.filter(([path]) => /^\.\/form[.-]/.test(path)).map(async ([path]) => {
    if (await cache.match(path)) return;
    const response = await fetch(new Request(path, { cache: "reload" }));
    if (response.ok) await cache.put(path, response);
  }));
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim())
      .then(() => keepOpenForm().catch(() => {})),
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
    if (path === `${scope}form.html`) {
      // The form for any questionnaire: kept once visited, for use offline.
      event.respondWith(
        fetch(request).then((response) => {
          const copy = response.clone();
          if (response.ok) event.waitUntil(caches.open(CACHE).then((cache) => cache.put("./form.html", copy)));
          return response;
        }).catch(() => caches.open(CACHE).then((cache) => cache.match("./form.html")).then((hit) => hit || Response.error())),
      );
      return;
    }
    if (path !== scope && path !== `${scope}index.html`) return;
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match("./index.html").then((hit) => hit || cache.match("./")))),
    );
    return;
  }
  // Hashed assets never change under the same name: the cache first. The encryption worker,
  // fetched only by forms configured with a key, and the form for any questionnaire are kept
  // once fetched, for offline use.
  const pathname = new URL(request.url).pathname;
  const onDemand = ON_DEMAND.some(([path]) => new URL(path, self.registration.scope).pathname === pathname);
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then((hit) => hit || fetch(request).then((response) => {
        if (onDemand && response.ok) cache.put(request, response.clone());
        return response;
      }))),
  );
});
