/** Registers the service worker in production builds (the dev server has no sw.js). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // After load so the install's precache does not compete with the first render; the entry module
  // can run after the load event already fired, so check readyState too.
  const register = () =>
    void navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .catch((e: unknown) => console.warn("service worker not registered:", e));
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
