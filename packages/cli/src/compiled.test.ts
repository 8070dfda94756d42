import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { currentBundle, ensureBundle, newestSourceMtime } from "../bin/compiled.mjs";

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "leanback-compiled-"));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function at(file: string, seconds: number): void {
  utimesSync(file, seconds, seconds);
}

describe("the compiled CLI is never stale", () => {
  it("a newer source file, or a deleted one, gives a new build stamp", () => {
    const src = tempDir();
    mkdirSync(path.join(src, "sub"));
    writeFileSync(path.join(src, "sub", "a.ts"), "a");
    writeFileSync(path.join(src, "b.ts"), "b");
    at(path.join(src, "sub", "a.ts"), 1_000);
    at(path.join(src, "b.ts"), 2_000);
    at(path.join(src, "sub"), 1_000);
    at(src, 1_000);
    const dist = tempDir();
    const first = currentBundle([src], dist);
    expect(newestSourceMtime([src])).toBe(2_000_000);

    at(path.join(src, "sub", "a.ts"), 3_000); // edited
    const edited = currentBundle([src], dist);
    expect(edited).not.toBe(first);

    rmSync(path.join(src, "b.ts")); // deleted: only the folder's time says so
    at(src, 4_000);
    expect(currentBundle([src], dist)).not.toBe(edited);
    expect(path.dirname(path.dirname(currentBundle([src], dist)))).toBe(dist);
  });

  it("builds a bundle that runs the real CLI, and reuses it while the sources stay the same", async () => {
    const dist = tempDir();
    const entry = path.join(dist, "123", "leanback.mjs");
    expect(await ensureBundle(entry)).toBe(entry);
    const { main } = (await import(entry)) as typeof import("./main.js");
    let out = "";
    const io = {
      stdout: { write: (s: string) => ((out += s), true) },
      stderr: { write: () => true },
      env: {},
    };
    expect(await main(["timer", "--pattern", "tabata"], io as never)).toBe(0);
    expect(out).toMatch(/tabata/i);
    // Already there: no second build (a build would replace the file; its identity stays).
    expect(await ensureBundle(entry)).toBe(entry);
  });

  it("keeps the build before the current one and removes older ones", async () => {
    const dist = tempDir();
    for (const stamp of ["100", "200"]) mkdirSync(path.join(dist, stamp));
    writeFileSync(path.join(dist, "200", "leanback.mjs"), "");
    await ensureBundle(path.join(dist, "300", "leanback.mjs"));
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(dist).sort()).toEqual(["200", "300"]);
  });
});
