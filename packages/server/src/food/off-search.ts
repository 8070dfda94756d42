import { offUserAgent } from "./off-client.js";
import { InvalidInputError } from "@leanback/core/errors";
import { z } from "zod";
import { BarcodeLookupError, DEFAULT_OFF_BASE_URL } from "./barcode-lookup.js";
import { offProductSchema, offProductToFood } from "./off-product.js";

/** A product Open Food Facts found for a text search; picking it caches it by its barcode. */
export interface OnlineProduct {
  readonly code: string;
  readonly displayName: string;
  readonly brand: string | null;
  readonly kcalPer100g: number;
}

export interface OnlineSearchOptions {
  /** Open Food Facts base URL (a mirror, or a local server in tests). */
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /** At most this many products (1–24, default 10). */
  readonly limit?: number;
}

/** The fields we read: asking for no more keeps the answer small (Open Food Facts API docs). */
const FIELDS = "code,product_name,generic_name,brands,nutriments";

const answerSchema = z.object({ products: z.array(z.unknown()).optional() });

/**
 * Text search on Open Food Facts (`GET {base}/cgi/search.pl?search_terms=…&json=1`), for when the
 * local foods find little. Nothing is stored here: the person's pick goes through the barcode
 * look-up, which caches it. Products without a valid barcode, a name or energy are left out.
 * Network trouble throws BarcodeLookupError after at most `timeoutMs` (default 4 s).
 *
 * @example
 * const found = await searchOpenFoodFacts("skyr vanilla", { baseUrl: config.offBaseUrl });
 */
export async function searchOpenFoodFacts(
  query: string,
  opts: OnlineSearchOptions = {},
): Promise<OnlineProduct[]> {
  const q = query.trim().slice(0, 100);
  if (q.length < 2) throw new InvalidInputError("q", "online search needs at least 2 characters");
  const limit = opts.limit ?? 10;
  const base = (opts.baseUrl ?? DEFAULT_OFF_BASE_URL).replace(/(?<!\/)\/+$/, "");
  const url =
    `${base}/cgi/search.pl?search_terms=${encodeURIComponent(q)}` +
    `&search_simple=1&action=process&json=1&page_size=${limit}&fields=${FIELDS}`;
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(url, {
      headers: { "user-agent": offUserAgent(), accept: "application/json" },
      signal: AbortSignal.timeout(opts.timeoutMs ?? 4000),
    });
  } catch (e) {
    const why = e instanceof Error && e.name === "TimeoutError" ? "timed out" : "is unreachable";
    throw new BarcodeLookupError(`Open Food Facts ${why}; the foods on this server still work`);
  }
  if (!res.ok) throw new BarcodeLookupError(`Open Food Facts answered HTTP ${res.status}; try again later`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new BarcodeLookupError("Open Food Facts sent something that is not JSON");
  }
  const parsed = answerSchema.safeParse(body);
  if (!parsed.success) throw new BarcodeLookupError("Open Food Facts search has an unexpected shape");
  const out: OnlineProduct[] = [];
  const seen = new Set<string>();
  for (const raw of parsed.data.products ?? []) {
    const p = offProductSchema.safeParse(raw);
    if (!p.success || seen.has(p.data.code)) continue;
    try {
      const food = offProductToFood(p.data);
      seen.add(p.data.code);
      out.push({
        code: food.barcode ?? p.data.code,
        displayName: food.displayName,
        brand: food.brand ?? null,
        kcalPer100g: (food.per100g.kcal ?? 0) / 1000,
      });
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e; // an unusable product is left out
    }
    if (out.length >= limit) break;
  }
  return out;
}
