import { useState } from "preact/hooks";
import type { StrengthItem } from "@leanback/core/training/program-types";
import { api } from "../../api/client.js";
import { errorMessage } from "../../api/errors.js";
import { Notice } from "../../ui/field.js";
import { swapOptions } from "../../api/plan-model.js";

export interface TrainerSwapProps {
  readonly clientId: string;
  readonly item: StrengthItem;
  readonly equipment: readonly string[];
  readonly exclusions: readonly string[];
  readonly onSwapped: () => void;
}

/**
 * A trainer swaps one strength exercise of the client's plan for another of its variation group
 * (shown only while the client allows plan changes; the server checks that consent again and
 * lists the change for the client).
 */
export function TrainerSwap(p: TrainerSwapProps) {
  const options = swapOptions(p.item.exerciseId, p.equipment, p.exclusions);
  const [to, setTo] = useState("");
  const [error, setError] = useState<unknown>(null);
  if (options.length === 0) return null;
  const id = `swap-${p.item.exerciseId}`;
  return (
    <form
      class="trainer-swap"
      onSubmit={(e) => {
        e.preventDefault();
        if (to === "") return;
        setError(null);
        api
          .put(
            `/api/users/${encodeURIComponent(p.clientId)}/plan/swaps/${encodeURIComponent(p.item.exerciseId)}`,
            {
              to,
            },
          )
          .then(p.onSwapped, (err: unknown) => setError(err));
      }}
    >
      <label for={id}>Swap {p.item.name} for</label>{" "}
      <select id={id} value={to} onChange={(e) => setTo(e.currentTarget.value)}>
        <option value="">choose…</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>{" "}
      <button type="submit" class="secondary">
        Swap
      </button>
      {error !== null && <Notice kind="error">{errorMessage(error)}</Notice>}
    </form>
  );
}
