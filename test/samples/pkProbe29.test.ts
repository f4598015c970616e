/**
 * A Pengukuran Kinerja report kept as one sheet per bidang (test/fixtures/pk-probe29, from the round-29 probe): the
 * LKjIP is built from one sheet, and the others' programs are said to be left out rather than silently missing.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { isPengukuranKinerja } from "../../src/core/model/sheetModel";
import { KAS_KEYS } from "../../src/core/layout/headerWords";
import { budgetNodes } from "../../src/core/validation/modelAccess";
import { gridsOf } from "../file/gridsOf";

const FILE = path.join(__dirname, "..", "fixtures", "pk-probe29", "pk29-bidang-per-lembar.xlsx");

it("the other bidang's sheets of the same period are named in one warning, in the tables' findings and Hasil Pemeriksaan", async () => {
  const result = generateLkjip(await gridsOf(FILE));
  if (!("specs" in result)) throw new Error("no source");
  const parts = result.tableFindings.filter((f) => f.messageKey === "stacked-tables.sheets");
  expect(parts).toHaveLength(1);
  expect(parts[0]).toMatchObject({ severity: "warning", sheet: "Lap TW 3 Sekretariat", cell: "L8" });
  expect(parts[0].message).toContain('"Lap TW 3 Sekretariat", "Lap TW 3 Koperasi" dengan 5 program lain');
  expect(parts[0].message).toContain('hanya dibuat dari lembar "Lap TW 3 UMKM"');
  const hasil = result.specs.find((s) => s.kind === "hasil-pemeriksaan")!;
  expect(hasil.cells.some((c) => c.cell.value === "stacked-tables")).toBe(true);
});

it("a copy of the source sheet (the same programs) is no other part", async () => {
  const grids = await gridsOf(FILE);
  const umkm = grids.find((g) => g.name === "Lap TW 3 UMKM")!;
  const result = generateLkjip([umkm, { ...umkm, name: "Lap TW 3 UMKM salinan" }]);
  if (!("specs" in result)) throw new Error("no source");
  expect(result.tableFindings.filter((f) => f.messageKey === "stacked-tables.sheets")).toEqual([]);
});

it("a `RAK s/d TW III` column (kas up to the quarter) is no quarter's kas: none is read, and nothing claims kas was checked", async () => {
  const file = path.join(__dirname, "..", "fixtures", "pk-probe29", "pk29-rak-sampai-tw3.xlsx");
  const analysis = analyseWorkbook(await gridsOf(file));
  const model = analysis.models[0];
  if (!model || !isPengukuranKinerja(model)) throw new Error("not recognised");
  expect(KAS_KEYS.map((k) => model.columns[k])).toEqual([undefined, undefined, undefined, undefined]);
  const kas = budgetNodes(model).map(({ node }) => node.anggaranKas);
  expect(kas.length).toBeGreaterThan(0);
  expect(kas.every((k) => k.every((q) => q === null))).toBe(true);
  expect(analysis.findings).toEqual([]);
});
