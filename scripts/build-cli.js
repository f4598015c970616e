"use strict";
/**
 * Bundles the CLI (src/cli/main.ts and the packages it uses) into one CommonJS file for Node 20, which bin/lkjip.js
 * runs instead of compiling TypeScript through tsx at every start:
 *
 *   node scripts/build-cli.js          (npm run build:cli; also the `prepare` step of `npm ci`)
 *
 * The packages are bundled too: `lkjip validate` on the sample took 0,47 s of CPU with exceljs and the other packages
 * left in node_modules (esbuild --packages=external), 0,33 s with them in the bundle, 0,76 s through tsx (medians of
 * 7, side by side, 2 cores, 2026-11-27). The bundle's mtime is set to when the build began, so a source edited
 * during the build still counts as newer than the bundle.
 */
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");
const { ROOT, BUNDLE_PATH } = require("../bin/bundle");

/** Build the bundle (and its source map) into `outfile`; each file appears whole or not at all. */
function buildCliBundle(outfile = path.join(ROOT, BUNDLE_PATH)) {
  const startedSec = Date.now() / 1000;
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Read only with LKJIP_DEBUG=1 (bin/lkjip.js), to show stack traces in src/; the sources themselves stay there.
    sourcemap: "linked",
    sourcesContent: false,
    write: false,
    logLevel: "warning",
  });
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  // The map first, so a bundle is never there without it.
  const files = [...result.outputFiles].sort(
    (a, b) => Number(b.path.endsWith(".map")) - Number(a.path.endsWith(".map")),
  );
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.utimesSync(temporary, startedSec, startedSec);
    fs.renameSync(temporary, file.path);
  }
  return outfile;
}

if (require.main === module) {
  const outfile = buildCliBundle();
  console.log(`CLI dibundel: ${path.relative(process.cwd(), outfile)}`);
}

module.exports = { buildCliBundle };
