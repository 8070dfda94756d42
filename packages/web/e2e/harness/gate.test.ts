import { describe, expect, it } from "vitest";
import { e2eGate } from "./gate.js";

describe("e2eGate", () => {
  const present = () => true;
  const absent = () => false;

  it("runs when the browser is there", () => {
    expect(e2eGate({}, "/usr/bin/chromium", present)).toEqual({ run: true });
  });

  it("skips with one line naming the path and the fix when it is missing", () => {
    const gate = e2eGate({}, "/usr/bin/chromium", absent);
    expect(gate).toMatchObject({ run: false, exitCode: 0 });
    if (gate.run) throw new Error("expected a skip");
    expect(gate.message).toContain("/usr/bin/chromium");
    expect(gate.message).toContain("apt-get install chromium");
    expect(gate.message.split("\n")).toHaveLength(1);
  });

  it("fails instead when REQUIRE_CHROMIUM=1 (CI)", () => {
    expect(e2eGate({ REQUIRE_CHROMIUM: "1" }, "/x/chromium", absent)).toMatchObject({
      run: false,
      exitCode: 1,
    });
  });
});
