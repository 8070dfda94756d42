import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  HEVY_KG,
  MFP_MEASUREMENT_BARE,
  STRONG_COMMA,
  mfpZip,
} from "@leanback/server/testing/import-fixtures";
import { memoryIo } from "../io.js";
import { main } from "../main.js";

const dir = mkdtempSync(join(tmpdir(), "leanback-import-cli-"));
const env = { LEANBACK_DATA_DIR: dir, LOG_LEVEL: "silent" };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ ...env, LEANBACK_PASSWORD: "a long enough passphrase" });
  const code = await main(argv, { ...io, cwd: dir });
  return { code, out: io.out(), err: io.err() };
}

describe("leanback import", () => {
  it("imports Strong, Hevy and an MFP zip for one account, with a readable report and honest exit codes", async () => {
    expect((await run("user", "add", "--email", "lifter@example.org")).code).toBe(0);
    writeFileSync(join(dir, "strong.csv"), STRONG_COMMA);
    writeFileSync(join(dir, "hevy.csv"), HEVY_KG);
    writeFileSync(join(dir, "mfp.zip"), mfpZip({ measurement: MFP_MEASUREMENT_BARE }));

    const noUnit = await run("import", "strong", "strong.csv", "--user", "lifter@example.org");
    expect(noUnit.code).toBe(1);
    expect(noUnit.err).toMatch(/does not say whether its weights are kg or lb.*nothing was imported/);

    const strong = await run(
      "import",
      "strong",
      "strong.csv",
      "--user",
      "lifter@example.org",
      "--weight-unit",
      "lb",
    );
    expect(strong.code).toBe(0);
    expect(strong.out).toMatch(/imported 0 diary entries, 0 weigh-ins, 2 workouts \(5 sets, 1 cardio bout\)/);
    expect(strong.out).toMatch(/Lateral Raise \(Dumbbell\)/);

    const hevy = await run("import", "auto", "hevy.csv", "--user", "lifter@example.org", "--json");
    expect(JSON.parse(hevy.out)).toMatchObject({ format: "hevy", imported: { workouts: 2 } });

    const mfp = await run(
      "foods",
      "import",
      "mfp",
      "mfp.zip",
      "--user",
      "lifter@example.org",
      "--weight-unit",
      "lb",
    );
    expect(mfp.code).toBe(0);
    expect(mfp.out).toMatch(/2 weigh-ins/);

    expect((await run("import", "garmin", "x.fit", "--user", "lifter@example.org")).code).toBe(2);
    expect((await run("import", "hevy", "hevy.csv")).err).toMatch(/--user is required/);
    expect((await run("import", "hevy", "missing.csv", "--user", "lifter@example.org")).err).toMatch(
      /cannot read/,
    );
  }, 60_000);
});
