import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BUNDLE_PATH, freshBundle } from "../../bin/bundle";
import { buildCliBundle } from "../../scripts/build-cli";
import { tempDir } from "./helpers";
import { SAMPLE } from "./sampleWorkbook";

const REPO = path.join(__dirname, "..", "..");
const HOUR_AGO = Date.now() / 1000 - 3600;

function write(root: string, relative: string, text: string, mtimeSec = HOUR_AGO): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, mtimeSec, mtimeSec);
  return file;
}

function setMtime(target: string, mtimeSec: number): void {
  utimesSync(target, mtimeSec, mtimeSec);
}

/**
 * A project root in a temp folder, all of it an hour old: a TypeScript src/cli/main.ts that tsx must compile, a
 * stand-in bundle, the lockfile and the build script (the other inputs), the real bin/ and node_modules (for tsx).
 * Each entry prints which of the two ran, so the real bin/lkjip.js can be watched choosing.
 */
function fakeProject(root: string): void {
  write(root, "src/cli/main.ts", 'const via: string = "tsx";\nconsole.log(via);\n');
  write(root, "src/core/model/finding.ts", "export const x = 1;\n");
  write(root, "package-lock.json", "{}\n");
  write(root, "scripts/build-cli.js", "\n");
  write(root, BUNDLE_PATH, 'console.log("bundle");\n', HOUR_AGO + 60);
  for (const dir of ["src/cli", "src/core/model", "src/core", "src", "scripts"])
    setMtime(path.join(root, dir), HOUR_AGO);
  mkdirSync(path.join(root, "bin"));
  for (const file of ["lkjip.js", "bundle.js"])
    copyFileSync(path.join(REPO, "bin", file), path.join(root, "bin", file));
  symlinkSync(path.join(REPO, "node_modules"), path.join(root, "node_modules"), "dir");
}

function runBin(root: string): string {
  const result = spawnSync(process.execPath, [path.join(root, "bin", "lkjip.js")], {
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout.trim();
}

describe("bin/lkjip.js: bundle while it is fresh, tsx otherwise", () => {
  let root: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir: root, cleanup } = tempDir());
    fakeProject(root);
  });
  afterEach(() => cleanup());

  it("runs the bundle when it is newer than every input", () => {
    expect(freshBundle(root)).toBe(path.join(root, BUNDLE_PATH));
    expect(runBin(root)).toBe("bundle");
  });

  it("runs the sources through tsx once a source file is newer than the bundle", () => {
    setMtime(path.join(root, "src/cli/main.ts"), HOUR_AGO + 120);
    expect(freshBundle(root)).toBeNull();
    expect(runBin(root)).toBe("tsx");
  }, 70_000);

  it("finds a newer file deep under src/", () => {
    setMtime(path.join(root, "src/core/model/finding.ts"), HOUR_AGO + 120);
    expect(freshBundle(root)).toBeNull();
  });

  it("counts a file removed from src/ (its folder's mtime changes)", () => {
    rmSync(path.join(root, "src/core/model/finding.ts"));
    expect(freshBundle(root)).toBeNull();
  });

  it("counts a newer lockfile (bundled packages) and a newer build script", () => {
    setMtime(path.join(root, "package-lock.json"), HOUR_AGO + 120);
    expect(freshBundle(root)).toBeNull();
    setMtime(path.join(root, "package-lock.json"), HOUR_AGO);
    setMtime(path.join(root, "scripts/build-cli.js"), HOUR_AGO + 120);
    expect(freshBundle(root)).toBeNull();
  });

  it("treats a source with the bundle's own mtime as newer, and a missing bundle as stale", () => {
    setMtime(path.join(root, "src/cli/main.ts"), HOUR_AGO + 60);
    expect(freshBundle(root)).toBeNull();
    setMtime(path.join(root, "src/cli/main.ts"), HOUR_AGO);
    rmSync(path.join(root, BUNDLE_PATH));
    expect(freshBundle(root)).toBeNull();
    expect(runBin(root)).toBe("tsx");
  }, 70_000);
});

describe("the bundle built from src/", () => {
  let dir: string;
  let cleanup: () => void;
  let bundle: string;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    bundle = buildCliBundle(path.join(dir, "lkjip.cjs"));
  }, 60_000);
  afterAll(() => cleanup());

  function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, args, {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, LKJIP_DEBUG: "" },
      maxBuffer: 64 * 2 ** 20,
      timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it.each([["inspect"], ["validate"]])(
    "prints the same %s --json on the sample as the tsx path",
    (command) => {
      const viaBundle = run([bundle, command, SAMPLE, "--json"]);
      const viaTsx = run(["--require", "tsx/cjs", path.join(REPO, "src", "cli", "main.ts"), command, SAMPLE, "--json"]);
      expect(viaBundle.stderr).toBe("");
      expect(viaTsx.stderr).toBe("");
      expect(viaBundle.status).toBe(viaTsx.status);
      expect(viaBundle.stdout).toBe(viaTsx.stdout);
      // Not two empty outputs: the sample's two sheets, or its findings.
      const parsed = JSON.parse(viaBundle.stdout);
      if (command === "inspect")
        expect(parsed.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(["TW I 2022", "TW IV 2022"]);
      else expect(parsed.findings.length).toBeGreaterThan(0);
    },
    120_000,
  );
});
