import { MEALS, type Meal } from "@leanback/core/nutrition/diary";
import { mergeRecentFoods } from "@leanback/core/nutrition/recent-foods";
import { addDays } from "@leanback/core/trend/iso-day";
import { useEffect, useRef, useState } from "preact/hooks";
import { errorMessage } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { useApi } from "../../api/use-api.js";
import { remove as unqueue } from "../../pwa/outbox.js";
import { useOutboxItems } from "../../pwa/use-outbox-items.js";
import { onSynced, sendOrQueueChange } from "../../pwa/outbox-sync.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { UndoToast } from "../../ui/undo-toast.js";
import { localToday } from "../../ui/dates.js";
import type { PageProps } from "../registry.js";
import { BarcodeEntry } from "./barcode-entry.js";
import { DayTotals } from "./day-totals.js";
import { diaryApi, type DiaryTargets, type Entry, type EntryEdit } from "../../api/diary-api.js";
import { editProblem, type EditProblem } from "./edit-problem.js";
import { FoodSearch } from "./food-search.js";
import { MealSection } from "./meal-section.js";
import { useOfflineFoods } from "./offline-foods.js";
import { pendingChanges, pendingEntries } from "./pending-entries.js";
import { CustomFoodForm, RecipeForm } from "./my-foods.js";
import { MEAL_NAMES } from "./meal-field.js";
import { PortionPicker } from "./portion-picker.js";
import { QuickAddCard } from "./quick-add-card.js";
import {
  frequent,
  loadRecent,
  MAX_REMEMBERED,
  recent,
  remember,
  saveRecent,
  type RecentFood,
} from "./recent-foods.js";
import { restoreRequest } from "./restore-entry.js";
import "./diary.css";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The food diary of one day (?date=YYYY-MM-DD, default today in the profile's time zone). */
export function DiaryPage({ query }: PageProps) {
  const { user, profile } = useSession();
  const today = localToday(profile?.timezone ?? "UTC");
  const asked = query.get("date");
  const date = asked && ISO.test(asked) ? asked : today;
  // Targets, then the day, in one loader: one render with everything. Two loaders (the day
  // fetched again once the targets arrived) painted the page in steps, and each step pushed
  // the cards below down (Lighthouse CLS 0.57). Targets are fetched once per visit.
  const targetsCache = useRef<DiaryTargets | null | undefined>(undefined);
  const day = useApi(
    async (signal) => {
      let targets = targetsCache.current;
      if (targets === undefined) {
        targets = await diaryApi.targets(signal).catch(() => null);
        if (signal.aborted) throw new DOMException("aborted", "AbortError");
        targetsCache.current = targets;
      }
      return { targets, day: await diaryApi.day(date, targets, signal) };
    },
    [date],
  );
  const targets = day.data?.targets ?? null;
  const [adding, setAdding] = useState<Meal | null>(null);
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [recents, setRecents] = useState<RecentFood[]>(() => (user ? loadRecent(user.id) : []));
  // The server's list (every device's entries) joins this device's; offline, the local one stays.
  useEffect(() => {
    const ac = new AbortController();
    diaryApi.recent(ac.signal).then(
      (server) => setRecents((local) => mergeRecentFoods(server, local, MAX_REMEMBERED)),
      () => undefined,
    );
    return () => ac.abort();
  }, [user?.id]);
  const foods = useOfflineFoods(user?.id ?? "anonymous", recents);
  // Entries waiting in the outbox, shown in their meals as pending.
  const outbox = useOutboxItems();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  // The last removal, offered for Undo a few seconds (a new removal replaces it).
  // `queued`: the removal waits in the outbox (offline), and Undo takes it back out.
  const [removed, setRemoved] = useState<{ key: number; entry: Entry; queued: string | null } | null>(null);
  // Entries logged offline reach the server later: show them when they do.
  useEffect(() => onSynced(() => day.reload()), [day.reload]);

  /** Runs a change, shows its outcome, reloads the day; true when it went through. */
  async function act(run: () => Promise<string | null>): Promise<boolean> {
    setBusy(true);
    try {
      const text = await run();
      setNotice(text ? { kind: "ok", text } : null);
      return true;
    } catch (e) {
      setNotice({ kind: "error", text: errorMessage(e) });
      return false;
    } finally {
      setBusy(false);
      // Also after a failure: the page then shows what the server really has.
      day.reload();
    }
  }

  function openAdd(meal: Meal) {
    setAdding(meal);
    setPicked(null);
  }

  function added(food: { id: string; name: string }, last: RecentFood["last"], queued: boolean) {
    if (user) {
      const next = remember(recents, food, last, Date.now());
      setRecents(next);
      saveRecent(user.id, next);
    }
    setNotice({
      kind: "ok",
      text: queued
        ? `Offline: ${food.name} is saved on this device and sent when you are back online.`
        : `Added ${food.name}.`,
    });
    // The panel stays open with the search box focused (FoodSearch autoFocus on its return), so
    // the next food of the meal goes in straight away.
    setPicked(null);
    day.reload();
  }

  const entryPath = (e: Entry) => `/api/users/me/diary/entries/${encodeURIComponent(e.id)}`;
  const where = (e: Entry) =>
    `${e.foodName ?? "quick add"} in ${MEAL_NAMES[e.meal].toLowerCase()} on ${e.date}`;

  async function remove(e: Entry) {
    let queued: string | null = null;
    const ok = await act(async () => {
      const r = await sendOrQueueChange("DELETE", entryPath(e), {}, `Remove ${where(e)}`, {
        entryId: e.id,
        kind: "remove",
      });
      if (!r.queued) return null;
      queued = r.clientId;
      return `Offline: removing ${e.foodName ?? "quick add"} is saved on this device and sent when you are back online.`;
    });
    if (ok) setRemoved({ key: Date.now(), entry: e, queued });
  }

  async function undoRemove(e: Entry, queued: string | null) {
    const name = e.foodName ?? "quick add";
    try {
      // A removal still in the outbox never reached the server: dropping it keeps the entry.
      if (queued !== null) await unqueue(queued);
      else await diaryApi.restore(restoreRequest(e));
      setNotice({ kind: "ok", text: `Put back ${name} in ${MEAL_NAMES[e.meal].toLowerCase()}.` });
    } catch (err) {
      setNotice({ kind: "error", text: `Could not put back ${name}: ${errorMessage(err)}` });
    } finally {
      day.reload();
    }
  }

  /** Saves an edit; null when it went through, else where and why it was refused. */
  async function edit(e: Entry, change: EntryEdit): Promise<EditProblem | null> {
    setBusy(true);
    try {
      const sent = await sendOrQueueChange<Entry>("PATCH", entryPath(e), { ...change }, `Edit ${where(e)}`, {
        entryId: e.id,
        kind: "edit",
      });
      if (sent.queued) {
        setNotice({
          kind: "ok",
          text: `Offline: the change to ${e.foodName ?? "quick add"} is saved on this device and sent when you are back online.`,
        });
        return null;
      }
      const saved = sent.value;
      const moved = saved.meal === e.meal ? "" : ` (now in ${MEAL_NAMES[saved.meal].toLowerCase()})`;
      setNotice({
        kind: "ok",
        text: `Updated ${e.foodName ?? "quick add"}: ${Math.round(saved.kcal)} kcal${moved}.`,
      });
      return null;
    } catch (err) {
      return editProblem(err);
    } finally {
      setBusy(false);
      day.reload();
    }
  }

  // Never show another day's entries under this date while the new day loads.
  const d = day.data?.day.date === date ? day.data.day : undefined;
  // The checkbox shows the click at once; the server's answer (the reloaded day) replaces it.
  const [pendingComplete, setPendingComplete] = useState<boolean | null>(null);
  const waiting = d ? pendingEntries(outbox, date, d.entries) : [];
  const changing = pendingChanges(outbox);
  useEffect(() => setPendingComplete(null), [d]);
  const chips = (list: RecentFood[], label: string) =>
    list.length > 0 && (
      <div class="food-chips">
        <h3>{label}</h3>
        <ul>
          {list.map((f) => (
            <li key={f.id}>
              <button
                type="button"
                class="button secondary"
                onClick={() => setPicked({ id: f.id, name: f.name })}
              >
                {f.name}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );

  const dates = (
    <nav class="diary-dates" aria-label="Diary day">
      <a href={`/diary?date=${addDays(date, -1)}`}>Previous day</a>
      <span data-testid="diary-date">{date === today ? `Today, ${date}` : date}</span>
      <a href={`/diary?date=${addDays(date, 1)}`}>Next day</a>
    </nav>
  );
  // First visit: nothing but a loading line until the day is here, then the whole page at once.
  if (day.data === undefined && day.error === undefined)
    return (
      <section class="diary-page">
        <PageHeading>Food diary</PageHeading>
        {dates}
        <p class="loading">Loading the day…</p>
      </section>
    );

  return (
    <section class="diary-page">
      <PageHeading>Food diary</PageHeading>
      {dates}
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {day.error !== undefined && <Notice kind="error">{errorMessage(day.error)}</Notice>}
      {d && <DayTotals day={d} targets={targets} />}
      {d && (
        <label class="choice__option day-complete">
          <input
            type="checkbox"
            checked={pendingComplete ?? d.complete}
            disabled={busy}
            onChange={(e) => {
              const complete = e.currentTarget.checked;
              setPendingComplete(complete);
              void act(async () => {
                await diaryApi.complete(date, complete);
                return complete
                  ? "Day marked complete: it counts in your expenditure estimate."
                  : "Day marked not complete.";
              });
            }}
          />
          <span>Day complete (everything eaten is logged)</span>
        </label>
      )}
      {adding && (
        <section class="card add-food" aria-labelledby="add-title">
          <h2 id="add-title">Add to {MEAL_NAMES[adding].toLowerCase()}</h2>
          {picked ? (
            <PortionPicker
              key={picked.id}
              foodId={picked.id}
              date={date}
              meal={adding}
              last={recents.find((r) => r.id === picked.id)?.last}
              onAdded={added}
              onCancel={() => setPicked(null)}
              load={foods.food}
            />
          ) : (
            <>
              <FoodSearch onPick={setPicked} search={foods.search} autoFocus />
              {chips(recent(recents, 6), "Recent")}
              {chips(frequent(recents, 6), "Frequent")}
              <details>
                <summary>Barcode</summary>
                <BarcodeEntry onFound={setPicked} />
              </details>
            </>
          )}
          <p>
            <button type="button" class="button secondary" onClick={() => setAdding(null)}>
              Close
            </button>
          </p>
        </section>
      )}
      {d &&
        MEALS.map((m) => (
          <MealSection
            key={m}
            meal={m}
            entries={d.entries.filter((e) => e.meal === m)}
            pending={waiting.filter((p) => p.meal === m)}
            changing={changing}
            totals={d.meals[m]}
            busy={busy}
            onAdd={() => openAdd(m)}
            onRemove={(e: Entry) => void remove(e)}
            onEdit={edit}
            onCopyToTomorrow={() =>
              void act(async () => {
                const r = await diaryApi.copy({ fromDate: date, toDate: addDays(date, 1), meal: m });
                return r.copied === 0
                  ? "Already copied: nothing new."
                  : `Copied ${r.copied} to tomorrow's ${MEAL_NAMES[m].toLowerCase()}.`;
              })
            }
          />
        ))}
      <QuickAddCard date={date} busy={busy} act={act} />
      <section class="card" aria-labelledby="copy-title">
        <h2 id="copy-title">Copy a day</h2>
        <button
          type="button"
          class="button secondary"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const r = await diaryApi.copy({ fromDate: addDays(date, -1), toDate: date });
              return r.copied === 0
                ? "Nothing new to copy from the day before."
                : `Copied ${r.copied} entries from the day before.`;
            })
          }
        >
          Copy the day before into this day
        </button>
      </section>
      <details class="card">
        <summary>Add your own food</summary>
        <CustomFoodForm
          onCreated={(f) => {
            setNotice({ kind: "ok", text: `Saved ${f.name}. Add it to a meal now.` });
            setAdding((m) => m ?? "snacks");
            setPicked(f);
          }}
        />
      </details>
      <details class="card">
        <summary>Make a recipe</summary>
        <RecipeForm
          onCreated={(f) => {
            setNotice({ kind: "ok", text: `Saved the recipe ${f.name}.` });
            setAdding((m) => m ?? "dinner");
            setPicked(f);
          }}
        />
      </details>
      {removed && (
        <UndoToast
          key={removed.key}
          message={`Removed ${removed.entry.foodName ?? "quick add"} from ${MEAL_NAMES[removed.entry.meal].toLowerCase()}.`}
          onUndo={() => undoRemove(removed.entry, removed.queued)}
          onClose={() => setRemoved((r) => (r?.key === removed.key ? null : r))}
        />
      )}
    </section>
  );
}
