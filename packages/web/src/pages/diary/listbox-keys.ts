/**
 * The active option of a combobox's listbox after a key press (WAI-ARIA APG combobox pattern):
 * ArrowDown/ArrowUp move and wrap, Home/End jump, anything else keeps it. -1 means none.
 *
 * @example
 * nextActive(-1, "ArrowDown", 5); // → 0
 */
export function nextActive(current: number, key: string, count: number): number {
  if (count <= 0) return -1;
  // The list may have shrunk since `current` was set (new results): clamp first.
  const c = Math.min(current, count - 1);
  switch (key) {
    case "ArrowDown":
      return c < 0 || c >= count - 1 ? 0 : c + 1;
    case "ArrowUp":
      return c <= 0 ? count - 1 : c - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return c;
  }
}
