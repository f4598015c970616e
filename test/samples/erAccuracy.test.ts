import fs from "node:fs";
import path from "node:path";
import { gridsOf } from "../file/gridsOf";
import { analyseWorkbook } from "../../src/core/pipeline";
import { Finding } from "../../src/core/model/finding";
import { ER_UNSEEN_DIR } from "../../scripts/fixtures/build-er-unseen";

jest.setTimeout(60_000);

/**
 * Issue 9's "done when" for the checks: on Evaluasi Renja workbooks the engine was not built against
 * (test/fixtures/er-unseen: hand-made with formulas, an app export as text, an office's messy copy), `validate`
 * finds at least 90% of the seeded anomalies, and at least 90% of the errors and warnings it reports are real. A
 * finding counts when its sheet, rule and cell match an anomaly of the truth file, or its row for a rule about the
 * whole row (missing-name); info findings count neither way.
 */
interface Truth {
  file: string;
  anomalies: { rule: string; sheet: string; cell: string; why: string }[];
}

const FIXTURES = ["er-a-dinkes-2023-tw3", "er-b-disdik-2023-tw4-ekspor", "er-c-bappeda-2022-tw4-salinan"];
const ROW_RULES = new Set(["missing-name"]);

function key(sheet: string, rule: string, cell: string): string {
  const where = ROW_RULES.has(rule) ? `row ${/\d+$/.exec(cell)?.[0]}` : cell;
  return `${sheet}!${where} ${rule}`;
}

interface Score {
  fixture: string;
  expected: number;
  reported: number;
  found: number;
  real: number;
  missed: string[];
  unreal: string[];
  rules: Set<string>;
}

async function score(fixture: string): Promise<Score> {
  const truth = JSON.parse(fs.readFileSync(path.join(ER_UNSEEN_DIR, `${fixture}.truth.json`), "utf8")) as Truth;
  const analysis = analyseWorkbook(await gridsOf(path.join(ER_UNSEEN_DIR, `${fixture}.xlsx`)));
  const reported = analysis.findings.filter((f: Finding) => f.severity !== "info");
  const expected = new Set(truth.anomalies.map((a) => key(a.sheet, a.rule, a.cell)));
  const got = reported.map((f) => key(f.sheet, f.rule, f.cell));
  const unreal = got.filter((k) => !expected.has(k));
  const missed = [...expected].filter((k) => !got.includes(k));
  return {
    fixture,
    expected: expected.size,
    reported: reported.length,
    found: expected.size - missed.length,
    real: reported.length - unreal.length,
    missed,
    unreal,
    rules: new Set(truth.anomalies.map((a) => a.rule)),
  };
}

const percent = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b);
const total = (scores: Score[], pick: (s: Score) => number) => scores.reduce((n, s) => n + pick(s), 0);

let scores: Score[];

beforeAll(async () => {
  scores = [];
  for (const f of FIXTURES) scores.push(await score(f));
  const line = (name: string, e: number, r: number, found: number, real: number) =>
    `${name.padEnd(32)} expected ${String(e).padStart(3)}  reported ${String(r).padStart(3)}  ` +
    `recall ${percent(found, e).toFixed(1)}%  precision ${percent(real, r).toFixed(1)}%`;
  const lines = scores.map(
    (s) =>
      line(s.fixture, s.expected, s.reported, s.found, s.real) +
      (s.missed.length ? `\n  missed: ${s.missed.join("; ")}` : "") +
      (s.unreal.length ? `\n  not real: ${s.unreal.join("; ")}` : ""),
  );
  lines.push(
    line(
      "all",
      total(scores, (s) => s.expected),
      total(scores, (s) => s.reported),
      total(scores, (s) => s.found),
      total(scores, (s) => s.real),
    ),
  );
  console.log(`Evaluasi Renja accuracy on the unseen workbooks (errors and warnings):\n${lines.join("\n")}`);
});

test("the fixtures seed every new rule of the form", () => {
  const rules = new Set(scores.flatMap((s) => [...s.rules]));
  for (const rule of [
    "realisasi-total-mismatch",
    "renstra-total-mismatch",
    "tingkat-capaian-mismatch",
    "realisasi-negative",
    "formula-range",
    "pagu-vs-children",
    "realisasi-vs-children",
    "realisasi-over-pagu",
    "unreadable-value",
    "missing-name",
  ])
    expect([rule, rules.has(rule)]).toEqual([rule, true]);
});

test("at least 90% of the seeded anomalies are found, in each workbook and in all", () => {
  for (const s of scores) expect([s.fixture, percent(s.found, s.expected) >= 90]).toEqual([s.fixture, true]);
  expect(
    percent(
      total(scores, (s) => s.found),
      total(scores, (s) => s.expected),
    ),
  ).toBeGreaterThanOrEqual(90);
});

test("at least 90% of the errors and warnings reported are real, in each workbook and in all", () => {
  for (const s of scores) expect([s.fixture, percent(s.real, s.reported) >= 90]).toEqual([s.fixture, true]);
  expect(
    percent(
      total(scores, (s) => s.real),
      total(scores, (s) => s.reported),
    ),
  ).toBeGreaterThanOrEqual(90);
});
