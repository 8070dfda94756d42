import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  encodeBody,
  isCompressible,
  MIN_COMPRESS_BYTES,
  pickEncoding,
  varyOnEncoding,
  type Encoding,
} from "../compression.js";

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

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly raw: Buffer;
  readonly encoded: Map<Encoding, Buffer>;
}

/**
 * Serves the built SPA from `distDir` when it exists: files by path, index.html for any other
 * non-/api path (client-side routing); without a build, a short HTML note. Text files of at
 * least MIN_COMPRESS_BYTES go out as br or gzip when `acceptEncoding` allows, compressed once
 * at the highest level and kept in memory until the file changes (a rebuild).
 */
export function staticWeb(distDir: string): (urlPath: string, acceptEncoding?: string | null) => Response {
  const root = path.resolve(distDir);
  const cache = new Map<string, CachedFile>();
  const load = (file: string): CachedFile => {
    const st = statSync(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
    const fresh = { mtimeMs: st.mtimeMs, size: st.size, raw: readFileSync(file), encoded: new Map() };
    cache.set(file, fresh);
    return fresh;
  };
  return (urlPath, acceptEncoding) => {
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
    const headers = new Headers({
      "content-type": type,
      "cache-control": target === index ? "no-cache" : "public, max-age=3600",
    });
    const cached = load(target);
    if (!isCompressible(type) || cached.raw.byteLength < MIN_COMPRESS_BYTES)
      return new Response(cached.raw, { headers });
    varyOnEncoding(headers);
    const encoding = pickEncoding(acceptEncoding);
    if (encoding === null) return new Response(cached.raw, { headers });
    let body = cached.encoded.get(encoding);
    if (!body) {
      body = encodeBody(cached.raw, encoding, "static");
      cached.encoded.set(encoding, body);
    }
    headers.set("content-encoding", encoding);
    return new Response(body, { headers });
  };
}
