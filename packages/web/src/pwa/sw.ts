/// <reference lib="webworker" />
// The service worker: the app shell and every built page offline (precache.json lists them),
// network-first for navigations and API reads (the last answer is the offline copy: today's plan,
// the profile), cache-first for the hashed assets. Writes are never cached: the app's IndexedDB
// outbox replays them (src/pwa/outbox-sync.ts).

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = "leanback-shell-v1";
const API = "leanback-api-v1";

async function precache(): Promise<void> {
  const cache = await caches.open(SHELL);
  const res = await fetch("/precache.json", { cache: "no-cache" });
  const files = res.ok ? ((await res.json()) as string[]) : [];
  const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  // index.html always (it names the current build's chunks); the hashed files only when new.
  const wanted = new Set(["/index.html", ...files]);
  const missing = [...wanted].filter((f) => f === "/index.html" || !have.has(f));
  await cache.addAll(missing);
}

sw.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => sw.skipWaiting()));
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== API).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

// Signing out drops the cached API answers (they are the user's data).
sw.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "signed-out") event.waitUntil(caches.delete(API));
});

let lastRefresh = 0;

async function networkFirst(req: Request, cacheName: string, fallback?: string): Promise<Response> {
  try {
    const res = await fetch(req);
    if (res.ok) {
      const copy = res.clone();
      void caches.open(cacheName).then((c) => c.put(fallback ?? req, copy));
    }
    return res;
  } catch {
    const hit = await caches.match(fallback ?? req, { ignoreSearch: fallback !== undefined });
    if (hit) return hit;
    return new Response(JSON.stringify({ error: "offline", message: "You are offline." }), {
      status: 503,
      headers: { "content-type": "application/json" },
    });
  }
}

async function cacheFirst(req: Request): Promise<Response> {
  const hit = await caches.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok) {
    const copy = res.clone();
    void caches.open(SHELL).then((c) => c.put(req, copy));
  }
  return res;
}

sw.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== sw.location.origin) return;
  if (url.pathname.startsWith("/api/")) {
    if (url.pathname.includes("/export")) return;
    // Back photos are private and large: never kept in the device's caches.
    if (url.pathname.includes("/photos/")) return;
    event.respondWith(networkFirst(req, API));
    return;
  }
  if (req.mode === "navigate") {
    // A new deployment brings new page chunks: top the precache up at most once an hour.
    if (Date.now() - lastRefresh > 3_600_000) {
      lastRefresh = Date.now();
      event.waitUntil(precache().catch(() => undefined));
    }
    event.respondWith(networkFirst(req, SHELL, "/index.html"));
    return;
  }
  event.respondWith(cacheFirst(req));
});

// Reminders (Web Push): the server sends { title, body, url, tag } encrypted to this device.
sw.addEventListener("push", (event) => {
  let m: { title?: string; body?: string; url?: string; tag?: string } = {};
  try {
    m = (event.data?.json() ?? {}) as typeof m;
  } catch {
    m = { body: event.data?.text() ?? "" };
  }
  event.waitUntil(
    sw.registration.showNotification(m.title ?? "leanback", {
      body: m.body ?? "",
      tag: m.tag,
      data: { url: m.url ?? "/" },
      icon: "/icon-192.png",
    }),
  );
});

// A tap opens (or focuses) the app on the reminder's page.
sw.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = (event.notification.data as { url?: string } | null)?.url ?? "/";
  event.waitUntil(
    sw.clients.matchAll({ type: "window", includeUncontrolled: true }).then((wins) => {
      const open = wins.find((w) => new URL(w.url).origin === sw.location.origin);
      if (open) return open.navigate(url).then((w) => w?.focus());
      return sw.clients.openWindow(url);
    }),
  );
});
