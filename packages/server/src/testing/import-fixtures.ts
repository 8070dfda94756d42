// Small files written for the tests, in the exact layouts of real exports (see the header
// comments of features/imports/mfp-nutrition.ts, mfp-body.ts, strong-csv.ts and hevy-csv.ts for
// where each layout is seen). Every number below is made up.
import { strToU8, zipSync } from "fflate";

const BOM = "\uFEFF";
const crlf = (lines: readonly string[]) => lines.join("\r\n") + "\r\n";

const NUTRITION_HEADER_TIME =
  "Date,Meal,Time,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note";
export const NUTRITION_HEADER =
  "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note";

/** One row per food (the Time column), BOM, CRLF, a quoted "1,050.0" and a quoted note with a comma. */
export const MFP_NUTRITION_PER_FOOD =
  BOM +
  crlf([
    NUTRITION_HEADER_TIME,
    "2026-10-01,Breakfast,7:30 AM,350.0,10.0,3.0,1.0,1.0,0.0,20.0,400.0,300.0,30.0,4.0,8.0,25.5,10.0,5.0,15.0,8.0,",
    "2026-10-01,Breakfast,7:45 AM,150.0,2.0,0.5,0.0,0.0,0.0,0.0,100.0,50.0,12.0,1.0,2.0,4.0,0.0,0.0,0.0,0.0,",
    '2026-10-01,Lunch,,"1,050.0",40.0,12.0,2.0,2.0,0.0,90.0,1200.0,800.0,80.0,9.0,10.0,120.0,0.0,0.0,0.0,0.0,"big, late lunch"',
    "2026-10-01,Post-Workout,,200.0,1.0,0.0,0.0,0.0,0.0,0.0,50.0,0.0,30.0,0.0,25.0,0.0,0.0,0.0,0.0,0.0,",
    "2026-10-02,Dinner,8:10 PM,640.0,22.0,6.0,3.0,8.0,0.0,70.0,900.0,700.0,60.0,7.0,9.0,45.0,0.0,0.0,0.0,0.0,",
  ]);

/** The per-meal layout (no Time) with US dates. */
export const MFP_NUTRITION_US = [
  NUTRITION_HEADER,
  "11/05/2026,Breakfast,420.0,12.0,3.0,0,0,0,0,300.0,0,40.0,5.0,6.0,30.0,0,0,0,0,",
  "11/05/2026,Dinner,700.0,20.0,5.0,0,0,0,0,800.0,0,70.0,6.0,8.0,50.0,0,0,0,0,",
  "1/6/2026,Lunch,510.0,15.0,4.0,0,0,0,0,500.0,0,55.0,4.0,5.0,35.0,0,0,0,0,",
].join("\n");

export const MFP_MEASUREMENT_BARE = crlf(["Date,Weight", "2026-10-01,180.0", "10/02/2026,179.4"]);

export const MFP_EXERCISE_POUNDS =
  BOM +
  crlf([
    "Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Pounds,Steps,Note",
    "2026-10-01,Health Connect calorie adjustment,Cardio,573.0,1,,,,9840,",
    '2026-10-01,"""Walking, 3.5 mph, brisk pace""",Cardio,178.0,18,,,,,',
    '2026-10-02,"Front Squats, Barbell, Arms Crossed",Strength,,,3,10,95.0,,',
    "2026-10-02,Goblet Squat,Strength,,,2,12,35.0,,",
  ]);

/** The zip MFP e-mails: a File-Export-… folder with the three summaries. */
export function mfpZip(files: Partial<Record<"nutrition" | "measurement" | "exercise", string>>): Uint8Array {
  const dir = "File-Export-2026-10-01-to-2026-10-02";
  const out: Record<string, Uint8Array> = {};
  if (files.nutrition !== undefined)
    out[`${dir}/Nutrition-Summary-2026-10-01-to-2026-10-02.csv`] = strToU8(files.nutrition);
  if (files.measurement !== undefined)
    out[`${dir}/Measurement-Summary-2026-10-01-to-2026-10-02.csv`] = strToU8(files.measurement);
  if (files.exercise !== undefined)
    out[`${dir}/Exercise-Summary-2026-10-01-to-2026-10-02.csv`] = strToU8(files.exercise);
  return zipSync(out);
}

/** Strong, comma layout (no unit anywhere): a warm-up tag, a rest timer, RPE, treadmill cardio. */
export const STRONG_COMMA = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  '2026-09-15 11:22:57,"Back, day A",1h 5m,"Pull Up",W,0,3,0,0,"","",',
  '2026-09-15 11:22:57,"Back, day A",1h 5m,"Pull Up",1,0,8,0,0,"","",8.5',
  '2026-09-15 11:22:57,"Back, day A",1h 5m,"Pull Up",Rest Timer,0,0,0,120,"","",',
  '2026-09-15 11:22:57,"Back, day A",1h 5m,"Bent Over Row (Dumbbell)",1,50,10,0,0,"slow, controlled","",',
  '2026-09-15 11:22:57,"Back, day A",1h 5m,"Lateral Raise (Dumbbell)",1,15,12,0,0,"","",',
  '2026-09-15 11:22:57,"Back, day A",1h 5m,"Running (Treadmill)",1,0,0,3.1,1500,"","",',
  '2026-09-17 18:00:00,"Evening Workout",38min,"Deadlift (Barbell)",1,225,5,0,0,"","",9',
].join("\n");

/** Strong, semicolon layout with Weight Unit and Distance Unit columns and a trailing field. */
export const STRONG_SEMICOLON = [
  "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration",
  '2026-09-20 07:05:00;"Morning; early";"Seated Row (Cable)";1;60;kg;10;7;;;0;"";"felt good; slept well";45m',
  '2026-09-20 07:05:00;"Morning; early";"Seated Row (Cable)";2;132;lbs;8;;;;0;"";"";45m',
  '2026-09-20 07:05:00;"Morning; early";"Cycling (Indoor)";1;;;;;2.4;mi.;2100;"";"";45m',
].join("\n");

/** Strong, everything quoted, Workout # and units in the header names. */
export const STRONG_QUOTED = [
  '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"',
  '"7";"2026-09-22 19:31:01";"Workout A";"3600";"Goblet Squat (Dumbbell)";"1";"20.0";"12";"";"";"";"";""',
  '"7";"2026-09-22 19:31:01";"Workout A";"3600";"Plank";"1";"";"";"";"";"60";"";""',
  '"7";"2026-09-22 19:31:01";"Workout A";"3600";"Rowing (Machine)";"1";"";"";"";"2000";"480";"";""',
].join("\n");

const HEVY_HEADER_KG =
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';

export const HEVY_KG = [
  HEVY_HEADER_KG,
  '"Pull day","1 Dec 2025, 10:53","1 Dec 2025, 12:02","","Pull Up",,"",0,"warmup",,5,,,',
  '"Pull day","1 Dec 2025, 10:53","1 Dec 2025, 12:02","","Pull Up",,"",1,"normal",,10,,,7.5',
  '"Pull day","1 Dec 2025, 10:53","1 Dec 2025, 12:02","","Assisted Pull Up",,"",0,"normal",20,8,,,',
  '"Pull day","1 Dec 2025, 10:53","1 Dec 2025, 12:02","","Lat Pulldown (Cable)",0,"",0,"failure",70.5,10,,,9',
  '"Pull day","1 Dec 2025, 10:53","1 Dec 2025, 12:02","","Running",,"",0,"normal",,,1.2,240,',
  '"Gut Check 🚀","02 Dec 2025, 07:32","02 Dec 2025, 08:27","legs, then core","Bulgarian Split Squat",,"",0,"normal",12,10,,,',
].join("\n");

export const HEVY_LBS = [
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"',
  '"Push","30 Jun 2025, 19:56","30 Jun 2025, 20:58","","Bench Press (Dumbbell)",,"",0,"normal",88.18,13,,,',
  '"Push","30 Jun 2025, 19:56","30 Jun 2025, 20:58","","Treadmill",,"",0,"normal",,,2,1200,',
].join("\n");
