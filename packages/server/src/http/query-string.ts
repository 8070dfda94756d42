/** A query string's fields: one value a string, a repeated key an array in order. */
export type QueryObject = Record<string, string | string[]>;

/**
 * Parses a query string (without the "?") exactly as URLSearchParams would, into a plain object.
 * Most API queries are a few plain `key=value` pairs: those are split directly; anything with
 * `%` or `+` goes through URLSearchParams itself, so decoding rules (lenient percent-decoding,
 * `+` as space) stay the platform's. Keys are kept in first-seen order.
 *
 * @example
 * parseQuery("from=2026-11-01&to=2026-11-20"); // { from: "2026-11-01", to: "2026-11-20" }
 * parseQuery("tag=a&tag=b"); // { tag: ["a", "b"] }
 */
export function parseQuery(search: string): QueryObject {
  // A null prototype: a key such as __proto__ is an ordinary field, never the object's prototype.
  const out: QueryObject = Object.create(null) as QueryObject;
  if (search.length === 0) return out;
  if (search.includes("%") || search.includes("+")) {
    const params = new URLSearchParams(search);
    for (const [key, value] of params) add(out, key, value);
    return out;
  }
  let start = 0;
  while (start <= search.length) {
    let end = search.indexOf("&", start);
    if (end < 0) end = search.length;
    if (end > start) {
      const eq = search.indexOf("=", start);
      if (eq < 0 || eq >= end) add(out, search.slice(start, end), "");
      else add(out, search.slice(start, eq), search.slice(eq + 1, end));
    }
    start = end + 1;
  }
  return out;
}

function add(out: QueryObject, key: string, value: string): void {
  const seen = out[key];
  if (seen === undefined) out[key] = value;
  else if (typeof seen === "string") out[key] = [seen, value];
  else seen.push(value);
}
