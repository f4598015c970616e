import { spawnSync } from "node:child_process";
import path from "node:path";
import { SAMPLE } from "./sampleWorkbook";

const BIN = path.join(__dirname, "..", "..", "bin", "lkjip.js");

/** The one test that goes through a real process: bin/lkjip.js → tsx → src/cli/main.ts, exit code and streams. */
describe("bin/lkjip.js", () => {
  it("runs validate on the sample: JSON on stdout, exit 1 for its errors, nothing on stderr", () => {
    const result = spawnSync(process.execPath, [BIN, "validate", SAMPLE, "--json"], {
      encoding: "utf8",
      env: { ...process.env, LKJIP_DEBUG: "" },
      timeout: 60_000,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const { findings } = JSON.parse(result.stdout);
    expect(findings.some((f: { severity: string }) => f.severity === "error")).toBe(true);
  }, 70_000);
});
