import { buildTimeline, type Segment } from "@leanback/core/training/interval-timeline";
import {
  INTERVAL_PATTERNS,
  INTERVAL_PATTERN_IDS,
  intervalPattern,
} from "@leanback/core/training/interval-templates";
import { choiceFlag, type Command } from "../command.js";
import { renderTable } from "../table.js";

/** 75 → "1:15"; durations and offsets are always whole seconds here. */
function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return `${m}:${String(s).padStart(2, "0")}`;
}

function segmentName(s: Segment): string {
  return s.round && s.round.of > 1 ? `${s.kind} ${s.round.index}/${s.round.of}` : s.kind;
}

export const timerCommand: Command = {
  name: "timer",
  summary: "print an interval timeline (segments, start times, voice cues) for a pattern",
  usage: "leanback timer --pattern <id> [--json] | leanback timer --list [--json]",
  options: {
    pattern: {
      type: "string",
      valueName: "ID",
      description: `interval pattern: ${INTERVAL_PATTERN_IDS.join(", ")}`,
    },
    list: { type: "boolean", description: "list the patterns" },
    json: { type: "boolean", description: "print machine-readable JSON" },
  },
  run(parsed, io) {
    const json = parsed.values.json === true;
    if (parsed.values.list === true) {
      if (json) {
        const list = INTERVAL_PATTERNS.map((p) => ({
          id: p.id,
          name: p.name,
          summary: p.summary,
          source: p.source,
          totalSeconds: buildTimeline(p.spec).totalSeconds,
        }));
        io.stdout.write(JSON.stringify(list, null, 2) + "\n");
      } else {
        const rows = INTERVAL_PATTERNS.map((p) => [
          p.id,
          clock(buildTimeline(p.spec).totalSeconds),
          p.summary,
        ]);
        io.stdout.write(renderTable(["pattern", "total", "what"], rows));
      }
      return 0;
    }
    const id = choiceFlag(parsed, "pattern", INTERVAL_PATTERN_IDS);
    const pattern = intervalPattern(id);
    const timeline = buildTimeline(pattern.spec);
    if (json) {
      io.stdout.write(JSON.stringify(timeline, null, 2) + "\n");
      return 0;
    }
    const rows = timeline.segments.map((s) => [
      clock(s.start),
      clock(s.duration),
      segmentName(s),
      s.label,
      s.voice,
    ]);
    io.stdout.write(`${pattern.name}: ${pattern.summary}\nSource: ${pattern.source}\n\n`);
    io.stdout.write(renderTable(["start", "duration", "segment", "label", "voice"], rows));
    io.stdout.write(`\nTotal ${clock(timeline.totalSeconds)} (${timeline.segments.length} segments)\n`);
    return 0;
  },
};
