/* global self, caches, fetch, URL, setTimeout */
// Sanad survivor app: a minimal service worker that keeps the app shell available offline.
//
// What it caches: the home page, every hashed asset of the build (/assets/…, listed in
// /shell.json, lazily loaded journeys included, so a report can be filled in offline), the
// manifests and the icons.
// What it never touches: the API (/api/…, always the network, never stored: responses may hold
// a survivor's data), the staff console (/console/…), operations endpoints, other origins, and
// anything that is not a GET.

const CACHE = 'sanad-shell-v1';
const SHELL = ['/', '/manifest.webmanifest', '/icon.svg', '/weather.webmanifest', '/weather.svg'];
const PASS_THROUGH = ['/api/', '/console', '/health', '/ready', '/metrics'];
const NETWORK_TIMEOUT_MS = 4000;

/** Asset URLs the home page refers to, read from its HTML (their names change every build). */
function assetsOf(html) {
  const urls = new Set();
  for (const match of html.matchAll(/(?:src|href)="(\/assets\/[^"?#]+)"/g)) urls.add(match[1]);
  return [...urls];
}

/** Every asset of the build, from /shell.json (empty when it cannot be read). */
async function buildAssets() {
  try {
    const response = await fetch('/shell.json', { cache: 'no-cache' });
    if (!response.ok) return [];
    const list = await response.json();
    return Array.isArray(list)
      ? list.filter((p) => typeof p === 'string' && p.startsWith('/assets/'))
      : [];
  } catch {
    return [];
  }
}

async function precache() {
  const cache = await caches.open(CACHE);
  const home = await fetch('/', { cache: 'no-cache' });
  if (!home.ok) throw new Error(`home page answered ${home.status}`);
  const html = await home.clone().text();
  // The home page's own assets must all be there; the journeys' are stored one by one, and one
  // that fails is fetched (and stored) on first use instead of failing the whole install.
  await cache.addAll([...SHELL.slice(1, 3), ...assetsOf(html)]);
  const extra = new Set([...SHELL.slice(3), ...(await buildAssets())]);
  await Promise.all([...extra].map((path) => cache.add(path).catch(() => undefined)));
  await cache.put('/', home);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

/** Keeps the copy of the home page and exactly the assets it refers to (older builds go). */
async function keep(cache, home) {
  const html = await home.clone().text();
  const wanted = new Set([...assetsOf(html), ...(await buildAssets())]);
  // A new build: store its assets now, while the network is here.
  await Promise.all(
    [...wanted].map(async (path) => {
      if (!(await cache.match(path))) await cache.add(path).catch(() => undefined);
    }),
  );
  await cache.put('/', home);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !wanted.has(path)) await cache.delete(request);
  }
}

/** The home page from the network (refreshing the copy), or the copy when the network fails. */
async function homePage(event) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(event.request),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('slow network')), NETWORK_TIMEOUT_MS),
      ),
    ]);
    if (response.ok) event.waitUntil(keep(cache, response.clone()));
    return response;
  } catch (error) {
    const copy = await cache.match('/');
    if (copy) return copy;
    throw error;
  }
}

/** Hashed assets never change under the same name: the cached copy is always right. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const copy = await cache.match(request);
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (PASS_THROUGH.some((prefix) => url.pathname.startsWith(prefix))) return;

  if (request.mode === 'navigate') {
    // The survivor app is one page; other addresses are the server's business.
    if (url.pathname === '/' || url.pathname === '/index.html') event.respondWith(homePage(event));
  } else if (url.pathname.startsWith('/assets/') || SHELL.includes(url.pathname)) {
    event.respondWith(cacheFirst(request));
  }
});
