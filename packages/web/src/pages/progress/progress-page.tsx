import { useEffect, useMemo } from "preact/hooks";
import { parseProgramInput } from "@leanback/core/training/program-input";
import { ladderChoice } from "@leanback/core/training/program-slots";
import { addDays } from "@leanback/core/trend/iso-day";
import type { Profile } from "../../api/types.js";
import { programInputFor } from "../../api/plan-model.js";
import { useSession } from "../../api/session.js";
import { useApi } from "../../api/use-api.js";
import { errorMessage } from "../../api/errors.js";
import { onSynced } from "../../pwa/outbox-sync.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import type { PageProps } from "../registry.js";
import { ExpenditureSection } from "./expenditure-section.js";
import { MeasurementsSection } from "./measurements-section.js";
import { localToday } from "../../ui/dates.js";
import { chartRange, progressApiFor } from "../../api/progress-api.js";
import { TrainingSection } from "./training-section.js";
import { pullUpRung, weeklyTraining } from "../../ui/training-summary.js";
import { massUnitOf, WeighInOnly, WeightSection } from "./weight-section.js";
import "./progress.css";

const TRAINING_WEEKS = 4;

/** The pull-up rung the plan starts the person on (same input as the plan page). */
function placedOnPullUpLadder(profile: Profile, userId: string): string | null {
  try {
    return ladderChoice("pull-up", parseProgramInput(programInputFor(profile, userId)))?.exercise.id ?? null;
  } catch {
    return null;
  }
}

/** Progress: weight vs plan, measurements with Navy body fat, expenditure, training, records. */
export function ProgressPage(_props: PageProps) {
  const { profile, user } = useSession();
  if (!profile) return <p class="loading">Loading…</p>;
  return <ProgressView subject="me" userId={user?.id ?? ""} profile={profile} title="Progress" />;
}

export interface ProgressViewProps {
  /** Whose progress: "me", or a client's id (then read only: no forms). */
  readonly subject: string;
  readonly userId: string;
  readonly profile: Profile;
  readonly title: string;
}

/** The Progress page's content for `subject`; the same view a trainer opens for a client. */
export function ProgressView({ subject, userId, profile, title }: ProgressViewProps) {
  const progressApi = useMemo(() => progressApiFor(subject), [subject]);
  const own = subject === "me";
  const today = localToday(profile.timezone);
  const weighIns = useApi((s) => progressApi.weighIns(s, chartRange(today)), [today]);
  const targets = useApi((s) => progressApi.targets(s), [weighIns.data]);
  const expenditure = useApi((s) => progressApi.expenditure(s), [weighIns.data]);
  const forecast = useApi((s) => progressApi.forecast(s), [weighIns.data]);
  const checkIns = useApi((s) => progressApi.checkIns(s), []);
  const measurements = useApi((s) => progressApi.measurements(s, chartRange(today)), [today]);
  const workouts = useApi((s) => progressApi.workouts(addDays(today, -7 * TRAINING_WEEKS - 7), s), [today]);
  // The pull-up rung comes from the last 400 days of workouts (the longest range the API answers).
  const allWorkouts = useApi((s) => progressApi.workouts(addDays(today, -399), s), [today]);
  const records = useApi((s) => progressApi.records(s), []);

  // A weigh-in queued offline (here or on Today) joins the chart once the server has it.
  useEffect(() => onSynced(weighIns.reload), [weighIns.reload]);

  const error = [weighIns, measurements, workouts, records].find((x) => x.error !== undefined)?.error;
  const ladder = allWorkouts.data
    ? pullUpRung(allWorkouts.data.workouts, placedOnPullUpLadder(profile, userId))
    : null;
  return (
    <section class="progress-page">
      <PageHeading>{title}</PageHeading>
      {error !== undefined && <Notice kind="error">{errorMessage(error)}</Notice>}
      {weighIns.data ? (
        <WeightSection
          profile={profile}
          weighIns={weighIns.data.weighIns}
          targets={targets.data}
          today={today}
          {...(own ? { onLogged: weighIns.reload } : {})}
        />
      ) : weighIns.error !== undefined && own ? (
        // The weigh-ins could not be read (offline, never opened here online): logging still works.
        <WeighInOnly profile={profile} today={today} onLogged={weighIns.reload} />
      ) : (
        <p class="loading">Loading weigh-ins…</p>
      )}
      {measurements.data && (
        <MeasurementsSection
          profile={profile}
          measurements={measurements.data.measurements}
          today={today}
          {...(own ? { onAdded: measurements.reload } : {})}
        />
      )}
      <ExpenditureSection
        expenditure={expenditure.data}
        targets={targets.data}
        checkIns={[...(checkIns.data?.checkIns ?? [])].reverse()}
        forecast={forecast.data}
        units={profile.unitSystem}
      />
      {workouts.data && records.data && (
        <TrainingSection
          weeks={weeklyTraining(workouts.data.workouts, today, TRAINING_WEEKS)}
          records={records.data.records}
          ladder={ladder}
          unit={massUnitOf(profile)}
          recent={workouts.data.workouts.slice(-10).reverse()}
        />
      )}
    </section>
  );
}
