import type { Pose } from "./photos-api.js";

/** The three guided poses, in the order they are taken, with what to do for each. */
export const POSE_GUIDE: readonly { readonly pose: Pose; readonly label: string; readonly how: string }[] = [
  {
    pose: "relaxed",
    label: "Relaxed back",
    how: "Stand tall facing away from the camera, arms hanging loose, shoulders relaxed, feet hip-width apart.",
  },
  {
    pose: "arms-raised",
    label: "Back, arms raised",
    how: "Same place, facing away; raise both arms, elbows bent at 90° at shoulder height, and squeeze the shoulder blades.",
  },
  {
    pose: "side",
    label: "Side",
    how: "Turn 90° so your right side faces the camera, arms loose, standing as you usually stand.",
  },
];

/** Hints that make photos of different days comparable. */
export const SAME_EVERY_TIME: readonly string[] = [
  "Same distance: the camera about 2 m away at chest height, the whole upper body in the frame.",
  "Same light: the same room and lamp, or daylight from the same side; no flash.",
  "Same time: in the morning before breakfast, in the same clothes (or none on top).",
  "Someone else takes the photo, or prop the phone up and use the camera's timer.",
];

export const poseLabel = (pose: Pose): string => POSE_GUIDE.find((g) => g.pose === pose)?.label ?? pose;
