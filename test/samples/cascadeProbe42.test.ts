/**
 * One cause, one finding (test/fixtures/pk-probe42). Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";
import { SAMPLE } from "../taskpane/sampleGrids";

const DIR = path.join(__dirname, "..", "fixtures", "pk-probe42");

const said = (findings: { sheet: string; cell: string; rule: string; severity: string }[]) =>
  findings.filter((f) => f.sheet === "TW IV 2022" && f.severity !== "info").map((f) => `${f.cell} ${f.rule}`);

test("a sub kegiatan's pagu with a digit dropped, its anggaran kas adding up to the right one, is said at its cell alone (cascade42 F6: also the right kegiatan above, the realisasi and the capaian beside it)", async () => {
  const before = said(analyseWorkbook(await gridsOf(SAMPLE)).findings);
  const after = said(analyseWorkbook(await gridsOf(path.join(DIR, "cascade42-pagu-digit-hilang.xlsx"))).findings);
  expect(after.filter((f) => !before.includes(f))).toEqual(["N16 kas-vs-pagu"]);
  expect(before.filter((f) => !after.includes(f))).toEqual([]);
});

test("words alone on a row under a sub kegiatan, read as the rest of its name, are said (cascade42 F1: a row typed by name alone vanished into the name above)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "cascade42-baris-nama-saja.xlsx")));
  const said = analysis.findings.filter((f) => f.messageKey === "level-uncertain.lanjutan-nama");
  expect(said.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["TW IV 2022", "M18", "info"]]);
  expect(said[0].message).toContain("dibaca sebagai lanjutan nama baris di atasnya");
});
