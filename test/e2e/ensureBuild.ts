import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./expectations";

const DIST = path.join(ROOT, "dist");
/** What the production build is made from: a change to any of these makes dist/ stale. */
const INPUTS = [
  "src",
  "assets",
  "webpack.config.js",
  "package.json",
  "package-lock.json",
  "manifest.xml",
  "scripts/manifestUrl.js",
];
const OUTPUTS = ["taskpane.html", "taskpane.js", "functions.js", "index.html", "web.js"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Why dist/ must be built again, or null when it is newer than every input. */
export function staleReason(): string | null {
  const missing = OUTPUTS.filter((f) => !existsSync(path.join(DIST, f)));
  if (missing.length > 0) return `dist/ tidak lengkap (${missing.join(", ")} tidak ada)`;
  const built = Math.min(...OUTPUTS.map((f) => statSync(path.join(DIST, f)).mtimeMs));
  const changed = INPUTS.filter((i) => newestMtime(path.join(ROOT, i)) > built);
  return changed.length > 0 ? `berkas sumber lebih baru dari dist/ (${changed.join(", ")})` : null;
}

/** `npm run build` when dist/ is missing or stale, or always with `force`; returns dist/. */
export function ensureBuild(mode: "auto" | "always" | "never"): string {
  const reason = mode === "always" ? "--build diminta" : mode === "auto" ? staleReason() : null;
  if (reason === null) {
    if (!existsSync(path.join(DIST, "index.html"))) throw new Error("dist/index.html tidak ada: jalankan npm run build");
    console.log("build: dist/ sudah mutakhir, tidak dibangun ulang");
    return DIST;
  }
  console.log(`build: npm run build (${reason})`);
  const started = Date.now();
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`npm run build gagal (kode ${result.status})`);
  console.log(`build: selesai dalam ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return DIST;
}
