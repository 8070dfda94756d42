import { requireRange } from "../errors.js";

/** Validates a physical activity level: 1.4–2.4 for a free-living adult (FAO/WHO/UNU 2004). */
export function validatePal(pal: number): number {
  // FAO/WHO/UNU 2004 Human energy requirements, Table 4.1 (PAL below 1.4 is not sustainable).
  return requireRange("pal", pal, 1.4, 2.4, "PAL must be 1.4–2.4");
}
