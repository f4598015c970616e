import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Recalculate every formula when an .xlsx is loaded (Tools > Options > Calc > Formula: "Always recalculate"). */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string {
  try {
    return execFileSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("LibreOffice tidak ditemukan: jalankan scripts/e2e/install-deps.sh (libreoffice-calc-nogui)");
  }
}

export function libreOfficeVersion(): string {
  return execFileSync(sofficePath(), ["--version"], { encoding: "utf8" }).trim().split("\n")[0];
}

/** A fresh LibreOffice profile; with `recalc` it recalculates every formula of an .xlsx on load. */
export function createProfile(dir: string, recalc: boolean): string {
  mkdirSync(path.join(dir, "user"), { recursive: true });
  if (recalc) writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ON_LOAD);
  return dir;
}

/**
 * `soffice --headless --convert-to <filter> --outdir <out> files…` in one process. Returns the output paths
 * (same base names, new extension).
 */
export function convert(files: string[], target: string, outDir: string, profile: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync(
    sofficePath(),
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      target,
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (result.status !== 0) throw new Error(`soffice gagal (${result.status}): ${result.stderr || result.stdout}`);
  const extension = target.split(":")[0];
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.${extension}`));
}
