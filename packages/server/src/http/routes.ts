import type { Route, RouteModule } from "./route.js";
import { accountRoutes } from "../accounts/routes.js";
import { adminRoutes } from "../accounts/admin-routes.js";
import { trainerRoutes } from "../accounts/trainer-routes.js";
import { profileRoutes } from "../features/profile/profile-routes.js";
import { weighInRoutes } from "../features/weigh-ins/weigh-ins-routes.js";
import { measurementRoutes } from "../features/measurements/measurements-routes.js";
import { workoutRoutes } from "../features/workouts/workouts-routes.js";
import { customIntervalRoutes } from "../features/intervals/custom-intervals-routes.js";
import { energyRoutes } from "../features/energy/energy-routes.js";
import { planRoutes } from "../features/plan/plan-routes.js";
import { exportRoutes } from "../features/export/export-routes.js";
import { calendarRoutes } from "../features/calendar/calendar-routes.js";
import { photoRoutes } from "../features/photos/photos-routes.js";
import { diaryRoutes } from "../food/diary-routes.js";
import { foodRoutes } from "../food/food-routes.js";
import { treatSettingsRoutes } from "../food/treat-settings-routes.js";
import { reminderRoutes } from "../features/reminders/reminders-routes.js";
import { importRoutes } from "../features/imports/imports-routes.js";
import { coachingRoutes } from "../features/coaching/coaching-routes.js";

/**
 * The route registry: every feature's route module, one line each. The app mounts these, the
 * OpenAPI document is generated from them, and the authorization matrix and fuzz tests
 * enumerate them — a route that is not listed here does not exist.
 */
// prettier-ignore
export const routeModules: readonly RouteModule[] = [
  accountRoutes,
  profileRoutes,
  weighInRoutes,
  measurementRoutes,
  workoutRoutes,
  customIntervalRoutes,
  energyRoutes,
  planRoutes,
  exportRoutes,
  calendarRoutes,
  photoRoutes,
  trainerRoutes,
  coachingRoutes,
  adminRoutes,
  foodRoutes,
  diaryRoutes,
  treatSettingsRoutes,
  reminderRoutes,
  importRoutes,
];

/** Every route, flattened. */
export function allRoutes(modules: readonly RouteModule[] = routeModules): readonly Route[] {
  return modules.flat();
}
