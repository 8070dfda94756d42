import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@leanback/core/errors";
import type { Command } from "./command.js";
import { numberFlag } from "./command.js";
import { memoryIo } from "./io.js";
import { flagForField, main } from "./main.js";

const echo: Command = {
  name: "echo-height",
  summary: "test command",
  usage: "leanback echo-height --height-cm H",
  options: { "height-cm": { type: "string", description: "height", valueName: "CM" } },
  run(parsed, io) {
    const h = numberFlag(parsed, "height-cm", { min: 100, max: 250, rule: "height must be 100–250 cm" });
    io.stdout.write(`${h}\n`);
    return 0;
  },
};
const domain: Command = {
  name: "domain",
  summary: "throws a domain error",
  usage: "leanback domain",
  options: {},
  run() {
    throw new InvalidInputError("weightKg", "weight must be 30–300 kg");
  },
};

describe("cli main", () => {
  it("prints the installed version for --version and -v", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ["--version", "-v"]) {
      const io = memoryIo();
      expect(await main([flag], io, [echo])).toBe(0);
      expect(io.out()).toBe(`leanback ${version}\n`);
    }
  });
  it("runs a command", async () => {
    const io = memoryIo();
    expect(await main(["echo-height", "--height-cm", "180"], io, [echo])).toBe(0);
    expect(io.out()).toBe("180\n");
  });
  it("exits 2 naming the flag and rule on a bad value", async () => {
    const io = memoryIo();
    expect(await main(["echo-height", "--height-cm", "20"], io, [echo])).toBe(2);
    expect(io.err()).toContain("--height-cm: height must be 100–250 cm");
  });
  it("exits 2 on unknown flags and commands", async () => {
    const io = memoryIo();
    expect(await main(["echo-height", "--bogus", "1"], io, [echo])).toBe(2);
    expect(io.err()).toContain("--bogus");
    expect(await main(["nope"], io, [echo])).toBe(2);
  });
  it("prints --help for every command", async () => {
    const io = memoryIo();
    expect(await main(["echo-height", "--help"], io, [echo])).toBe(0);
    expect(io.out()).toContain("--height-cm CM");
  });
  it("maps core errors to the flag a person typed", async () => {
    const io = memoryIo();
    expect(await main(["domain"], io, [domain])).toBe(2);
    expect(io.err()).toContain("--weight-kg: weight must be 30–300 kg");
    expect(flagForField("heightCm")).toBe("--height-cm");
  });
});

describe("negative numbers as flag values", () => {
  const signed: Command = {
    name: "signed",
    summary: "echoes a signed number",
    usage: "leanback signed --change KCAL",
    options: { change: { type: "string", description: "change" } },
    run(parsed, io) {
      io.stdout.write(
        `${numberFlag(parsed, "change", { min: -2000, max: 2000, rule: "change must be −2000…2000" })}\n`,
      );
      return 0;
    },
  };
  it("accepts --change -500 as well as --change=-500", async () => {
    for (const argv of [
      ["signed", "--change", "-500"],
      ["signed", "--change=-500"],
    ]) {
      const io = memoryIo();
      expect(await main(argv, io, [signed])).toBe(0);
      expect(io.out()).toBe("-500\n");
    }
  });
  it("still treats a following flag as a flag", async () => {
    const io = memoryIo();
    expect(await main(["signed", "--change", "--bogus"], io, [signed])).toBe(2);
  });
});
