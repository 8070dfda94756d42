import { useEffect, useRef, useState } from "preact/hooks";

/** How long an Undo is offered (a toast long enough to read and reach). */
export const UNDO_MS = 6000;

export interface UndoToastProps {
  /** What just happened, e.g. "Removed Egg, whole, raw from breakfast." */
  readonly message: string;
  /** Puts it back; the toast closes when it resolves. */
  readonly onUndo: () => Promise<void>;
  /** The toast is gone (timed out, undone or dismissed). */
  readonly onClose: () => void;
  readonly ms?: number;
}

/**
 * A status toast with an Undo button, shown for UNDO_MS (6 s) after a removal. The parent gives it
 * a `key` per removal, so a second removal starts its own time.
 */
export function UndoToast({ message, onUndo, onClose, ms = UNDO_MS }: UndoToastProps) {
  const [busy, setBusy] = useState(false);
  // The latest onClose, so the parent's re-renders never restart the time.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (busy) return undefined;
    const t = setTimeout(() => close.current(), ms);
    return () => clearTimeout(t);
  }, [busy, ms]);
  return (
    <div class="toast" role="status" data-testid="undo-toast">
      <span>{message}</span>
      <button
        type="button"
        class="button secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onUndo().finally(() => close.current());
        }}
      >
        Undo
      </button>
    </div>
  );
}
