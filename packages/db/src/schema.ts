import type { ColumnType } from "kysely";
import type { FoodTables } from "./schema-food.js";

// Row types as the database returns them. Conventions (docs/adr/0003-storage.md):
// ids are UUIDv7 text; instants are epoch-ms integers (bigint in PostgreSQL, parsed to number);
// calendar dates are 'YYYY-MM-DD' text; booleans are 0/1 integers on both dialects; JSON is text.
// Repositories hide these encodings: callers see camelCase objects, booleans and parsed JSON.

/** Epoch milliseconds. */
export type EpochMs = number;
/** 'YYYY-MM-DD' calendar date in the user's time zone. */
export type IsoDate = string;
/** 0 = false, 1 = true. */
export type Bool01 = 0 | 1;
/** JSON stored as text. */
export type JsonText = string;
/** A column with a database default that inserts may omit. */
export type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type Role = "admin" | "user";

export interface UsersTable {
  id: string;
  /** Lower-cased at write time; unique. */
  email: string;
  password_hash: string;
  role: Role;
  display_name: string | null;
  disabled_at: EpochMs | null;
  created_at: EpochMs;
  updated_at: EpochMs;
  password_changed_at: EpochMs;
  /** 1 = the account coaches others and may use the app without a body profile. */
  coaches: Defaulted<Bool01>;
}

export interface AuthSessionsTable {
  id: string;
  user_id: string;
  /** sha256 of the cookie token, hex; the token itself is never stored. */
  token_hash: string;
  created_at: EpochMs;
  expires_at: EpochMs;
  last_seen_at: EpochMs;
  user_agent: string | null;
  ip: string | null;
  revoked_at: EpochMs | null;
}

export interface RateLimitsTable {
  key: string;
  window_start: EpochMs;
  count: number;
}

export interface ProfilesTable {
  user_id: string;
  sex: "female" | "male";
  birth_date: IsoDate;
  height_mm: number;
  unit_system: "metric" | "imperial";
  floor_kcal: number | null;
  pal: number | null;
  body_fat_pct: number | null;
  goal: JsonText | null;
  equipment: JsonText | null;
  schedule: JsonText | null;
  cardio_prefs: JsonText | null;
  exclusions: JsonText | null;
  pullup_answer: JsonText | null;
  timezone: string;
  updated_at: EpochMs;
}

export interface PlansTable {
  id: string;
  user_id: string;
  params: JsonText;
  plan: JsonText;
  created_at: EpochMs;
  is_current: Bool01;
}

export interface WeighInsTable {
  id: string;
  user_id: string;
  date: IsoDate;
  weight_kg: number;
  note: string | null;
  client_id: string | null;
  created_at: EpochMs;
  updated_at: EpochMs;
}

export interface BodyMeasurementsTable {
  id: string;
  user_id: string;
  date: IsoDate;
  waist_mm: number | null;
  neck_mm: number | null;
  hip_mm: number | null;
  chest_mm: number | null;
  arm_mm: number | null;
  thigh_mm: number | null;
  body_fat_pct: number | null;
  note: string | null;
  client_id: string | null;
  created_at: EpochMs;
  updated_at: EpochMs;
}

export interface WorkoutsTable {
  id: string;
  user_id: string;
  date: IsoDate;
  planned_ref: string | null;
  title: string;
  started_at: EpochMs | null;
  finished_at: EpochMs | null;
  notes: string | null;
  client_id: string | null;
  /**
   * "<date>/<planned session>" (planned_ref after its last ":") when the workout carries out a
   * planned session, else null; unique per user: one planned session is logged once a day.
   */
  session_key: string | null;
  created_at: EpochMs;
  updated_at: EpochMs;
}

/** A person's own interval timer (web builder), seconds throughout. */
export interface CustomIntervalsTable {
  id: string;
  user_id: string;
  name: string;
  work_s: number;
  rest_s: number;
  rounds: number;
  warmup_s: number;
  cooldown_s: number;
  client_id: string | null;
  created_at: EpochMs;
  updated_at: EpochMs;
}

/** The server's VAPID key pair (Web Push), one row: id "default". */
export interface PushVapidKeysTable {
  id: string;
  public_key: string;
  private_key: string;
  created_at: EpochMs;
}

/** A device's Web Push subscription (endpoint and its encryption keys, base64url). */
export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  user_agent: string | null;
  created_at: EpochMs;
  last_sent_at: EpochMs | null;
}

/** A person's reminder times ("HH:MM" local, null = off) and quiet hours. */
export interface ReminderSettingsTable {
  user_id: string;
  weigh_in_time: string | null;
  session_time: string | null;
  check_in_time: string | null;
  quiet_start: string | null;
  quiet_end: string | null;
  updated_at: EpochMs;
}

/** One reminder sent: (user, kind, local date) is unique, so it goes out once across instances. */
export interface ReminderSendsTable {
  user_id: string;
  kind: "weigh-in" | "session" | "check-in";
  local_date: IsoDate;
  sent_at: EpochMs;
}

export type LoadType = "external" | "bodyweight" | "assisted" | "band" | "none";

export interface WorkoutSetsTable {
  id: string;
  workout_id: string;
  exercise_id: string;
  /** Order within the workout, 0-based; unique per workout. */
  set_index: number;
  reps: number | null;
  load_kg: number | null;
  load_type: LoadType;
  assistance_kg: number | null;
  rpe: number | null;
  duration_s: number | null;
}

export interface WorkoutCardioTable {
  id: string;
  workout_id: string;
  modality: string;
  duration_s: number;
  distance_m: number | null;
  avg_hr: number | null;
  met_code: string | null;
}

export interface CheckInsTable {
  id: string;
  user_id: string;
  /** Monday of the week checked, 'YYYY-MM-DD'; unique per user. */
  week_start: IsoDate;
  expenditure_kcal: number | null;
  target_kcal: number;
  proposed_kcal: number;
  /** null = not decided yet. */
  accepted: Bool01 | null;
  details: JsonText | null;
  created_at: EpochMs;
  updated_at: EpochMs;
}

export type TrainerLinkStatus = "invited" | "accepted" | "revoked";

export interface TrainerLinksTable {
  id: string;
  trainer_id: string;
  client_id: string;
  status: TrainerLinkStatus;
  invite_token_hash: string | null;
  created_at: EpochMs;
  accepted_at: EpochMs | null;
  revoked_at: EpochMs | null;
  /** When the client allowed this trainer to change their plan; null = read only. */
  plan_consent_at: EpochMs | null;
}

/** A comment on a client's week or planned session, by their trainer or by the client. */
export interface TrainerCommentsTable {
  id: string;
  client_id: string;
  author_id: string;
  subject: "week" | "session";
  /** Monday 'YYYY-MM-DD' of the week, or "<date>/<planned session id>". */
  subject_key: string;
  body: string;
  created_at: EpochMs;
}

/** One change a trainer made to a client's data (written by the route mechanism). */
export interface TrainerAuditTable {
  id: string;
  client_id: string;
  trainer_id: string;
  method: string;
  path: string;
  summary: string;
  created_at: EpochMs;
}

/** The accepted target snapshot (20261202T2002_accepted_targets): in force from effective_from on. */
export interface AcceptedTargetsTable {
  id: string;
  user_id: string;
  effective_from: IsoDate;
  reason: "onboarding" | "plan-edit" | "check-in";
  target_kcal: number;
  /** JSON: the targets as shown (servings, floor, rate, basis weight…). */
  snapshot: JsonText;
  created_at: EpochMs;
}

/** A person's secret calendar subscription (20261203T0905_calendar_feeds): sha256 of the token. */
export interface CalendarFeedsTable {
  user_id: string;
  token_hash: string;
  created_at: EpochMs;
}

/** What a calendar event last said (fingerprint) and its SEQUENCE / LAST-MODIFIED (same migration). */
export interface CalendarEventRevisionsTable {
  user_id: string;
  uid: string;
  fingerprint: string;
  sequence: number;
  last_modified: EpochMs;
}

export type BackPhotoPose = "relaxed" | "arms-raised" | "side";

/** A back photo's facts (20261203T0908_back_photos); the image is stored apart (ADR 0024). */
export interface BackPhotosTable {
  id: string;
  user_id: string;
  date: IsoDate;
  pose: BackPhotoPose;
  content_type: string;
  width: number;
  height: number;
  bytes: number;
  shared_with_trainer: Bool01;
  created_at: EpochMs;
  updated_at: EpochMs;
}

/** PostgreSQL only: the image bytes of a back photo (SQLite keeps them in the data directory). */
export interface BackPhotoBlobsTable {
  photo_id: string;
  data: Uint8Array;
}

export interface CoreTables {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  rate_limits: RateLimitsTable;
  profiles: ProfilesTable;
  plans: PlansTable;
  weigh_ins: WeighInsTable;
  body_measurements: BodyMeasurementsTable;
  workouts: WorkoutsTable;
  workout_sets: WorkoutSetsTable;
  workout_cardio: WorkoutCardioTable;
  custom_intervals: CustomIntervalsTable;
  check_ins: CheckInsTable;
  trainer_links: TrainerLinksTable;
  trainer_comments: TrainerCommentsTable;
  trainer_audit: TrainerAuditTable;
  accepted_targets: AcceptedTargetsTable;
  calendar_feeds: CalendarFeedsTable;
  calendar_event_revisions: CalendarEventRevisionsTable;
  push_vapid_keys: PushVapidKeysTable;
  push_subscriptions: PushSubscriptionsTable;
  reminder_settings: ReminderSettingsTable;
  reminder_sends: ReminderSendsTable;
  back_photos: BackPhotosTable;
  back_photo_blobs: BackPhotoBlobsTable;
}

export interface Database extends CoreTables, FoodTables {}
