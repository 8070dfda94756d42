import type { ComponentType } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { SessionProvider, useSession } from "./api/session.js";
import { pages, type PageEntry, type PageProps } from "./pages/registry.js";
import { OfflineBadge } from "./pwa/offline-badge.js";
import { RejectedNotice } from "./pwa/rejected-notice.js";
import { redirectFor } from "./redirect.js";
import { interceptLinks, matchPath, navigate, useLocation } from "./router.js";
import { BottomNav } from "./ui/nav.js";
import { PageHeading } from "./ui/page-heading.js";

interface Resolved {
  readonly entry: PageEntry | null;
  readonly params: Readonly<Record<string, string>>;
}

function resolve(path: string): Resolved {
  for (const entry of pages) {
    const m = matchPath(entry.path, path);
    if (m) return { entry, params: m.params };
  }
  return { entry: null, params: {} };
}

const loaded = new Map<PageEntry, ComponentType<PageProps>>();

function Routed() {
  const { path, query } = useLocation();
  const { user, profile } = useSession();
  const { entry, params } = resolve(path);
  const [, setLoadedTick] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const ready = user !== undefined && profile !== undefined;
  const redirect = ready
    ? redirectFor(
        entry,
        user !== null,
        profile !== null,
        user?.coaches === true,
        location.pathname + location.search,
      )
    : null;

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  useEffect(() => {
    if (!entry || loaded.has(entry)) return;
    setLoadError(null);
    entry.load().then(
      (c) => {
        loaded.set(entry, c);
        setLoadedTick((t) => t + 1);
      },
      () => setLoadError("This page could not be loaded. Check your connection and try again."),
    );
  }, [entry]);

  // Focus management: after a route change, move focus to the new page's heading. A layout
  // effect: focus moves in the same task that shows the page, so a screen reader announces the
  // new heading, not whatever had focus for a frame.
  const first = useRef(true);
  const Page = entry ? loaded.get(entry) : undefined;
  useLayoutEffect(() => {
    document.title = entry ? `${entry.title} · leanback` : "Not found · leanback";
    if (first.current) {
      first.current = false;
      return;
    }
    const h = document.getElementById("page-title");
    if (h) h.focus({ preventScroll: false });
  }, [path, Page]);

  if (!ready || redirect) return <p class="loading">Loading…</p>;
  if (!entry) return <NotFound path={path} />;
  if (loadError) return <p role="alert">{loadError}</p>;
  if (!Page) return <p class="loading">Loading…</p>;
  return <Page params={params} query={query} />;
}

function NotFound({ path }: { path: string }) {
  return (
    <section>
      <PageHeading>Page not found</PageHeading>
      <p>Nothing lives at {path}. The link may be old or mistyped.</p>
      <p>
        <a href="/">Back to Today</a>
      </p>
    </section>
  );
}

function Shell() {
  const { path } = useLocation();
  const { user, profile } = useSession();
  useEffect(() => interceptLinks(), []);
  const showNav = Boolean(user && profile) && !path.startsWith("/player");
  const coachOnly = Boolean(user?.coaches && profile === null);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="app-header">
        <a class="brand" href="/">
          leanback
        </a>
        {coachOnly && (
          <a class="header-link" href="/clients">
            Clients
          </a>
        )}
        <OfflineBadge />
      </header>
      <main id="main" tabIndex={-1} class={showNav ? "with-nav" : undefined}>
        <RejectedNotice />
        <Routed />
      </main>
      {showNav && <BottomNav path={path} coaches={user?.coaches === true} />}
    </>
  );
}

/** The whole app: session state around the shell. */
export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}
