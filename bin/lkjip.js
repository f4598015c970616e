#!/usr/bin/env node
"use strict";
// Runs the bundled CLI (built by `npm ci` / `npm run build:cli`) while it is newer than every source, and the
// TypeScript sources through tsx otherwise, so `npx lkjip` is quick after `npm ci` and never runs stale code.
const path = require("node:path");
const { ROOT, freshBundle } = require("./bundle");

const bundle = freshBundle();
if (bundle) {
  // Stack traces of unexpected errors then name src/ files, not lines of the bundle.
  if (process.env.LKJIP_DEBUG === "1") process.setSourceMapsEnabled(true);
  require(bundle);
} else {
  require("tsx/cjs");
  require(path.join(ROOT, "src", "cli", "main.ts"));
}
