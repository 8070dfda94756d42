/**
 * The timer's voice, beeps, vibration and screen wake lock. Each is feature-detected: a browser
 * without speech synthesis, Web Audio, vibration or the Wake Lock API simply skips that output
 * and the timer still shows everything on screen.
 */

export interface CueSettings {
  readonly voice: boolean;
  readonly beeps: boolean;
  readonly vibrate: boolean;
  /** Beeps as an audio track too, which phones keep playing with the screen locked. */
  readonly lockScreen: boolean;
}

let audio: AudioContext | null = null;

/** Web Audio may only start after a user gesture: call from the Start button's handler. */
export function unlockAudio(): void {
  const Ctor = globalThis.AudioContext;
  if (!Ctor) return;
  try {
    audio ??= new Ctor();
    if (audio.state === "suspended") void audio.resume();
  } catch {
    audio = null;
  }
}

/** A short sine beep; higher and longer for the start of a segment than for a countdown. */
export function beep(kind: "count" | "start"): void {
  if (!audio) return;
  const t = audio.currentTime;
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.frequency.value = kind === "start" ? 880 : 660;
  const length = kind === "start" ? 0.35 : 0.12;
  gain.gain.setValueAtTime(0.25, t);
  gain.gain.exponentialRampToValueAtTime(0.001, t + length);
  osc.connect(gain).connect(audio.destination);
  osc.start(t);
  osc.stop(t + length);
}

export function speak(text: string): void {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === "undefined") return;
  // Never queue behind a stale line: the newest cue is the one that is true now.
  synth.cancel();
  synth.speak(new SpeechSynthesisUtterance(text));
}

export function vibrate(pattern: number | number[]): void {
  if (typeof navigator !== "undefined" && typeof navigator.vibrate === "function") navigator.vibrate(pattern);
}

/** Plays one utterance with the enabled outputs: countdown digits beep, openings beep and speak. */
export function playCue(text: string, isOpening: boolean, settings: CueSettings): void {
  const isCount = /^[123]$/.test(text);
  if (settings.beeps) beep(isOpening ? "start" : isCount ? "count" : "start");
  if (settings.vibrate && isOpening) vibrate([200, 100, 200]);
  if (settings.voice && !isCount) speak(text);
}

/**
 * Keeps the screen on while a timer runs (Wake Lock API). The lock is dropped by the browser
 * when the page is hidden, so it is re-acquired when the page becomes visible again.
 * Returns the release function.
 */
export function holdWakeLock(): () => void {
  const wl = typeof navigator !== "undefined" ? navigator.wakeLock : undefined;
  if (!wl) return () => undefined;
  let sentinel: WakeLockSentinel | null = null;
  let released = false;
  const acquire = () => {
    if (released || document.visibilityState !== "visible") return;
    wl.request("screen").then(
      (s) => {
        if (released) void s.release();
        else sentinel = s;
      },
      () => undefined, // Denied (battery saver, no permission): the timer works without it.
    );
  };
  acquire();
  document.addEventListener("visibilitychange", acquire);
  return () => {
    released = true;
    document.removeEventListener("visibilitychange", acquire);
    void sentinel?.release();
  };
}
