#!/usr/bin/env node
"use strict";
// Runs the TypeScript CLI directly through tsx, so `npx lkjip` works right after `npm ci` with no build step.
require("tsx/cjs");
require("../src/cli/main.ts");
