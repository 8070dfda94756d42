import { SR28_ABBREVIATIONS, SR28_PHRASES } from "./sr28-abbreviations.js";

/** The most UTF-16 units of a food's name, brand or category we keep from any outside source. */
export const FOOD_TEXT_MAX = 200;

/**
 * Outside food text (an Open Food Facts product name, an FDC description) cut to `max` UTF-16
 * units before any regex or ranking sees it, never splitting a surrogate pair, then trimmed.
 *
 * @example
 * clipFoodText("a".repeat(100_000)).length; // → 200
 * clipFoodText("  Skyr  "); // → "Skyr"
 */
export function clipFoodText(text: string, max: number = FOOD_TEXT_MAX): string {
  if (text.length <= max) return text.trim();
  const last = text.charCodeAt(max - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return text.slice(0, cut).trim();
}

/**
 * Expands SR28 abbreviations word by word and lowercases, keeping the comma structure.
 *
 * @example
 * expandSr28Name("EGG, WHL, RAW, FRSH"); // → "egg, whole, raw, fresh"
 */
export function expandSr28Name(shortDesc: string): string {
  return shortDesc
    .toLowerCase()
    .replace(/\s+/g, " ")
    .split(", ")
    .map((part) =>
      Object.entries(SR28_PHRASES)
        .reduce((text, [from, to]) => text.replace(new RegExp(`\\b${from}\\b`, "g"), to), part)
        .replace(/\b(w|wo)\/\s*/g, (_m, w: string) => `${w}/ `)
        .split(" ")
        .map((word) => (Object.hasOwn(SR28_ABBREVIATIONS, word) ? (SR28_ABBREVIATIONS[word] ?? word) : word))
        .join(" ")
        .trim(),
    )
    .filter((p) => p.length > 0)
    .join(", ");
}

/** Leading class words dropped when the next part names the food ("nuts, almonds" → "almonds"). */
const DROP_CLASS = new Set([
  "nuts",
  "fish",
  "seeds",
  "spices",
  "beverages",
  "cereals",
  "cereals ready-to-eat",
  "candies",
  "snacks",
  "crustaceans",
  "mollusks",
]);
/** Leading class words that read better after a one-word qualifier ("oil, olive" → "olive oil"). */
const SUFFIX_CLASS = new Set([
  "oil",
  "yogurt",
  "cheese",
  "milk",
  "beans",
  "rice",
  "flour",
  "bread",
  "juice",
  "sauce",
  "tea",
  "lettuce",
  "squash",
  "cabbage",
  "peppers",
  "onions",
  "pasta",
  "noodles",
  "butter",
]);
/** Meats whose cut should follow directly ("chicken … breast" → "chicken breast"). */
const MEATS = new Set(["chicken", "turkey", "beef", "pork", "lamb", "duck", "veal"]);
const CUTS = new Set([
  "breast",
  "thigh",
  "drumstick",
  "wing",
  "leg",
  "back",
  "ground",
  "liver",
  "tenderloin",
  "loin",
  "ribs",
  "giblets",
  "heart",
]);
/** Segments that add no meaning for a person ("broilers or fryers"). */
const FILLER = new Set(["broilers or fryers", "all commercial varieties", "salad or cooking", "fresh"]);
/** Words that are states, not names, so they never join a class word. */
const STATES = new Set([
  "raw",
  "cooked",
  "plain",
  "whole",
  "frozen",
  "canned",
  "dried",
  "fresh",
  "regular",
  "roasted",
]);
const PARENTHESISED = new Set(["meat only", "meat and skin", "with skin", "without skin"]);

/**
 * A readable display name from an expanded SR28 name; the original stays searchable.
 *
 * @example
 * displayFoodName("chicken, broilers or fryers, breast, meat only, cooked, roasted");
 * // → "Chicken breast, cooked, roasted (meat only)"
 */
export function displayFoodName(expanded: string): string {
  let parts = expanded.split(", ").filter((p) => p.length > 0);
  const note: string[] = [];
  parts = parts.filter((p) => {
    if (PARENTHESISED.has(p)) {
      note.push(p);
      return false;
    }
    return !FILLER.has(p) || parts.length <= 1;
  });
  const [first, second] = parts;
  if (first !== undefined && second !== undefined) {
    if (DROP_CLASS.has(first)) {
      parts = parts.slice(1);
    } else if (SUFFIX_CLASS.has(first) && !second.includes(" ") && !STATES.has(second)) {
      // "milk, buttermilk" → "buttermilk", not "buttermilk milk".
      parts = [second.endsWith(first) ? second : `${second} ${first}`, ...parts.slice(2)];
    } else if (MEATS.has(first)) {
      const cutIndex = parts.findIndex((p, i) => i > 0 && CUTS.has(p));
      if (cutIndex > 0) {
        const cut = parts[cutIndex] ?? "";
        parts = [`${first} ${cut}`, ...parts.filter((_, i) => i !== 0 && i !== cutIndex)];
      }
    }
  }
  const text = parts.join(", ") + (note.length > 0 ? ` (${note.join(", ")})` : "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
