import type { Migration } from "kysely";
import * as core20261120T2300 from "./20261120T2300_core.js";
import * as food20261120T2330 from "./20261120T2330_food.js";
import * as acceptedTargets20261202T2002 from "./20261202T2002_accepted_targets.js";
import * as treats20261202T2003 from "./20261202T2003_treats.js";
import * as workoutSessionKey20261202T2004 from "./20261202T2004_workout_session_key.js";
import * as customIntervals20261202T2007 from "./20261202T2007_custom_intervals.js";
import * as calendarFeeds20261203T0905 from "./20261203T0905_calendar_feeds.js";
import * as quickAddNutrients20261203T0906 from "./20261203T0906_quick_add_nutrients.js";
import * as backPhotos20261203T0908 from "./20261203T0908_back_photos.js";
import * as trainerWorkspace20261203T0909 from "./20261203T0909_trainer_workspace.js";
import * as pushReminders20261203T0910 from "./20261203T0910_push_reminders.js";

// The ordered, static list of migrations (no filesystem scan: works the same under tsx, bundlers
// and tests). Keys are the names recorded in the kysely_migration table: never rename one.
// Append new migrations at the end with a later timestamp; never edit a shipped file.
export const migrations: Record<string, Migration> = {
  "20261120T2300_core": core20261120T2300,
  "20261120T2330_food": food20261120T2330,
  "20261202T2002_accepted_targets": acceptedTargets20261202T2002,
  "20261202T2003_treats": treats20261202T2003,
  "20261202T2004_workout_session_key": workoutSessionKey20261202T2004,
  "20261202T2007_custom_intervals": customIntervals20261202T2007,
  "20261203T0905_calendar_feeds": calendarFeeds20261203T0905,
  "20261203T0906_quick_add_nutrients": quickAddNutrients20261203T0906,
  "20261203T0908_back_photos": backPhotos20261203T0908,
  "20261203T0909_trainer_workspace": trainerWorkspace20261203T0909,
  "20261203T0910_push_reminders": pushReminders20261203T0910,
};
