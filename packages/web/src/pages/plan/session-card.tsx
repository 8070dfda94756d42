import { useState } from "preact/hooks";
import { catalogue } from "@leanback/core/training/catalogue";
import { CIRCUIT_ROUND_REST_SECONDS } from "@leanback/core/training/interval-templates";
import { formatDosage } from "@leanback/core/training/program-render";
import { renderLoad, type WeightUnit } from "@leanback/core/training/progression-steps";
import type { PlanItem, Session } from "@leanback/core/training/program-types";
import { shortDate } from "../../ui/format.js";
import { swapOptions } from "../../api/plan-model.js";
import { DAY_NAMES } from "../../ui/day-names.js";

export { DAY_NAMES };

export interface SessionCardProps {
  readonly session: Session;
  /** The calendar date of this session, YYYY-MM-DD. */
  readonly date: string;
  /** Plan week of this session (1-based): the player's session id is w<week>-<day>. */
  readonly week: number;
  readonly isToday: boolean;
  /** The workout that carried this session out, when one is logged: the card shows it done. */
  readonly loggedId?: string | null;
  readonly unit: WeightUnit;
  readonly equipment: readonly string[];
  readonly exclusions: readonly string[];
  readonly onSwap: (from: string, to: string) => void;
}

const FORMAT = {
  "straight-sets": "Straight sets",
  circuit: "Circuit",
  "active-rest": "Active rest",
  rowing: "Rowing between exercises",
} as const;

/**
 * One day of the week: the session's title and a button that expands its details. On phones the
 * details open inside the card; on wide screens the page shows them in a panel under the week.
 */
export function SessionCard(
  p: SessionCardProps & { expanded: boolean; inline: boolean; onToggle: () => void },
) {
  const s = p.session;
  const rest = s.kind === "rest";
  const done = (p.loggedId ?? null) !== null;
  return (
    <li
      class={`day day--${s.kind}${p.isToday ? " day--today" : ""}${p.expanded ? " day--expanded" : ""}${done ? " day--done" : ""}`}
      data-testid={`day-${s.day}`}
      data-kind={s.kind}
      data-done={done ? "true" : undefined}
    >
      <h3 class="day__name">
        {DAY_NAMES[s.day]} <span class="muted">{shortDate(p.date)}</span>
        {p.isToday && <span class="day__badge">Today</span>}
        {done && <span class="day__badge day__badge--done">Done ✓</span>}
      </h3>
      <p class="day__title">{s.title}</p>
      {!rest && (
        <p class="muted day__meta">
          {s.minutes} min{s.format ? ` · ${FORMAT[s.format]}` : ""}
          {s.countsAsCardio ? ` · ${s.cardioMinutes} min cardio` : ""}
        </p>
      )}
      {!rest && (
        <div class="day__actions">
          <button
            type="button"
            class="link-button"
            aria-expanded={p.expanded}
            aria-controls={`session-${s.day}`}
            onClick={p.onToggle}
          >
            Session details<span class="visually-hidden"> for {DAY_NAMES[s.day]}</span>
          </button>
          {done ? (
            <a class="day__start" href={`/workouts/${p.loggedId ?? ""}`}>
              View or edit the workout
              <span class="visually-hidden">
                : {DAY_NAMES[s.day]}, {s.title}
              </span>
            </a>
          ) : (
            <a class={p.isToday ? "button day__start" : "day__start"} href={`/player/w${p.week}-${s.day}`}>
              {p.isToday ? "Start" : "Open in player"}
              <span class="visually-hidden">
                : {DAY_NAMES[s.day]}, {s.title}
              </span>
            </a>
          )}
        </div>
      )}
      {s.daily && (
        <p class="muted day__daily" data-testid={`daily-${s.day}`}>
          + {s.daily.name}, {s.daily.minutes} min
          {s.daily.timerPattern && (
            <>
              {" · "}
              <a href={`/timer/${s.daily.timerPattern}`}>
                Play the routine<span class="visually-hidden"> for {DAY_NAMES[s.day]}</span>
              </a>
            </>
          )}
        </p>
      )}
      {!rest && p.expanded && p.inline && <SessionDetails {...p} />}
    </li>
  );
}

/** Every item of a session with its dose, cues and swap choices. */
export function SessionDetails(p: SessionCardProps) {
  const s = p.session;
  return (
    <div class="session-details" id={`session-${s.day}`} data-testid={`session-${s.day}`}>
      {s.activeRest && (
        <p class="muted">
          In each rest: {s.activeRest.name} for {s.activeRest.seconds} s.
        </p>
      )}
      {s.format === "circuit" && (
        <p class="muted">
          Circuit: one set of each exercise straight after another, no rest between them; rest{" "}
          {CIRCUIT_ROUND_REST_SECONDS} s after each round.
        </p>
      )}
      <ol class="items">
        {s.items.map((item, i) => (
          <Item key={`${item.exerciseId}-${i}`} item={item} {...p} />
        ))}
      </ol>
      {s.why.length > 0 && (
        <ul class="why muted">
          {s.why.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Item({ item, session, unit, equipment, exclusions, onSwap }: { item: PlanItem } & SessionCardProps) {
  const [swapping, setSwapping] = useState(false);
  const cat = catalogue();
  const e = cat.has(item.exerciseId) ? cat.byId(item.exerciseId) : undefined;
  let dose: string;
  switch (item.type) {
    case "strength": {
      const load =
        e?.loadType === "band"
          ? "a band that leaves 1–2 reps in reserve"
          : item.load
            ? renderLoad(item.load, unit)
            : "a load that leaves 1–2 reps in reserve";
      // In a circuit the rest comes after each round (shown above the list), not between sets.
      const rest = session.format === "circuit" ? "" : `, rest ${item.restSeconds} s`;
      dose = `${formatDosage(item.dosage)}${rest}, ${load}`;
      break;
    }
    case "mobility":
      dose = formatDosage(item.dosage);
      break;
    case "cardio":
      dose = `${item.minutes} min ${item.pace}`;
      break;
    case "intervals":
      dose = item.description;
      break;
  }
  const options =
    item.type === "strength" && swapping ? swapOptions(item.exerciseId, equipment, exclusions) : [];
  return (
    <li class="item" data-testid={`item-${item.exerciseId}`}>
      <p class="item__head">
        <strong class="item__name">{item.name}</strong> <span class="item__dose">{dose}</span>
      </p>
      {item.type === "strength" && item.note && <p class="muted">{item.note}</p>}
      <div class="item__tools">
        {e && (
          <details class="item__how">
            <summary>
              How to<span class="visually-hidden"> do {item.name}</span>
            </summary>
            <ul>
              {e.cues.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
            <p class="muted">Avoid: {e.mistakes.join("; ")}</p>
          </details>
        )}
        {item.type === "strength" && (
          <div class="item__swap">
            <button
              type="button"
              class="secondary small"
              aria-expanded={swapping}
              onClick={() => setSwapping(!swapping)}
            >
              Swap<span class="visually-hidden"> {item.name}</span>
            </button>
            {swapping &&
              (options.length === 0 ? (
                <p class="muted swap-none">No other exercise of this family fits your equipment.</p>
              ) : (
                <ul class="swap-options" aria-label={`Exercises that can replace ${item.name}`}>
                  {options.map((o) => (
                    <li key={o.id}>
                      <button
                        type="button"
                        class="secondary small"
                        onClick={() => {
                          setSwapping(false);
                          onSwap(item.exerciseId, o.id);
                        }}
                      >
                        Use {o.name}
                      </button>{" "}
                      <span class="muted">{o.level}</span>
                    </li>
                  ))}
                </ul>
              ))}
          </div>
        )}
      </div>
    </li>
  );
}
