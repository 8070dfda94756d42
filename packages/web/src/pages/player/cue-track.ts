import type { Timeline } from "@leanback/core/training/interval-timeline";
import { utterancesBetween } from "@leanback/core/training/timeline-position";

/**
 * The timer's beeps as one audio file (WAV, 8-bit mono PCM) as long as the whole timeline:
 * silence, with each beep at the second the on-screen timer plays it. A phone keeps playing a
 * media element when the screen locks, while page timers and Web Audio may be suspended; so
 * this track carries the cues then. The beeps are the same as cue-output.ts's: 880 Hz for an
 * opening, 660 Hz for a "3, 2, 1" count.
 */

export interface TrackBeep {
  readonly at: number;
  readonly kind: "count" | "start";
}

/** 8 kHz: the telephone rate every mobile decoder plays; 880 Hz is far below its 4 kHz limit. */
export const TRACK_SAMPLE_RATE = 8000;

/** Every beep of the timeline, in order: the mapping playCue uses (digits count, the rest start). */
export function trackBeeps(timeline: Timeline): TrackBeep[] {
  return utterancesBetween(timeline, -1, timeline.totalSeconds).map((u) => {
    const opening = timeline.segments[u.segmentIndex]?.start === u.at && u.text !== "Done";
    return { at: u.at, kind: !opening && /^[123]$/.test(u.text) ? "count" : "start" };
  });
}

const BEEP = { start: { hz: 880, seconds: 0.35 }, count: { hz: 660, seconds: 0.12 } } as const;

function writeAscii(view: DataView, at: number, text: string): void {
  for (let i = 0; i < text.length; i++) view.setUint8(at + i, text.charCodeAt(i));
}

/**
 * The WAV bytes: a 44-byte RIFF header and one unsigned byte per sample (128 = silence).
 *
 * @example cueTrackWav(timeline).length // 44 + 8000 × (totalSeconds + 1)
 */
export function cueTrackWav(timeline: Timeline, sampleRate = TRACK_SAMPLE_RATE): Uint8Array<ArrayBuffer> {
  // One second of tail so the last "Done" beep is never cut.
  const samples = Math.ceil((timeline.totalSeconds + 1) * sampleRate);
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  writeAscii(view, 0, "RIFF");
  view.setUint32(4, 36 + samples, true);
  writeAscii(view, 8, "WAVE");
  writeAscii(view, 12, "fmt ");
  view.setUint32(16, 16, true); // PCM chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate, true); // byte rate: 1 byte a sample
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits per sample
  writeAscii(view, 36, "data");
  view.setUint32(40, samples, true);
  bytes.fill(128, 44);
  for (const b of trackBeeps(timeline)) {
    const { hz, seconds } = BEEP[b.kind];
    const first = Math.round(b.at * sampleRate);
    const n = Math.min(Math.round(seconds * sampleRate), samples - first);
    for (let i = 0; i < n; i++) {
      const t = i / sampleRate;
      // Exponential decay to 1/100 over the beep, as the Web Audio beep's gain ramp.
      const amp = 100 * Math.exp((-4.6 * t) / seconds);
      bytes[44 + first + i] = Math.round(128 + amp * Math.sin(2 * Math.PI * hz * t));
    }
  }
  return bytes;
}
