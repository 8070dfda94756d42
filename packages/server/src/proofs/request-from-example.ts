import type { ExampleRequest, Route } from "../http/route.js";

/** The concrete path + query of a route for an example and a subject user id. */
export function urlFor(route: Route, example: ExampleRequest, subjectUserId: string): string {
  const params = (example.params ?? {}) as Record<string, unknown>;
  let path = route.path.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_m, name: string) => {
    if (name === "userId") return encodeURIComponent(subjectUserId);
    const v = params[name];
    if (v === undefined) throw new Error(`${route.method} ${route.path}: example lacks params.${name}`);
    return encodeURIComponent(String(v));
  });
  const query = (example.query ?? {}) as Record<string, unknown>;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) qs.append(k, String(x));
    else qs.append(k, String(v));
  }
  const s = qs.toString();
  if (s) path += `?${s}`;
  return path;
}
