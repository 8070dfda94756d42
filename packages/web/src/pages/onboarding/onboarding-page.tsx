import { InvalidInputError } from "@leanback/core/errors";
import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import type { Profile, User, WeighIn } from "../../api/types.js";
import { navigate } from "../../router.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { localToday } from "../../ui/dates.js";
import type { PageProps } from "../registry.js";
import { PlanSummary } from "./plan-summary.js";
import { AboutYouStep, ActivityStep, BodyStep, GoalStep, TrainingStep, type StepProps } from "./steps.js";
import {
  bodyFatOf,
  goalWeightKgOf,
  heightCmOf,
  INITIAL_STATE,
  keepUnasked,
  lengthCmOf,
  massKgOf,
  reopenedStateOf,
  stepOfField,
  toProfileInput,
  type WizardState,
} from "./wizard-state.js";

const STEPS: readonly {
  title: string;
  Body: (p: StepProps) => preact.JSX.Element;
  check: (s: WizardState) => void;
}[] = [
  {
    title: "About you",
    Body: AboutYouStep,
    check: (s) => {
      if (s.sex === "") throw new InvalidInputError("sex", "choose female or male");
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s.birthDate))
        throw new InvalidInputError("birthDate", "enter your birth date");
    },
  },
  {
    title: "Your body",
    Body: BodyStep,
    check: (s) => {
      heightCmOf(s);
      massKgOf(s, s.weight, "weightKg");
      bodyFatOf(s);
    },
  },
  { title: "Activity", Body: ActivityStep, check: () => undefined },
  {
    title: "Your goal",
    Body: GoalStep,
    check: (s) => {
      goalWeightKgOf(s);
      if (s.paceKind === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(s.goalDate))
        throw new InvalidInputError("goal.date", "choose a goal date");
    },
  },
  { title: "Training", Body: TrainingStep, check: () => undefined },
];

function timezone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/**
 * First-run wizard: five short steps, then the plan summary. Reopened after onboarding, it starts
 * from the stored answers and the latest weight, and keeps what it does not ask (floor, exclusions).
 */
export function OnboardingPage(_props: PageProps) {
  const session = useSession();
  const stored = session.profile ?? null;
  const [s, setState] = useState<WizardState>(INITIAL_STATE);
  useEffect(() => {
    if (stored === null) return;
    const ctl = new AbortController();
    api
      .get<{ weighIns: WeighIn[] }>("/api/users/me/weigh-ins", { signal: ctl.signal })
      .catch(() => ({ weighIns: [] as WeighIn[] }))
      .then((r) => {
        // Answers typed before the stored ones arrived win.
        if (!ctl.signal.aborted)
          setState((prev) =>
            prev === INITIAL_STATE ? reopenedStateOf(stored, r.weighIns.at(-1)?.weightKg ?? null) : prev,
          );
      });
    return () => ctl.abort();
  }, [stored?.userId]);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Profile | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (patch: Partial<WizardState>) => setState((prev) => ({ ...prev, ...patch }));

  // Each step change moves focus to the step's heading (announced by screen readers).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step, done]);

  if (done) return <PlanSummary profile={done} />;

  const current = STEPS[step] ?? STEPS[0];
  if (!current) return null;
  const last = step === STEPS.length - 1;

  const showLocal = (e: unknown): boolean => {
    if (!(e instanceof InvalidInputError)) return false;
    setErrors({ [e.field]: e.rule });
    setStep(stepOfField(e.field));
    return true;
  };

  const submit = async () => {
    setBusy(true);
    setBanner(null);
    try {
      const tz = timezone();
      const { profile, weightKg } = toProfileInput(s, tz);
      const saved = await api.put<Profile>("/api/users/me/profile", keepUnasked(profile, stored));
      const date = localToday(tz);
      await api.post("/api/users/me/weigh-ins", { date, weightKg });
      if (s.bodyFatMode === "tape") {
        const mm = (raw: string, f: string) => Math.round(lengthCmOf(s, raw, f) * 10);
        await api.post("/api/users/me/measurements", {
          date,
          waistMm: mm(s.waist, "waistMm"),
          neckMm: mm(s.neck, "neckMm"),
          ...(s.sex === "female" ? { hipMm: mm(s.hip, "hipMm") } : {}),
        });
      }
      session.setProfile(saved);
      setDone(saved);
    } catch (e) {
      if (!showLocal(e)) {
        const fields = fieldErrors(e);
        const first = Object.keys(fields)[0];
        setErrors({ ...fields });
        if (first !== undefined) setStep(stepOfField(first));
        setBanner(errorMessage(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const next = (e: Event) => {
    e.preventDefault();
    setErrors({});
    try {
      current.check(s);
    } catch (err) {
      if (showLocal(err)) return;
      throw err;
    }
    if (last) void submit();
    else setStep(step + 1);
  };

  return (
    <section aria-labelledby="page-title">
      <PageHeading>Set up your plan</PageHeading>
      <p class="muted">
        Step {step + 1} of {STEPS.length}
      </p>
      <form onSubmit={next} noValidate>
        <h2 tabIndex={-1} ref={heading}>
          {current.title}
        </h2>
        {banner && <Notice kind="error">{banner}</Notice>}
        <current.Body s={s} set={set} errors={errors} />
        <div class="actions">
          {step > 0 && (
            <button type="button" class="secondary" onClick={() => setStep(step - 1)}>
              Back
            </button>
          )}
          <button type="submit" disabled={busy}>
            {last ? "Build my plan" : "Next"}
          </button>
        </div>
      </form>
      {stored === null && step === 0 && <CoachInstead />}
    </section>
  );
}

/** "I coach others": marks the account as a coach and opens the client list, no body data asked. */
function CoachInstead() {
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  return (
    <div class="card">
      <h2>Coaching others, not dieting?</h2>
      <p>A coach's account needs no body data. You can still set up your own plan here later.</p>
      {error !== null && <Notice kind="error">{errorMessage(error)}</Notice>}
      <button
        type="button"
        class="secondary"
        onClick={() =>
          void api.put<{ user: User }>("/api/auth/coaching", { coaches: true }).then(
            ({ user }) => {
              session.setUser(user);
              navigate("/clients", { replace: true });
            },
            (e: unknown) => setError(e),
          )
        }
      >
        I coach others
      </button>
    </div>
  );
}
