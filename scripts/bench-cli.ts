/**
 * The CLI's own cost on the sample, for `npm run bench`: `lkjip validate` through the bundle (bin/lkjip.js with a
 * fresh dist-cli/lkjip.cjs) and through tsx (the CLI as it ran before the bundle: `require("tsx/cjs")` and then
 * src/cli/main.ts), one after the other in the same run so both meet the same machine.
 *
 * CPU is user + sys of the child process as the kernel accounts it for its parent (cutime + cstime in
 * /proc/self/stat, the figure getrusage(RUSAGE_CHILDREN) gives), in clock ticks of usually 10 ms. tsx keeps what it
 * compiled in the temp folder; a run with that cache cold also starts an esbuild process that is not waited for, so
 * its CPU is not counted. The median of several runs is the warm figure, the one a user sees run after run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { freshBundle, ROOT } from "../bin/bundle";
import { buildCliBundle } from "./build-cli";

const SAMPLE = path.join("assets", "samples", "pengukuran-kinerja-2022.xlsx");

interface Run {
  wallMs: number;
  /** null where the platform has no /proc. */
  cpuMs: number | null;
}

interface Path {
  name: string;
  args: string[];
}

const PATHS: Path[] = [
  { name: "bundled", args: [path.join("bin", "lkjip.js"), "validate", SAMPLE] },
  { name: "tsx", args: ["--require", "tsx/cjs", path.join("src", "cli", "main.ts"), "validate", SAMPLE] },
];

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** CPU time (ms) of this process's children that have ended and been waited for, or null without /proc. */
function childrenCpuMs(ticksPerSecond: number): number | null {
  let stat: string;
  try {
    stat = readFileSync("/proc/self/stat", "utf8");
  } catch {
    return null;
  }
  // Fields after "(comm)": state is field 3, cutime field 16, cstime field 17.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
}

function runOnce(p: Path, ticksPerSecond: number): Run {
  const cpuBefore = childrenCpuMs(ticksPerSecond);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, p.args, {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LKJIP_DEBUG: "" },
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childrenCpuMs(ticksPerSecond);
  // validate exits 1 on the sample (it holds errors); anything else means the path is broken, not slow.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`CLI (${p.name}) gagal: status ${result.status}, ${result.error ?? result.stderr}`);
  }
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Rows for bench.ts's table: wall and CPU of each path (median of `runs`), and the CPU ratio against the goal. */
export function cliTimings(runs: number): { what: string; value: string }[] {
  if (!freshBundle()) {
    console.log("\nBundel CLI tidak ada atau lebih tua dari src/: dibangun ulang (npm run build:cli).");
    buildCliBundle();
  }
  if (!freshBundle())
    throw new Error("Bundel CLI tidak segar setelah dibangun: waktu berkas di src/ ada di masa depan?");
  const ticksPerSecond = clockTicksPerSecond();
  const measured = new Map<string, Run[]>(PATHS.map((p) => [p.name, []]));
  // Alternating, so a slow moment of the machine falls on both paths rather than on one.
  for (let i = 0; i < runs; i++) for (const p of PATHS) measured.get(p.name)!.push(runOnce(p, ticksPerSecond));

  const summary = PATHS.map((p) => {
    const list = measured.get(p.name)!;
    const cpu = list.every((r) => r.cpuMs !== null) ? median(list.map((r) => r.cpuMs!)) : null;
    return { name: p.name, wallMs: median(list.map((r) => r.wallMs)), cpuMs: cpu };
  });
  const rows = summary.map((s) => ({
    what: `validate on the sample, ${s.name} (median of ${runs})`,
    value: `wall ${s.wallMs.toFixed(0)} ms, CPU ${s.cpuMs === null ? "n/a (no /proc)" : `${s.cpuMs.toFixed(0)} ms`}`,
  }));
  const [bundled, tsx] = summary;
  if (bundled.cpuMs !== null && tsx.cpuMs !== null && tsx.cpuMs > 0) {
    const ratio = bundled.cpuMs / tsx.cpuMs;
    rows.push({
      what: `bundled / tsx CPU (goal ≤ 0.6)`,
      value: `${ratio.toFixed(2)} ${ratio <= 0.6 ? "ok" : "ABOVE GOAL"}`,
    });
  }
  rows.push({ what: `bundled / tsx wall`, value: (bundled.wallMs / tsx.wallMs).toFixed(2) });
  return rows;
}
