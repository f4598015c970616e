import ExcelJS from "exceljs";
import path from "node:path";
import { gridsOf } from "../file/gridsOf";
import { analyseWorkbook } from "../../src/core/pipeline";
import { Finding } from "../../src/core/model/finding";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "pengukuran-kinerja-2022.xlsx");

/**
 * The anomalies of the seed's own figures, as listed in assets/samples/README.md (computed from the data file, not
 * from the engine): every error and warning the engine reports on the sample must be one of these, and all of them.
 */
const EXPECTED: [sheet: string, cell: string, rule: Finding["rule"]][] = [
  ["TW I 2022", "S11", "realisasi-over-kas"],
  ["TW I 2022", "S12", "realisasi-over-kas"],
  ["TW I 2022", "S13", "realisasi-over-kas"],
  ["TW I 2022", "S27", "realisasi-vs-children"],
  ["TW I 2022", "M70", "missing-name"],
  // Issue 8: a pagu whose four anggaran kas cells are all empty is one kas-vs-pagu (anggaran kas not filled in).
  ["TW I 2022", "N71", "kas-vs-pagu"],
  ["TW I 2022", "O71", "kas-vs-children"],
  ["TW I 2022", "P71", "kas-vs-children"],
  ["TW I 2022", "Q71", "kas-vs-children"],
  ["TW I 2022", "R71", "kas-vs-children"],
  ["TW I 2022", "S71", "realisasi-vs-children"],
  ["TW I 2022", "E73", "missing-name"],
  // One cause, one finding: the kegiatan and program over N13 and N31 only add them up; the program N21 holds the
  // sum of the sub kegiatan under its mistyped kegiatan N22.
  ["TW IV 2022", "N13", "kas-vs-pagu"],
  ["TW IV 2022", "N21", "kas-vs-pagu"],
  ["TW IV 2022", "N22", "pagu-vs-children"],
  ["TW IV 2022", "N24", "kas-vs-pagu"],
  ["TW IV 2022", "N26", "kas-vs-pagu"],
  ["TW IV 2022", "S26", "realisasi-over-kas"],
  ["TW IV 2022", "N27", "kas-vs-pagu"],
  ["TW IV 2022", "N27", "pagu-vs-children"],
  ["TW IV 2022", "O27", "kas-vs-children"],
  ["TW IV 2022", "P27", "kas-vs-children"],
  ["TW IV 2022", "Q27", "kas-vs-children"],
  ["TW IV 2022", "R27", "kas-vs-children"],
  ["TW IV 2022", "S27", "realisasi-vs-children"],
  ["TW IV 2022", "S27", "realisasi-over-pagu"],
  ["TW IV 2022", "N31", "kas-vs-pagu"],
  ["TW IV 2022", "S33", "realisasi-vs-children"],
  ["TW IV 2022", "M39", "missing-name"],
  // Issue 8: PROGRAM HUBUNGAN INDUSTRIAL's four anggaran kas cells are empty: one kas-vs-pagu at its pagu.
  ["TW IV 2022", "N40", "kas-vs-pagu"],
  ["TW IV 2022", "O40", "kas-vs-children"],
  ["TW IV 2022", "P40", "kas-vs-children"],
  ["TW IV 2022", "Q40", "kas-vs-children"],
  ["TW IV 2022", "R40", "kas-vs-children"],
  ["TW IV 2022", "S40", "realisasi-vs-children"],
  ["TW IV 2022", "S41", "realisasi-vs-children"],
  ["TW IV 2022", "S41", "realisasi-decreased"],
  ["TW IV 2022", "E42", "missing-name"],
  ["TW IV 2022", "S45", "realisasi-over-pagu"],
  ["TW IV 2022", "S45", "realisasi-over-kas"],
];

let findings: Finding[];

beforeAll(async () => {
  findings = analyseWorkbook(await gridsOf(SAMPLE)).findings;
});

const key = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;

test("every error and warning of the sample is one of its known anomalies, and each is found", () => {
  const reported = findings
    .filter((f) => f.severity !== "info")
    .map(key)
    .sort();
  expect(reported).toEqual(EXPECTED.map(([s, c, r]) => `${s}!${c} ${r}`).sort());
});

test("the stated capaian (kinerja and anggaran) of the seed all agree with the recomputed ones at their precision", () => {
  expect(findings.filter((f) => f.rule.startsWith("capaian-"))).toEqual([]);
});

test("findings carry the seed's figures as expected and actual", () => {
  const at = (sheet: string, cell: string, rule: string) =>
    findings.find((f) => f.sheet === sheet && f.cell === cell && f.rule === rule);
  expect(at("TW IV 2022", "N21", "kas-vs-pagu")).toMatchObject({
    expected: 246174400,
    actual: 250634400,
    severity: "error",
  });
  expect(at("TW IV 2022", "S27", "realisasi-over-pagu")).toMatchObject({ expected: 9453491952, actual: 9659891309 });
  expect(at("TW IV 2022", "S41", "realisasi-decreased")).toMatchObject({ expected: 10333000, actual: 9733000 });
  expect(at("TW I 2022", "S27", "realisasi-vs-children")).toMatchObject({ expected: 1882497698, actual: 1866896585 });
  expect(at("TW IV 2022", "S45", "realisasi-over-kas")).toMatchObject({ severity: "warning" });
  for (const [sheet, cell] of [
    ["TW I 2022", "N71"],
    ["TW IV 2022", "N40"],
  ]) {
    expect(at(sheet, cell, "kas-vs-pagu")).toMatchObject({
      messageKey: "kas-vs-pagu.kas-empty",
      expected: null,
      actual: 170263200,
      level: "program",
      name: "PROGRAM HUBUNGAN INDUSTRIAL",
    });
  }
});

test("the kegiatan whose sub kegiatan do not add up is flagged as a guessed level, not silently", () => {
  const guessed = findings.filter((f) => f.rule === "level-uncertain").map((f) => `${f.sheet}!${f.cell}`);
  expect(guessed).toContain("TW IV 2022!M22");
  expect(findings.filter((f) => f.rule === "level-uncertain").every((f) => f.severity === "info")).toBe(true);
});
