import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

const NOTE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>leanback</title></head>
<body><h1>leanback is running</h1><p>The web app is not built yet (no packages/web/dist). The API is
at <a href="/api/docs">/api/docs</a>.</p></body></html>`;

/**
 * Serves the built SPA from `distDir` when it exists: files by path, index.html for any other
 * non-/api path (client-side routing); without a build, a short HTML note.
 */
export function staticWeb(distDir: string): (urlPath: string) => Response {
  const root = path.resolve(distDir);
  return (urlPath) => {
    const index = path.join(root, "index.html");
    if (!existsSync(index))
      return new Response(NOTE, { status: 200, headers: { "content-type": TYPES[".html"] as string } });
    let rel: string;
    try {
      rel = decodeURIComponent(urlPath);
    } catch {
      rel = "/";
    }
    const file = path.resolve(root, "." + rel);
    // Never leave the dist folder (../ tricks resolve outside `root`).
    const inside = file === root || file.startsWith(root + path.sep);
    const target = inside && existsSync(file) && statSync(file).isFile() ? file : index;
    const type = TYPES[path.extname(target)] ?? "application/octet-stream";
    const cache = target === index ? "no-cache" : "public, max-age=3600";
    return new Response(readFileSync(target), { headers: { "content-type": type, "cache-control": cache } });
  };
}
