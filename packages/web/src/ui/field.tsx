import type { ComponentChildren, InputHTMLAttributes } from "preact";
import { useId } from "preact/hooks";

export type FieldProps = InputHTMLAttributes & {
  readonly label: string;
  /** The server's or the form's message for this field; shown under the input and announced. */
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly suffix?: string | undefined;
};

/** A labelled input with its error message wired through aria-describedby and aria-invalid. */
export function Field({ label, error, hint, suffix, ...input }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-err` : ""].filter(Boolean).join(" ");
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class="field__row">
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...input}
        />
        {suffix && <span class="field__suffix">{suffix}</span>}
      </div>
      {error && (
        <p class="field__error" id={`${id}-err`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export interface ChoiceProps<T extends string> {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly { readonly value: T; readonly label: string; readonly hint?: string }[];
  readonly value: T | readonly T[] | undefined;
  readonly multiple?: boolean;
  readonly onChange: (value: T, checked: boolean) => void;
  readonly error?: string | undefined;
}

/** Radio buttons (one) or checkboxes (multiple) in a fieldset with a legend. */
export function Choice<T extends string>(p: ChoiceProps<T>) {
  const id = useId();
  const selected = (v: T) => (Array.isArray(p.value) ? p.value.includes(v) : p.value === v);
  return (
    <fieldset class="choice" aria-describedby={p.error ? `${id}-err` : undefined}>
      <legend>{p.legend}</legend>
      {p.options.map((o) => (
        <label key={o.value} class="choice__option">
          <input
            type={p.multiple ? "checkbox" : "radio"}
            name={p.name}
            value={o.value}
            checked={selected(o.value)}
            onChange={(e) => p.onChange(o.value, e.currentTarget.checked)}
          />
          <span>
            {o.label}
            {o.hint && <small class="choice__hint"> {o.hint}</small>}
          </span>
        </label>
      ))}
      {p.error && (
        <p class="field__error" id={`${id}-err`} role="alert">
          {p.error}
        </p>
      )}
    </fieldset>
  );
}

/** A status or error banner that screen readers announce. */
export function Notice({ kind, children }: { kind: "error" | "info" | "ok"; children: ComponentChildren }) {
  return (
    <div class={`notice notice--${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
