/**
 * Evaluasi Renja forms of the round-28 probes (test/fixtures/er-probe28): whole years of large offices, with the
 * errors the probe planted, and an app's HTML export printing one table per program. Each test fails on the engine
 * before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { ErNode } from "../../src/core/model/evaluasiRenja";
import { budgetNodes } from "../../src/core/validation/modelAccess";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe28");

async function read(file: string) {
  const grids = await gridsOf(path.join(DIR, file));
  const analysis = analyseWorkbook(grids);
  const model = analysis.models[0] as EvaluasiRenjaModel;
  const shown = analysis.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);
  return { grids, model, shown };
}

function nodes(model: EvaluasiRenjaModel): ErNode[] {
  return budgetNodes(model).map((r) => r.node as ErNode);
}

const byKode = (model: EvaluasiRenjaModel, kode: string) => nodes(model).find((n) => n.kode === kode);

it("a printed page's header copied inside the table, `Uraian | Satuan | K | Rp` row too, is no program (a phantom program and 28 false findings)", async () => {
  const { model, shown } = await read("er28-a-pupr-tw4.xlsx");
  expect(nodes(model).filter((n) => n.level === "program")).toHaveLength(18);
  // Exactly the seven planted errors.
  expect(shown).toEqual([
    ["realisasi-total-mismatch", "U37"],
    ["renstra-total-mismatch", "W94"],
    ["tingkat-capaian-mismatch", "Y143"],
    ["formula-range", "K145"],
    ["realisasi-over-pagu", "U172"],
    ["unreadable-value", "Q329"],
    ["total-row-mismatch", "K472"],
  ]);
});

it("a kegiatan's SUM over a header copied at a page break inside it is read (its kegiatan and program had no budget)", async () => {
  const { model, shown } = await read("er28-c-kopdagin-tw4.xlsx");
  expect(String(byKode(model, "3.30.06")?.pagu?.value)).toBe("9661312500");
  expect(String(byKode(model, "3.30.06.2.01")?.realisasi?.value)).toBe("2780618200");
  expect(nodes(model).filter((n) => n.level === "subKegiatan")).toHaveLength(399);
  expect(shown.filter(([rule]) => rule === "unreadable-value")).toEqual([["unreadable-value", "I188"]]);
  // A program's (13) typed low, short of its quarters and of its kegiatan by the same amounts: one finding.
  expect(shown.filter(([, cell]) => cell === "U127")).toEqual([["realisasi-total-mismatch", "U127"]]);
});

it("K written with a shortened unit (`26 Keg`, `9 Org`), an urusan summing its programs past its bidang, a capaian rounded half down: no finding", async () => {
  const { shown } = await read("er28-b-dinkes-p2kb-tw4.xlsx");
  expect(shown).toEqual([
    ["tingkat-capaian-mismatch", "X27"],
    ["realisasi-vs-children", "O64"],
    ["realisasi-total-mismatch", "U65"],
    ["pagu-vs-children", "K102"],
    ["realisasi-negative", "S239"],
    ["pagu-vs-children", "K242"],
  ]);
});

it("a program whose realisasi cannot be read leaves BELANJA DAERAH's realisasi empty and says why (it was summed without it)", async () => {
  const { grids } = await read("er28-a-pupr-tw4.xlsx");
  const result = generateLkjip(grids);
  if (!("specs" in result)) throw new Error("no source");
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  const total = ra.cells.filter((c) => c.row === ra.cells.find((x) => x.cell.value === "BELANJA DAERAH")!.row);
  expect(total.find((c) => c.col === 3)?.cell.formula).toBeUndefined();
  expect(total.find((c) => c.col === 2)?.cell.formula).toMatch(/^SUM\(/);
  const notes = ra.cells.map((c) => c.cell.value).filter((v) => typeof v === "string" && v.includes("tidak dijumlah"));
  expect(notes).toEqual([
    'Tabel 3.25: REALISASI BELANJA DAERAH tidak dijumlah: program "PROGRAM PERUMAHAN DAN KAWASAN PERMUKIMAN KUMUH" tidak terbaca (C317).',
  ]);
});

it("an HTML export printing one table per program, each with its four header rows, reads as one form (41 false errors)", async () => {
  const { model, shown } = await read("fmt28-tabel-per-program.xls");
  expect(nodes(model).filter((n) => n.level === "program")).toHaveLength(3);
  expect(shown).toEqual([["pagu-vs-children", "L23"]]);
});

it("a program SUM that leaves out a kegiatan whose own SUM passes over `belum`: its figure is not known right, and nothing is built on it (find32)", async () => {
  const grids = await gridsOf(path.join(DIR, "er28-a-pupr-tw4.xlsx"));
  // K172, a sub kegiatan's pagu under kegiatan row 169, which K145's SUM leaves out (planted).
  grids[0].cells[171][10] = { value: "belum" };
  const findings = analyseWorkbook(grids).findings;
  expect(
    findings.filter((f) => f.row === 144 || f.cell.endsWith("145")).map((f) => [f.cell, f.rule, f.severity]),
  ).toEqual([["K145", "formula-range", "warning"]]);
  expect(findings.filter((f) => f.cell === "K172").map((f) => f.rule)).toEqual(["unreadable-value"]);
});
