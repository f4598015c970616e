"use strict";
/**
 * Where the bundled CLI lives and whether it may run: it is built from src/ (and the packages it bundles), so it runs
 * only while it is newer than all of them; otherwise bin/lkjip.js falls back to tsx and an edited source never runs
 * stale. CommonJS without dependencies: it runs before anything is compiled.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");

/** The bundle, relative to the project root (ignored by git, written by `npm run build:cli` and on `npm ci`). */
const BUNDLE_PATH = path.join("dist-cli", "lkjip.cjs");

/**
 * What the bundle is built from. A folder counts with its own mtime too, so a file removed or renamed under src/
 * makes the bundle stale; the lockfile stands for the bundled packages, the build script for the build's options.
 */
const INPUTS = ["src", "package-lock.json", path.join("scripts", "build-cli.js")];

/** The newest mtime (ms) of a file, or of a folder and everything under it; -Infinity when the path is absent. */
function newestMtimeMs(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch (e) {
    if (e && e.code === "ENOENT") return -Infinity;
    throw e;
  }
  let newest = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtimeMs(path.join(target, entry)));
  }
  return newest;
}

/** The bundle's absolute path if it exists and is newer than every input, else null. */
function freshBundle(root = ROOT) {
  const bundle = path.join(root, BUNDLE_PATH);
  const built = newestMtimeMs(bundle);
  if (built === -Infinity) return null;
  for (const input of INPUTS) if (newestMtimeMs(path.join(root, input)) >= built) return null;
  return bundle;
}

module.exports = { ROOT, BUNDLE_PATH, INPUTS, newestMtimeMs, freshBundle };
