/**
 * Evaluasi Renja forms of the round-15 probe (test/fixtures/er-probe15): correct forms the engine had misread. Each
 * test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe15");

describe("a print-ready copy: `Halaman k dari 3` merged across the table, the header block repeated on each page", () => {
  const file = path.join(DIR, "er15-01-dinkes-cetak-berhalaman.xlsx");

  it("reads neither the page lines nor the repeated `I | II | III | IV` row as data", async () => {
    const analysis = analyseWorkbook(await gridsOf(file));
    expect(analysis.findings).toEqual([]);
    const model = analysis.models[0] as EvaluasiRenjaModel;
    expect(countModel(model)).toMatchObject({
      tujuan: 1,
      sasaran: 2,
      program: 3,
      kegiatan: 6,
      subKegiatan: 10,
      indikator: 23,
    });
  });

  it("prints no page line in the LKjIP", async () => {
    const result = generateLkjip(await gridsOf(file));
    if (!result.source) throw new Error("no source");
    expect(result.specs.filter((s) => s.name.startsWith("LKjIP SS")).map((s) => s.name)).toEqual([
      "LKjIP SS I",
      "LKjIP SS II",
    ]);
    const printed = result.specs.flatMap((s) => s.cells.map((c) => c.cell.value));
    expect(printed.filter((v) => typeof v === "string" && /Halaman \d dari/.test(v))).toEqual([]);
  });
});

describe("codes typed with spaces around the dots (`1 . 03 . 01 . 2 . 01`)", () => {
  it("are read as codes: every node has its kode", async () => {
    const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "er15-08-pupr-kode-berspasi.xlsx")));
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const model = analysis.models[0] as EvaluasiRenjaModel;
    const program = model.program[0] ?? model.urusan[0]?.bidang[0]?.program[0];
    expect(program).toMatchObject({ kode: "1.03.01", cell: "E10" });
    expect(program.kegiatan[0]).toMatchObject({ kode: "1.03.01.2.01" });
    expect(program.kegiatan[0].subKegiatan[0]).toMatchObject({ kode: "1.03.01.2.01.0001" });
  });
});

describe("a second unit's form under the Dinas's in one sheet (`Unit Organisasi : Rumah Sakit Umum Daerah …`)", () => {
  const file = path.join(DIR, "er15-06-dinkes-dua-unit.xlsx");

  it("is left out of the Dinas's report, and one warning names it with its rows", async () => {
    const analysis = analyseWorkbook(await gridsOf(file));
    expect(analysis.findings.map((f) => [f.severity, f.messageKey, f.cell])).toEqual([
      ["warning", "stacked-tables.unit", "A33"],
    ]);
    expect(analysis.findings[0].message).toContain("Rumah Sakit Umum Daerah Poso");
    expect(analysis.findings[0].message).toContain("(33–58)");
    const model = analysis.models[0] as EvaluasiRenjaModel;
    expect(countModel(model)).toMatchObject({ tujuan: 1, sasaran: 2, program: 3 });
    expect(model.tujuan.map((t) => t.name)).not.toContain("Meningkatnya mutu pelayanan rumah sakit");
  });

  it("prints no chapter of the other unit's sasaran", async () => {
    const result = generateLkjip(await gridsOf(file));
    if (!result.source) throw new Error("no source");
    expect(result.specs.filter((s) => s.name.startsWith("LKjIP SS")).map((s) => s.name)).toEqual([
      "LKjIP SS I",
      "LKjIP SS II",
    ]);
  });
});
