import { useEffect, useId, useRef, useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage } from "../../api/errors.js";
import { diaryApi, type FoodHit } from "../../api/diary-api.js";
import { nextActive } from "./listbox-keys.js";

/** Wait after the last keystroke before asking the server (keeps typing smooth on a phone). */
const DEBOUNCE_MS = 120;
/** Results per page: the first search asks for this many (diaryApi.search), "More results" the next. */
const PAGE = 12;

/** Fewer local results than this, and Open Food Facts is asked too (online, clearly marked). */
const FEW = 5;

/** A product Open Food Facts found (GET /api/foods/online-search); not stored until picked. */
export interface OnlineProduct {
  readonly code: string;
  readonly displayName: string;
  readonly brand: string | null;
  readonly kcalPer100g: number;
}
interface OnlineAnswer {
  readonly products: readonly OnlineProduct[];
  readonly unavailable?: string;
}

function onlineSearch(q: string, signal: AbortSignal): Promise<OnlineAnswer> {
  return api.get<OnlineAnswer>("/api/foods/online-search", { signal, query: { q, limit: 8 } });
}

/** Picking an online product: the barcode look-up stores it, so it is a food like any other. */
async function pickOnlineProduct(code: string): Promise<{ id: string; name: string }> {
  const r = await diaryApi.barcode(code);
  if (!r.found || r.food === undefined)
    throw new Error(r.unavailable ?? "That product could not be loaded from Open Food Facts");
  return { id: r.food.id, name: r.food.displayName };
}

/** The next page of a search from the API: GET /api/foods/search with an offset. */
function searchPage(q: string, offset: number): Promise<{ foods: FoodHit[]; more: boolean }> {
  return api.get<{ foods: FoodHit[]; more: boolean }>("/api/foods/search", {
    query: { q, limit: PAGE, offset },
  });
}

export interface FoodSearchProps {
  readonly onPick: (food: { id: string; name: string }) => void;
  /** Search backend; the API by default (a seam for tests). */
  readonly search?: (q: string, signal: AbortSignal) => Promise<FoodHit[]>;
  /** The results after the first `offset` (the "More results" button); the API by default. */
  readonly more?: (q: string, offset: number) => Promise<{ foods: FoodHit[]; more: boolean }>;
  /** Open Food Facts text search when the local foods find little; the API by default. */
  readonly online?: (q: string, signal: AbortSignal) => Promise<OnlineAnswer>;
  readonly label?: string;
  /** Move focus into the search box when it appears (the "Add food" panel opening). */
  readonly autoFocus?: boolean;
}

function kcalText(f: FoodHit): string {
  return f.per100g.kcal === null ? "" : `${Math.round(f.per100g.kcal)} kcal / 100 g`;
}

/**
 * Search-as-you-type combobox (WAI-ARIA APG "combobox with listbox popup"): results while
 * typing, every new keystroke aborts the request before it, arrow keys move the active option
 * (aria-activedescendant keeps focus in the input), Enter picks, Escape closes.
 */
export function FoodSearch({
  onPick,
  search = diaryApi.search,
  more = searchPage,
  online = onlineSearch,
  label = "Search foods",
  autoFocus = false,
}: FoodSearchProps) {
  const id = useId();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<readonly FoodHit[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "error">("idle");
  const [error, setError] = useState<string | null>(null);
  /** Whether the server may have results past the ones shown (a full page came back). */
  const [hasMore, setHasMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  /** The shown results come from the foods kept on this device (no connection). */
  const [offline, setOffline] = useState(false);
  /** Open Food Facts results for the shown query: null while not asked. */
  const [remote, setRemote] = useState<OnlineAnswer | "offline" | "loading" | null>(null);
  const ctl = useRef<AbortController | null>(null);
  /** The query the shown results answer (a late "More results" page for another is dropped). */
  const shownQuery = useRef("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    const query = q.trim();
    ctl.current?.abort();
    setRemote(null);
    if (query.length < 2) {
      setHits([]);
      setStatus("idle");
      return;
    }
    const c = new AbortController();
    ctl.current = c;
    const timer = setTimeout(() => {
      setStatus("loading");
      search(query, c.signal).then(
        (foods) => {
          if (c.signal.aborted) return;
          setHits(foods);
          shownQuery.current = query;
          const local = !navigator.onLine || foods.some((f) => f.match === "offline");
          setOffline(local);
          // Offline results are all this device has: no "More results", no Open Food Facts.
          setHasMore(!local && foods.length >= PAGE);
          setActive(foods.length > 0 ? 0 : -1);
          setOpen(true);
          setStatus("done");
          if (local || foods.length >= FEW || query.length < 3) return;
          // Never blocks the local results: they are on screen already.
          if (!navigator.onLine) {
            setRemote("offline");
            return;
          }
          setRemote("loading");
          online(query, c.signal).then(
            (answer) => !c.signal.aborted && setRemote(answer),
            (e: unknown) => !c.signal.aborted && setRemote({ products: [], unavailable: errorMessage(e) }),
          );
        },
        (e: unknown) => {
          if (c.signal.aborted) return;
          setError(errorMessage(e));
          setStatus("error");
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      c.abort();
    };
  }, [q, search, online]);

  const loadMore = () => {
    const query = shownQuery.current;
    setLoadingMore(true);
    more(query, hits.length).then(
      (page) => {
        setLoadingMore(false);
        if (shownQuery.current !== query) return;
        const seen = new Set(hits.map((h) => h.id));
        setHits([...hits, ...page.foods.filter((f) => !seen.has(f.id))]);
        setHasMore(page.more);
        input.current?.focus();
      },
      (e: unknown) => {
        setLoadingMore(false);
        setError(errorMessage(e));
      },
    );
  };

  const pickOnline = (p: OnlineProduct) => {
    pickOnlineProduct(p.code).then(
      (food) => {
        onPick(food);
        setOpen(false);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  const pick = (f: FoodHit) => {
    onPick({ id: f.id, name: f.displayName });
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      setOpen(false);
      return;
    }
    if (e.key === "Enter") {
      const f = hits[active];
      if (open && f) {
        e.preventDefault();
        pick(f);
      }
      return;
    }
    if (["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key) && hits.length > 0) {
      // Home/End move the caret in the text unless the list is open.
      if ((e.key === "Home" || e.key === "End") && !open) return;
      e.preventDefault();
      setOpen(true);
      setActive((a) => nextActive(a, e.key, hits.length));
    }
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && hits.length > 0;
  return (
    <div class="food-search">
      <label for={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        ref={input}
        type="search"
        role="combobox"
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={q}
        onInput={(e) => {
          setQ(e.currentTarget.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => hits.length > 0 && setOpen(true)}
        placeholder="e.g. chicken breast"
      />
      <ul id={listId} role="listbox" aria-label="Matching foods" class="food-search__list" hidden={!expanded}>
        {hits.map((f, i) => (
          <li
            key={f.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? "food-search__option food-search__option--active" : "food-search__option"}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(f)}
          >
            <span class="food-search__name">{f.displayName}</span>
            <span class="food-search__meta">
              {[f.brand, kcalText(f), f.match === "typo" ? "close match" : ""].filter(Boolean).join(" · ")}
            </span>
          </li>
        ))}
      </ul>
      {expanded && hasMore && (
        <button
          type="button"
          class="food-search__more"
          onMouseDown={(e) => e.preventDefault()}
          onClick={loadMore}
          disabled={loadingMore}
        >
          {loadingMore ? "Loading…" : "More results"}
        </button>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {status === "done" ? `${hits.length} ${hits.length === 1 ? "food" : "foods"} found` : ""}
      </p>
      {open && status === "done" && remote !== null && (
        <div class="food-search__online">
          <p class="muted">From Open Food Facts (online)</p>
          {remote === "offline" && <p class="muted">Offline: Open Food Facts cannot be searched now.</p>}
          {remote === "loading" && <p class="muted">Searching Open Food Facts…</p>}
          {typeof remote === "object" && remote.unavailable !== undefined && (
            <p class="muted">{remote.unavailable}</p>
          )}
          {typeof remote === "object" && remote.products.length > 0 && (
            <ul aria-label="Open Food Facts products" class="food-search__online-list">
              {remote.products.map((p) => (
                <li key={p.code}>
                  <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => pickOnline(p)}>
                    <span class="food-search__name">{p.displayName}</span>
                    <span class="food-search__meta">
                      {[p.brand, `${Math.round(p.kcalPer100g)} kcal / 100 g`, "Open Food Facts"]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {status === "done" && offline && (
        <p class="muted" data-testid="offline-search">
          Offline: foods this device has seen
          {hits.length === 0 ? ` (none matches “${q.trim()}”).` : "."}
        </p>
      )}
      {status === "done" && !offline && hits.length === 0 && (
        <p class="muted">No food matches “{q.trim()}”. Add it as your own food below.</p>
      )}
      {error && <p class="field__error">{error}</p>}
    </div>
  );
}
