import { defineConfig, type Plugin } from "vite";
import preact from "@preact/preset-vite";

/**
 * Writes precache.json: every file of the build, so the service worker can cache the app shell
 * and the lazily loaded pages (the timer must work offline) without a hand-kept list.
 */
function precacheList(): Plugin {
  return {
    name: "leanback-precache-list",
    apply: "build",
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => f !== "sw.js" && !f.endsWith(".map"))
        .map((f) => `/${f}`)
        .sort();
      this.emitFile({ type: "asset", fileName: "precache.json", source: JSON.stringify(files) });
    },
  };
}

export default defineConfig({
  plugins: [preact(), precacheList()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: {
      input: { index: "index.html", sw: "src/pwa/sw.ts" },
      output: {
        // The service worker must live at the root with a stable name to control the whole app.
        entryFileNames: (chunk) => (chunk.name === "sw" ? "sw.js" : "assets/[name]-[hash].js"),
      },
    },
  },
  server: {
    // `npm run dev -w packages/web` next to `npm start` (port 3000) for the API.
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
