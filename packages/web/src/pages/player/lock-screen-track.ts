import type { Timeline } from "@leanback/core/training/interval-timeline";
import { cueTrackWav } from "./cue-track.js";

/**
 * Plays the timer's cue track (cue-track.ts) in an <audio> element kept at the timer's position,
 * and shows the segment on the lock screen through the Media Session API, whose play/pause
 * buttons pause the timer itself and whose next/previous buttons skip a segment or go back. Each part is feature-detected; where a browser has neither,
 * nothing happens and the on-screen timer is unchanged.
 */

export interface TrackState {
  readonly elapsedSeconds: number;
  readonly playing: boolean;
  /** What the lock screen shows: the segment ("Work: Punch") and the round. */
  readonly title: string;
  readonly subtitle: string;
}

export interface LockScreenTrack {
  /** Call from the Start/Resume tap itself: phones only let a gesture start playback. */
  readonly playFrom: (elapsedSeconds: number) => void;
  readonly sync: (s: TrackState) => void;
  /** True while the track is audibly playing (then the page's own beeps stay quiet). */
  readonly audible: () => boolean;
  readonly dispose: () => void;
}

/** Drift allowed between the track and the wall-clock timer before the track is moved. */
const MAX_DRIFT_SECONDS = 0.35;

export function createLockScreenTrack(
  timeline: Timeline,
  controls: {
    readonly play: () => void;
    readonly pause: () => void;
    readonly next: () => void;
    readonly previous: () => void;
  },
): LockScreenTrack | null {
  if (typeof Audio === "undefined" || typeof URL.createObjectURL !== "function") return null;
  const url = URL.createObjectURL(new Blob([cueTrackWav(timeline)], { type: "audio/wav" }));
  const audio = new Audio();
  audio.src = url;
  audio.preload = "auto";
  audio.dataset.testid = "cue-track";
  audio.hidden = true;
  document.body.append(audio);
  const session = typeof navigator !== "undefined" ? navigator.mediaSession : undefined;
  try {
    session?.setActionHandler("play", controls.play);
    session?.setActionHandler("pause", controls.pause);
    // The lock screen's track buttons skip to the next segment or back, as Skip and Back do.
    session?.setActionHandler("nexttrack", controls.next);
    session?.setActionHandler("previoustrack", controls.previous);
  } catch {
    // An action this browser does not know: the lock screen just has fewer buttons.
  }
  const play = () => void audio.play().catch(() => undefined); // refused: the page beeps instead
  const seek = (s: number) => {
    if (Math.abs(audio.currentTime - s) > MAX_DRIFT_SECONDS) {
      try {
        audio.currentTime = s;
      } catch {
        // Not seekable yet (metadata loading): the next sync moves it.
      }
    }
  };
  let lastTitle = "";
  return {
    playFrom: (s) => {
      seek(s);
      play();
    },
    sync: (s) => {
      seek(s.elapsedSeconds);
      if (s.playing && audio.paused) play();
      if (!s.playing && !audio.paused) audio.pause();
      if (!session) return;
      session.playbackState = s.playing ? "playing" : "paused";
      if (s.title !== lastTitle && typeof MediaMetadata !== "undefined") {
        lastTitle = s.title;
        session.metadata = new MediaMetadata({ title: s.title, artist: s.subtitle, album: timeline.name });
      }
    },
    audible: () => !audio.paused && !audio.muted && audio.readyState >= 2,
    dispose: () => {
      audio.pause();
      audio.remove();
      URL.revokeObjectURL(url);
      if (session) {
        try {
          for (const a of ["play", "pause", "nexttrack", "previoustrack"] as const)
            session.setActionHandler(a, null);
        } catch {
          // Nothing to clear.
        }
        session.metadata = null;
        session.playbackState = "none";
      }
    },
  };
}
