/**
 * Pengukuran Kinerja sheets of big offices (test/fixtures/pk-unit39). Each test fails on the engine before the fix
 * it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-unit39");

async function read(file: string, sheet?: string) {
  const grids = (await gridsOf(path.join(DIR, file))).filter((g) => sheet === undefined || g.name === sheet);
  const analysis = analyseWorkbook(grids);
  const errors = analysis.findings.filter((f) => f.severity === "error").map((f) => `${f.cell} ${f.rule}`);
  return { grids, analysis, model: analysis.models[0], errors: errors.sort() };
}

function belanjaDaerah(result: ReturnType<typeof generateLkjip>): (string | number | undefined)[] {
  if (!("specs" in result)) throw new Error("no source");
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  const label = ra.cells.find((c) => c.cell.value === "BELANJA DAERAH")!;
  const at = (col: number) => ra.cells.find((c) => c.row === label.row && c.col === col)!.cell;
  return [at(2).result, at(3).result];
}

test("a BLUD's revenue rows (code of akun 4, `PENDAPATAN BLUD`) and the `BELANJA DAERAH` heading over the programs are no budget rows (unit39 D1: the revenue was added to BELANJA DAERAH as a program, 52 billion for 27)", async () => {
  const { grids, analysis, model, errors } = await read("unit39-rsud-blud.xlsx");
  expect(countModel(model)).toMatchObject({ program: 2, kegiatan: 3, subKegiatan: 3 });
  expect(errors).toEqual(["T18 realisasi-over-pagu", "T20 total-row-mismatch"]);
  expect(analysis.findings.find((f) => f.cell === "T20")!.message).toContain("selisih Rp 5.000.000");
  expect(analysis.findings.filter((f) => f.messageKey === "level-uncertain.pendapatan").map((f) => f.cell)).toEqual([
    "N8",
  ]);
  expect(belanjaDaerah(generateLkjip(grids))).toEqual([27_000_000_000, 18_150_000_000]);
});

test("programs numbered in Roman numerals (`II. PROGRAM …`) are programs (unit39 D2: read as kegiatan of the `I.` program, Rp 3.000.000.000 of pagu lost, 35 false errors)", async () => {
  const { grids, model, errors } = await read("unit39-dinkes-upt.xlsx");
  expect(countModel(model)).toMatchObject({ program: 6 });
  expect(errors).toContain("N29 total-row-mismatch");
  expect(errors).toContain("S28 realisasi-over-pagu");
  expect(errors.length).toBeLessThan(12);
  expect(belanjaDaerah(generateLkjip(grids))).toEqual([11_820_000_000, 11_270_000_000]);
});

test("`BIDANG PEMBINAAN …` headings in capitals over each bidang's programs, each bidang with its JUMLAH and no grand total: headings, and each JUMLAH adds up its own bidang (unit39 D5: read as a program and a kegiatan, 4 false warnings, the SD JUMLAH called wrong by Rp 3.700.000.000)", async () => {
  const { analysis, model, errors } = await read("unit39-dikbud-bidang.xlsx", "REKAP");
  expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 3, subKegiatan: 6 });
  expect(errors).toEqual(["S17 realisasi-vs-children", "S20 realisasi-over-pagu"]);
  expect(analysis.findings.filter((f) => f.rule === "missing-value")).toEqual([]);
});
