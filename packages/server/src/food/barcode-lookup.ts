import { InvalidInputError } from "@leanback/core/errors";
import { gtinForms, parseBarcode } from "@leanback/core/nutrition/barcode";
import { findFoodByBarcode, getFood, upsertFoods, type Food } from "@leanback/db/food/food-repo";
import type { Database } from "@leanback/db/schema";
import type { Kysely } from "kysely";
import { OFF_PRODUCT_FIELDS, offUserAgent } from "./off-client.js";
import { offProductSchema, offProductToFood } from "./off-product.js";

export const DEFAULT_OFF_BASE_URL = "https://world.openfoodfacts.org";

/** The product service could not answer (offline, timeout, 5xx, garbage): say so, never hang. */
export class BarcodeLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BarcodeLookupError";
  }
}

export interface BarcodeOptions {
  /** Open Food Facts base URL (a mirror, or a local server in tests). */
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  readonly now?: number;
  /** Who asks: their own foods count as stored, other people's private foods never do. */
  readonly viewerUserId?: string | null;
  /** This server's public origin, named in the User-Agent (offUserAgent). */
  readonly publicOrigin?: string | null;
}

/** How long "Open Food Facts does not know this code" is believed before asking again. */
export const NOT_FOUND_TTL_MS = 6 * 3_600_000;
const NOT_FOUND_MAX = 10_000;
// Per process: base URL + code → when the not-found answer expires (oldest first, bounded).
const notFound = new Map<string, number>();

function rememberNotFound(key: string, now: number): void {
  notFound.delete(key);
  notFound.set(key, now + NOT_FOUND_TTL_MS);
  if (notFound.size > NOT_FOUND_MAX) {
    const oldest = notFound.keys().next().value;
    if (oldest !== undefined) notFound.delete(oldest);
  }
}

export type BarcodeResult =
  | { readonly found: true; readonly food: Food; readonly cached: boolean }
  | { readonly found: false; readonly barcode: string };

/**
 * Looks a barcode up: first among stored foods, else Open Food Facts
 * (`GET {base}/api/v2/product/{code}.json`), caching a found product into foods (source "off").
 * Invalid codes throw InvalidInputError; network trouble throws BarcodeLookupError after at most
 * `timeoutMs` (default 5 s) — search never waits on this.
 */
export async function lookupBarcode(
  db: Kysely<Database>,
  raw: string,
  opts: BarcodeOptions = {},
): Promise<BarcodeResult> {
  const code = parseBarcode(raw);
  const stored = await findFoodByBarcode(db, gtinForms(code), opts.viewerUserId ?? null);
  if (stored !== undefined) return { found: true, food: stored, cached: true };
  const base = (opts.baseUrl ?? DEFAULT_OFF_BASE_URL).replace(/(?<!\/)\/+$/, "");
  const now = opts.now ?? Date.now();
  const key = `${base} ${code}`;
  const until = notFound.get(key);
  if (until !== undefined && until > now) return { found: false, barcode: code };
  const doFetch = opts.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(`${base}/api/v2/product/${code}.json?fields=${OFF_PRODUCT_FIELDS}`, {
      headers: { "user-agent": offUserAgent(opts.publicOrigin ?? null), accept: "application/json" },
      signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
    });
  } catch (e) {
    const why = e instanceof Error && e.name === "TimeoutError" ? "timed out" : "is unreachable";
    throw new BarcodeLookupError(`Open Food Facts ${why} (${base}); search and manual entry still work`);
  }
  if (res.status === 404) {
    rememberNotFound(key, now);
    return { found: false, barcode: code };
  }
  if (!res.ok) throw new BarcodeLookupError(`Open Food Facts answered HTTP ${res.status}; try again later`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new BarcodeLookupError("Open Food Facts sent something that is not JSON");
  }
  const envelope = body as { status?: unknown; product?: unknown };
  if (envelope.status === 0 || envelope.product === undefined || envelope.product === null) {
    rememberNotFound(key, now);
    return { found: false, barcode: code };
  }
  const parsed = offProductSchema.safeParse({ code, ...(envelope.product as object) });
  if (!parsed.success) throw new BarcodeLookupError("Open Food Facts product has an unexpected shape");
  let food;
  try {
    food = offProductToFood({ ...parsed.data, code });
  } catch (e) {
    if (e instanceof InvalidInputError)
      throw new BarcodeLookupError(`Open Food Facts product ${code} is unusable: ${e.rule}`);
    throw e;
  }
  const [id] = await upsertFoods(db, [food], now);
  const saved = id === undefined ? undefined : await getFood(db, id);
  if (saved === undefined) throw new Error("cached product vanished");
  return { found: true, food: saved, cached: false };
}
