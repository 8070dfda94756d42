import { errorMessage, fieldErrors } from "../../api/errors.js";

/** Why an edit was refused, and where the editor shows it. */
export interface EditProblem {
  /** The control it is about: the amount box, the meal, or the form as a whole. */
  readonly field: "amount" | "meal" | "form";
  readonly text: string;
  /** The amount is far above what people eat: Save again keeps it (sent with confirm). */
  readonly needsConfirm: boolean;
}

/**
 * A server rule as a sentence: capital first letter, full stop.
 *
 * @example
 * sentence("one entry can be at most 100 of a unit"); // → "One entry can be at most 100 of a unit."
 */
export function sentence(rule: string): string {
  const t = rule.trim();
  if (t === "") return t;
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? "" : "."}`;
}

const AMOUNT_FIELDS = ["grams", "count", "portion", "kcal"] as const;
const CONFIRM_TAIL = /check the amount, or send confirm: true to log it anyway\.?$/;

/** The message before the API's confirm sentence (and its "; "), or null when it has none. */
function beforeConfirmTail(message: string): string | null {
  const tail = CONFIRM_TAIL.exec(message);
  if (tail === null) return null;
  const head = message.slice(0, tail.index).trimEnd();
  return head.endsWith(";") ? head.slice(0, -1) : head;
}

/**
 * The server's refusal of an edit in the editor's words, placed beside the control it is about.
 * The API's own wording for confirming ("send confirm: true") becomes what the person does.
 *
 * @example
 * editProblem(new ApiError(422, "validation", "", [{ path: "body.grams", message: "…; check the amount, or send confirm: true to log it anyway" }]));
 * // → { field: "amount", text: "…. Check the amount, or press Save again to keep it.", needsConfirm: true }
 */
export function editProblem(err: unknown): EditProblem {
  const f = fieldErrors(err);
  for (const key of AMOUNT_FIELDS) {
    const message = f[key];
    if (message === undefined) continue;
    const head = beforeConfirmTail(message);
    if (head !== null) {
      const text = `${head.charAt(0).toUpperCase()}${head.slice(1)}. Check the amount, or press Save again to keep it.`;
      return { field: "amount", text, needsConfirm: true };
    }
    return { field: "amount", text: sentence(message), needsConfirm: false };
  }
  const meal = f.meal ?? f.date;
  if (meal !== undefined) return { field: "meal", text: sentence(meal), needsConfirm: false };
  return { field: "form", text: errorMessage(err), needsConfirm: false };
}
