import type { ComponentType } from "preact";

/** What every page component receives from the router. */
export interface PageProps {
  /** The pattern's `:name` segments, e.g. { sessionId: "today" } for /player/:sessionId. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

export interface PageEntry {
  /** Pattern such as "/diary" or "/player/:sessionId". */
  readonly path: string;
  /** Document title; the page's own <h1> receives focus after navigation. */
  readonly title: string;
  /** Lazy import so each page is its own chunk (first-load budget: 150 KB gzip). */
  readonly load: () => Promise<ComponentType<PageProps>>;
  /** Reachable signed out (sign-up, login). */
  readonly public?: boolean;
  /** Reachable before onboarding is finished. */
  readonly beforeOnboarding?: boolean;
  /** Reachable without a body profile by an account that coaches others (the trainer workspace). */
  readonly forCoaches?: boolean;
}

// One line per page; keep the order most-specific first. Other pages add their own line.
// prettier-ignore
export const pages: readonly PageEntry[] = [
  { path: "/login", title: "Sign in", public: true, beforeOnboarding: true, load: () => import("./auth/login-page.js").then((m) => m.LoginPage) },
  { path: "/signup", title: "Create account", public: true, beforeOnboarding: true, load: () => import("./auth/signup-page.js").then((m) => m.SignupPage) },
  { path: "/onboarding", title: "Set up your plan", beforeOnboarding: true, load: () => import("./onboarding/onboarding-page.js").then((m) => m.OnboardingPage) },
  { path: "/clients/:clientId/progress", title: "Client's progress", forCoaches: true, load: () => import("./coaching/client-progress-page.js").then((m) => m.ClientProgressPage) },
  { path: "/clients/:clientId", title: "Client", forCoaches: true, load: () => import("./coaching/client-page.js").then((m) => m.ClientPage) },
  { path: "/clients", title: "Your clients", forCoaches: true, load: () => import("./coaching/clients-page.js").then((m) => m.ClientsPage) },
  { path: "/", title: "Today", load: () => import("./today/today-page.js").then((m) => m.TodayPage) },
  { path: "/settings", title: "Settings", load: () => import("./settings/settings-page.js").then((m) => m.SettingsPage) },
  { path: "/plan", title: "Your plan", load: () => import("./plan/plan-page.js").then((m) => m.PlanPage) },
  { path: "/progress", title: "Progress", load: () => import("./progress/progress-page.js").then((m) => m.ProgressPage) },
  { path: "/photos", title: "Back photos", load: () => import("./photos/photos-page.js").then((m) => m.PhotosPage) },
  { path: "/checkin", title: "Weekly check-in", load: () => import("./checkin/checkin-page.js").then((m) => m.CheckInPage) },
  { path: "/timer/new", title: "Build an interval timer", load: () => import("./timers/interval-builder-page.js").then((m) => m.IntervalBuilderPage) },
  { path: "/timer/custom/:id/edit", title: "Edit interval timer", load: () => import("./timers/interval-builder-page.js").then((m) => m.IntervalBuilderPage) },
  { path: "/timer/custom/:id", title: "Interval timer", load: () => import("./timers/custom-timer-page.js").then((m) => m.CustomTimerPage) },
  { path: "/timer/:pattern", title: "Interval timer", beforeOnboarding: true, load: () => import("./player/timer-page.js").then((m) => m.TimerPage) },
  { path: "/timer", title: "Interval timers", beforeOnboarding: true, load: () => import("./player/timer-page.js").then((m) => m.TimerIndexPage) },
  { path: "/workouts/:id", title: "Edit workout", load: () => import("./workouts/workout-edit-page.js").then((m) => m.WorkoutEditPage) },
  { path: "/diary", title: "Food diary", load: () => import("./diary/diary-page.js").then((m) => m.DiaryPage) },
  { path: "/player/exercise/:exerciseId", title: "Log an exercise", load: () => import("./player/player-page.js").then((m) => m.ExercisePlayerPage) },
  { path: "/player/:sessionId", title: "Workout", load: () => import("./player/player-page.js").then((m) => m.PlayerPage) },
  { path: "/player", title: "Workout", load: () => import("./player/player-page.js").then((m) => m.PlayerPage) },
];
