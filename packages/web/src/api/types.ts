// Shapes of the API's JSON answers, mirrored from the server's zod schemas
// (packages/server/src/accounts/schemas.ts, features/*/…-schema.ts). The web imports core only,
// so these are written out; /api/openapi.json is the reference.

export interface User {
  readonly id: string;
  readonly email: string;
  readonly role: "admin" | "user";
  readonly displayName: string | null;
  /** Coaches others: may use the trainer workspace without a body profile. */
  readonly coaches: boolean;
}

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type UnitSystem = "metric" | "imperial";

export interface Goal {
  readonly weightKg: number;
  readonly date?: string;
  readonly rate?: { readonly kind: "pctPerWeek" | "kgPerWeek"; readonly value: number };
}

export interface ProfileInput {
  readonly sex: "female" | "male";
  readonly birthDate: string;
  readonly heightMm: number;
  readonly unitSystem: UnitSystem;
  readonly timezone: string;
  readonly pal: number | null;
  readonly floorKcal: number | null;
  readonly bodyFatPct: number | null;
  readonly goal: Goal | null;
  readonly equipment: readonly string[];
  readonly schedule: { readonly days: readonly Weekday[]; readonly minutes: number } | null;
  readonly cardioPrefs: readonly string[];
  readonly exclusions: readonly string[];
  readonly fitness: {
    readonly level: string;
    readonly pullups?: number;
    readonly canHang?: boolean;
    readonly pushups?: number;
  } | null;
}

export interface Profile extends ProfileInput {
  readonly userId: string;
  readonly ageYears: number;
  readonly updatedAt: number;
}

export interface WeighIn {
  readonly id: string;
  readonly date: string;
  readonly weightKg: number;
  readonly note: string | null;
  readonly clientId: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface SessionInfo {
  readonly id: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly expiresAt: number;
  readonly userAgent: string | null;
  readonly ip: string | null;
  readonly current: boolean;
}

/** GET /api/users/{userId}/targets (server features/energy/accepted-targets.ts): the accepted targets. */
export interface Targets {
  readonly date: string;
  readonly weightKg: number;
  readonly targetKcal: number;
  readonly source: "check-in" | "goal-date" | "rate" | "default" | "maintenance";
  readonly floorKcal: number;
  readonly floorApplied: boolean;
  readonly rateKgPerWeek: number;
  readonly proteinGPerDay: number;
  /** Grams of protein (not of food) at each main meal. */
  readonly proteinGPerMeal: number;
  readonly mealsPerDay: number;
  /** What the protein is computed from: fat-free mass, goal weight, weight, or the weight at BMI 25. */
  readonly proteinBasis: "fat-free-mass" | "goal-weight" | "weight" | "bmi-25-weight";
  readonly proteinBasisKg: number;
  readonly proteinGPerKg: number;
  /** The protocol's protein-food serving per meal, g of food (55–115 g). */
  readonly proteinFoodGPerMeal: number;
  readonly fatServings: number;
  readonly vegetableServings: number;
  readonly warnings: readonly string[];
  /** The day these targets took effect and what set them: they change only on a check-in or plan edit. */
  readonly acceptedOn: string;
  readonly acceptedBy: "onboarding" | "plan-edit" | "check-in";
  /** The accepted target, and what the week's planned treats change today (targetKcal includes it). */
  readonly baseTargetKcal: number;
  readonly treatChangeKcal: number;
}

/** One food's portion carrying a meal's protein (server features/energy/protein-portions.ts). */
export interface ProteinPortion {
  readonly foodId: string;
  readonly name: string;
  readonly proteinGPer100g: number;
  readonly grams: number;
  readonly source: "logged" | "example";
}

/** GET /api/users/{userId}/targets/protein-portions. */
export interface ProteinPortions {
  readonly proteinGPerDay: number;
  readonly proteinGPerMeal: number;
  readonly mealsPerDay: number;
  readonly portions: readonly ProteinPortion[];
}

/** GET /api/users/{userId}/forecast (server features/energy/forecast.ts): weekly points. */
export interface Forecast {
  readonly startDate: string;
  readonly startWeightKg: number;
  readonly intakeKcal: number;
  readonly days: number;
  /** "measured": run from the maintenance the person's log measured; "formula": RMR × PAL. */
  readonly basis: "measured" | "formula";
  readonly maintenanceKcal: number;
  readonly bandPct: number;
  readonly points: readonly { date: string; weightKg: number; lowKg: number; highKg: number }[];
  readonly goalWeightKg: number | null;
  readonly goalReachedOn: string | null;
  readonly trackRecord: ForecastTrackRecord | null;
}

/** The forecast of 4 weeks ago, re-made from the log as it stood, beside the weight now. */
export interface ForecastTrackRecord {
  readonly madeOn: string;
  readonly forDate: string;
  readonly basis: "measured" | "formula";
  readonly intakeKcal: number;
  readonly forecastKg: number;
  readonly lowKg: number;
  readonly highKg: number;
  readonly actualKg: number;
  readonly errorKg: number;
  readonly withinBand: boolean;
}
