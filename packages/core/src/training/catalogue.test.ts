import { describe, expect, it } from "vitest";
import raw from "../../../../data/exercises.json" with { type: "json" };
import { InvalidInputError } from "../errors.js";
import { buildCatalogue, catalogue } from "./catalogue.js";
import { MODALITIES, regionsOf } from "./exercise.js";

const cat = catalogue();

describe("data/exercises.json", () => {
  it("validates against the schema with at least 60 entries", () => {
    expect(cat.all.length).toBeGreaterThanOrEqual(60);
  });

  it("gives every entry 3–6 cues and at least one common mistake", () => {
    for (const e of cat.all) {
      expect(e.cues.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.cues.length, e.id).toBeLessThanOrEqual(6);
      expect(e.mistakes.length, e.id).toBeGreaterThanOrEqual(1);
    }
  });

  it("has the ladder families under the agreed ids", () => {
    const families: Record<string, readonly string[]> = {
      "pull-up": [
        "dead-hang",
        "scapular-pull",
        "pullup-negative",
        "pullup-assisted-machine",
        "pullup-band-assisted",
        "chinup",
        "pullup",
        "pullup-weighted",
        "lat-pulldown-wide",
      ],
      "push-up": ["pushup-wall", "pushup-incline", "pushup-knee", "pushup", "pushup-decline"],
      row: ["row-band", "row-inverted", "row-dumbbell-one-arm", "renegade-row"],
    };
    for (const [group, ids] of Object.entries(families)) {
      for (const id of ids) expect(cat.byId(id).variation.group, id).toBe(group);
    }
  });

  it("covers every exercise PRODUCT.md §1 and §7 name", () => {
    const named = [
      "dumbbell-pullover",
      "row-dumbbell-lunge-stance",
      "rear-delt-fly",
      "back-extension-floor",
      "back-extension-bench",
      "donkey-kick",
      "pilates-swimming",
      "squat-bodyweight",
      "romanian-deadlift-dumbbell",
      "lunge-reverse",
      "overhead-press-dumbbell",
      "farmer-carry",
      "plank",
      "face-pull",
      "band-pull-apart",
      "wall-angel",
      "chin-tuck",
      "thoracic-extension",
      "cat-cow",
      "childs-pose",
    ];
    for (const id of named) expect(cat.has(id), id).toBe(true);
  });

  it("offers every cardio modality PRODUCT.md §2 names, as steady cardio", () => {
    const modalities = new Set(cat.byKind("cardio").map((e) => e.modality));
    for (const m of MODALITIES.filter((x) => x !== "bodyweight")) expect(modalities.has(m), m).toBe(true);
    // boxing covers heavy bag and speed bag separately
    expect(
      cat
        .byKind("cardio")
        .filter((e) => e.modality === "boxing")
        .map((e) => e.id),
    ).toEqual(expect.arrayContaining(["heavy-bag", "speed-bag"]));
  });

  it("keeps regressions and progressions inside the same variation group and kind", () => {
    for (const e of cat.all) {
      for (const ref of [...e.variation.regressions, ...e.variation.progressions]) {
        expect(cat.byId(ref).kind, `${e.id} → ${ref}`).toBe(e.kind);
      }
    }
  });

  it("marks back work so the back focus is computable", () => {
    for (const id of ["pullup", "row-dumbbell-one-arm", "rear-delt-fly", "lat-pulldown-wide"])
      expect(regionsOf(cat.byId(id))).toContain("upper-back");
    for (const id of ["back-extension-floor", "pilates-swimming", "superman"])
      expect(regionsOf(cat.byId(id))).toContain("lower-back");
    expect(regionsOf(cat.byId("goblet-squat"))).toEqual(["legs"]);
  });

  it("flags jumping exercises and never flags a non-jumping one", () => {
    expect(cat.byId("jump-rope").jumping).toBe(true);
    expect(cat.byId("squat-jump").jumping).toBe(true);
    expect(cat.byId("rowing-machine").jumping).toBe(false);
    expect(cat.byId("hiit-bodyweight").jumping).toBe(false);
  });

  it("uses the Compendium's resistance-training code for strength work (Herrmann 2024)", () => {
    expect(cat.byId("pullup").met).toEqual({ code: "02054", value: 3.5 });
    expect(cat.byId("rowing-machine").met).toEqual({ code: "02071", value: 5.0 });
    expect(cat.byId("jump-rope").met).toEqual({ code: "02068", value: 11.0 });
  });
});

describe("buildCatalogue", () => {
  const entries = raw as unknown as Record<string, unknown>[];

  it("rejects a dangling progression id", () => {
    const broken = entries.map((e) =>
      e.id === "pullup"
        ? { ...e, variation: { group: "pull-up", regressions: [], progressions: ["pullup-one-arm"] } }
        : e,
    );
    expect(() => buildCatalogue(broken)).toThrow(/unknown exercise "pullup-one-arm"/);
  });

  it("rejects a duplicate id", () => {
    expect(() => buildCatalogue([...entries, entries[0]])).toThrow(InvalidInputError);
  });

  it("rejects an entry with too many cues", () => {
    const broken = entries.map((e) =>
      e.id === "plank" ? { ...e, cues: ["a b", "c d", "e f", "g h", "i j", "k l", "m n"] } : e,
    );
    expect(() => buildCatalogue(broken)).toThrow(/cues/);
  });

  it("filters by owned equipment", () => {
    const home = cat.usableWith([]);
    expect(home.every((e) => e.equipment.every((q) => q === "none"))).toBe(true);
    expect(home.map((e) => e.id)).toContain("pushup");
    expect(home.map((e) => e.id)).not.toContain("pullup");
    expect(cat.usableWith(["pullup-bar"]).map((e) => e.id)).toContain("pullup");
    expect(cat.usableWith(["pullup-bar"]).map((e) => e.id)).not.toContain("pullup-weighted");
  });
});
