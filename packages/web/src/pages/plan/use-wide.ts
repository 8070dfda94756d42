import { useEffect, useState } from "preact/hooks";

/** Wide screens (≥ 64 rem, the calendar's column breakpoint in plan.css). */
const QUERY = "(min-width: 64rem)";

/** True while the viewport is wide enough for the seven-column week; follows resizes. */
export function useWide(): boolean {
  const [wide, setWide] = useState(() => typeof matchMedia === "function" && matchMedia(QUERY).matches);
  useEffect(() => {
    if (typeof matchMedia !== "function") return;
    const m = matchMedia(QUERY);
    const on = () => setWide(m.matches);
    m.addEventListener("change", on);
    on();
    return () => m.removeEventListener("change", on);
  }, []);
  return wide;
}
