import { useEffect, useState } from "preact/hooks";
import { onOutboxChange, pending, type OutboxItem } from "./outbox.js";

/** The writes waiting in the outbox, oldest first, kept current as they are queued and sent. */
export function useOutboxItems(): readonly OutboxItem[] {
  const [items, setItems] = useState<readonly OutboxItem[]>([]);
  useEffect(() => {
    const read = () =>
      void pending().then(
        (list) => setItems(list),
        () => undefined,
      );
    read();
    return onOutboxChange(read);
  }, []);
  return items;
}
