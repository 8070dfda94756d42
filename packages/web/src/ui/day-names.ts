/** Weekday keys of a plan → names shown to people. Kept apart so the onboarding summary does not pull in the plan page. */
export const DAY_NAMES = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
} as const;
