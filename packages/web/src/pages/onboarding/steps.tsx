import { EQUIPMENT, MODALITIES } from "@leanback/core/training/exercise";
import type { Weekday } from "../../api/types.js";
import { DAY_NAMES } from "../../ui/day-names.js";
import { Choice, Field } from "../../ui/field.js";
import { formatMass } from "../../ui/units.js";
import { goalWeightKgOf, navyEstimate, type WizardState } from "./wizard-state.js";

/** The weight a body-fat goal comes to by the body model, or null while it cannot be worked out. */
function bodyFatGoalKg(s: WizardState): number | null {
  try {
    return goalWeightKgOf(s);
  } catch {
    return null;
  }
}

export interface StepProps {
  readonly s: WizardState;
  readonly set: (patch: Partial<WizardState>) => void;
  readonly errors: Readonly<Record<string, string>>;
}

const toggle = <T,>(list: readonly T[], v: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== v), v] : list.filter((x) => x !== v);

const label = (id: string) => id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());

/** Sex (for the energy equations) and birth date: onboarding's first step and Settings. */
export function SexAndBirthDate({ s, set, errors }: StepProps) {
  return (
    <>
      <Choice
        legend="Sex (for the energy equations)"
        name="sex"
        value={s.sex}
        error={errors.sex}
        options={[
          { value: "female", label: "Female" },
          { value: "male", label: "Male" },
        ]}
        onChange={(v) => set({ sex: v })}
      />
      <Field
        label="Birth date"
        type="date"
        name="birthDate"
        value={s.birthDate}
        error={errors.birthDate}
        onInput={(e) => set({ birthDate: e.currentTarget.value })}
      />
    </>
  );
}

export function AboutYouStep({ s, set, errors }: StepProps) {
  return (
    <>
      <Choice
        legend="Units"
        name="unitSystem"
        value={s.unitSystem}
        options={[
          { value: "metric", label: "Metric (kg, cm)" },
          { value: "imperial", label: "Imperial (lb, ft/in)" },
        ]}
        onChange={(v) => set({ unitSystem: v })}
      />
      <SexAndBirthDate s={s} set={set} errors={errors} />
    </>
  );
}

/** Height in cm, or feet and inches. */
export function HeightFields({ s, set, errors }: StepProps) {
  const metric = s.unitSystem === "metric";
  const numeric = { type: "text" as const, inputMode: "decimal" as const };
  return (
    <>
      {metric ? (
        <Field
          label="Height"
          suffix="cm"
          name="heightCm"
          {...numeric}
          value={s.heightCm}
          error={errors.heightMm}
          onInput={(e) => set({ heightCm: e.currentTarget.value })}
        />
      ) : (
        <>
          <Field
            label="Height (feet)"
            suffix="ft"
            name="heightFt"
            {...numeric}
            value={s.heightFt}
            error={errors.heightMm}
            onInput={(e) => set({ heightFt: e.currentTarget.value })}
          />
          <Field
            label="Height (inches)"
            suffix="in"
            name="heightIn"
            {...numeric}
            value={s.heightIn}
            onInput={(e) => set({ heightIn: e.currentTarget.value })}
          />
        </>
      )}
    </>
  );
}

export function BodyStep({ s, set, errors }: StepProps) {
  const metric = s.unitSystem === "metric";
  const lengthUnit = metric ? "cm" : "in";
  const navy = navyEstimate(s);
  const numeric = { type: "text" as const, inputMode: "decimal" as const };
  return (
    <>
      <HeightFields s={s} set={set} errors={errors} />
      <Field
        label="Weight today"
        suffix={metric ? "kg" : "lb"}
        name="weight"
        {...numeric}
        value={s.weight}
        error={errors.weightKg}
        onInput={(e) => set({ weight: e.currentTarget.value })}
      />
      <Choice
        legend="Body fat (optional)"
        name="bodyFatMode"
        value={s.bodyFatMode}
        options={[
          { value: "skip", label: "Skip" },
          { value: "known", label: "I know my body fat %" },
          { value: "tape", label: "Estimate it from a tape measure", hint: "(US Navy method)" },
        ]}
        onChange={(v) => set({ bodyFatMode: v })}
      />
      {s.bodyFatMode === "known" && (
        <Field
          label="Body fat"
          suffix="%"
          name="bodyFatPct"
          {...numeric}
          value={s.bodyFatPct}
          error={errors.bodyFatPct}
          onInput={(e) => set({ bodyFatPct: e.currentTarget.value })}
        />
      )}
      {s.bodyFatMode === "tape" && (
        <>
          <Field
            label="Waist (at the navel)"
            suffix={lengthUnit}
            name="waist"
            {...numeric}
            value={s.waist}
            error={errors.waistMm}
            onInput={(e) => set({ waist: e.currentTarget.value })}
          />
          <Field
            label="Neck (below the larynx)"
            suffix={lengthUnit}
            name="neck"
            {...numeric}
            value={s.neck}
            error={errors.neckMm}
            onInput={(e) => set({ neck: e.currentTarget.value })}
          />
          {s.sex === "female" && (
            <Field
              label="Hip (widest point)"
              suffix={lengthUnit}
              name="hip"
              {...numeric}
              value={s.hip}
              error={errors.hipMm}
              onInput={(e) => set({ hip: e.currentTarget.value })}
            />
          )}
          <p role="status" data-testid="navy-estimate">
            {navy
              ? `Estimated body fat: ${navy.bodyFatPct.toFixed(1)} % (likely ${navy.lowPct.toFixed(0)}–${navy.highPct.toFixed(0)} %).`
              : "Enter the measurements to see the estimate."}
          </p>
        </>
      )}
    </>
  );
}

export function ActivityStep({ s, set, errors }: StepProps) {
  return (
    <Choice
      legend="How active is your day, outside planned workouts?"
      name="pal"
      value={s.pal}
      error={errors.pal}
      options={[
        { value: "1.5", label: "Mostly sitting", hint: "desk job, little walking (PAL 1.5)" },
        { value: "1.6", label: "Some moving about", hint: "on your feet part of the day (PAL 1.6)" },
        { value: "1.8", label: "Active", hint: "standing work or long daily walks (PAL 1.8)" },
        { value: "2.1", label: "Very active", hint: "manual labour most days (PAL 2.1)" },
      ]}
      onChange={(v) => set({ pal: v })}
    />
  );
}

/** The goal and its pace; `weightOnly` (Settings) leaves out the body-fat goal, which needs today's weight. */
export function GoalStep({
  s,
  set,
  errors,
  weightOnly = false,
}: StepProps & { readonly weightOnly?: boolean }) {
  const metric = s.unitSystem === "metric";
  return (
    <>
      {!weightOnly && (
        <Choice
          legend="Goal"
          name="goalKind"
          value={s.goalKind}
          options={[
            { value: "weight", label: "A weight" },
            { value: "bodyFat", label: "A body-fat percentage", hint: "(needs today's body fat)" },
          ]}
          onChange={(v) => set({ goalKind: v })}
        />
      )}
      {s.goalKind === "weight" ? (
        <Field
          label="Goal weight"
          suffix={metric ? "kg" : "lb"}
          name="goalWeight"
          type="text"
          inputMode="decimal"
          value={s.goalWeight}
          error={errors["goal.weightKg"]}
          onInput={(e) => set({ goalWeight: e.currentTarget.value })}
        />
      ) : (
        <Field
          label="Goal body fat"
          suffix="%"
          name="goalBodyFatPct"
          type="text"
          inputMode="decimal"
          value={s.goalBodyFatPct}
          error={errors["goal.weightKg"]}
          onInput={(e) => set({ goalBodyFatPct: e.currentTarget.value })}
        />
      )}
      {!weightOnly && s.goalKind === "bodyFat" && (
        <p role="status" data-testid="body-fat-goal-weight">
          {(() => {
            const kg = bodyFatGoalKg(s);
            return kg === null
              ? "Enter today's body fat and a goal below it to see the weight it comes to."
              : `That is about ${formatMass(kg, s.unitSystem)}: some lean mass goes with the fat (Forbes, as in the Hall body model the forecasts use).`;
          })()}
        </p>
      )}
      <Choice
        legend="Pace"
        name="paceKind"
        value={s.paceKind}
        options={[
          { value: "rate", label: "A weekly rate" },
          { value: "date", label: "A goal date" },
        ]}
        onChange={(v) => set({ paceKind: v })}
      />
      {s.paceKind === "rate" ? (
        <Choice
          legend="Rate of loss"
          name="ratePct"
          value={s.ratePct}
          error={errors["goal.rate.value"] ?? errors["goal.rate"]}
          options={[
            { value: "0.5", label: "0.5 % of body weight a week", hint: "(recommended)" },
            { value: "0.75", label: "0.75 % a week" },
            { value: "1", label: "1 % a week", hint: "(the fastest the plan allows)" },
          ]}
          onChange={(v) => set({ ratePct: v })}
        />
      ) : (
        <Field
          label="Goal date"
          type="date"
          name="goalDate"
          value={s.goalDate}
          error={errors["goal.date"]}
          onInput={(e) => set({ goalDate: e.currentTarget.value })}
        />
      )}
    </>
  );
}

// From DAY_NAMES (Monday first), not core's WEEKDAYS: that module would pull zod into this page.
const DAYS: readonly { value: Weekday; label: string }[] = Object.entries(DAY_NAMES).map(
  ([value, label]) => ({
    value: value as Weekday,
    label,
  }),
);

export function TrainingStep({ s, set, errors }: StepProps) {
  return (
    <>
      <Choice
        legend="Equipment you can use"
        name="equipment"
        multiple
        value={s.equipment}
        error={errors.equipment}
        options={EQUIPMENT.filter((e) => e !== "none").map((e) => ({ value: e, label: label(e) }))}
        onChange={(v, on) => set({ equipment: toggle(s.equipment, v, on) })}
      />
      <Choice
        legend="Training days"
        name="days"
        multiple
        value={s.days}
        error={errors["schedule.days"] ?? errors.schedule}
        options={DAYS}
        onChange={(v, on) => set({ days: toggle(s.days, v, on) })}
      />
      <Field
        label="Minutes per session"
        suffix="min"
        name="minutes"
        type="text"
        inputMode="numeric"
        value={s.minutes}
        error={errors["schedule.minutes"]}
        onInput={(e) => set({ minutes: e.currentTarget.value })}
      />
      <Choice
        legend="Cardio you like"
        name="cardio"
        multiple
        value={s.cardio}
        options={MODALITIES.map((m) => ({ value: m, label: label(m) }))}
        onChange={(v, on) => set({ cardio: toggle(s.cardio, v, on) })}
      />
      <Choice
        legend="Training experience"
        name="level"
        value={s.level}
        options={[
          { value: "beginner", label: "Beginner", hint: "(new or back after a long break)" },
          { value: "intermediate", label: "Intermediate" },
          { value: "advanced", label: "Advanced" },
        ]}
        onChange={(v) => set({ level: v })}
      />
      <Field
        label="How many strict pull-ups can you do?"
        hint="0 is a fine answer: the plan starts from where you are."
        name="pullups"
        type="text"
        inputMode="numeric"
        value={s.pullups}
        error={errors["fitness.pullups"]}
        onInput={(e) => set({ pullups: e.currentTarget.value })}
      />
      {(Number(s.pullups) || 0) === 0 && (
        <Choice
          legend="Can you hang from a bar for 20 seconds?"
          name="canHang"
          value={s.canHang}
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "Not yet" },
          ]}
          onChange={(v) => set({ canHang: v })}
        />
      )}
    </>
  );
}
