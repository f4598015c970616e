/**
 * Evaluasi Renja forms of the round-23 probe (test/fixtures/er-probe23): rows under the table that are no part of
 * its tree. Both forms are correct: no finding above info.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { budgetNodes } from "../../src/core/validation/modelAccess";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe23");

async function read(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const model = analysis.models[0] as EvaluasiRenjaModel;
  const count = (level: string) => budgetNodes(model).filter((r) => r.node.level === level).length;
  return { analysis, model, count, serious: analysis.findings.filter((f) => f.severity !== "info") };
}

it("a total row labelled REKAP is the table's total, no kegiatan (six false errors before)", async () => {
  const { count, serious, model } = await read("er23-09-dinsos-tw4-rekap-ttd-bersih.xlsx");
  expect([count("program"), count("kegiatan"), count("subKegiatan")]).toEqual([3, 6, 10]);
  expect(model.totals.map((t) => t.row + 1)).toEqual([31]);
  expect(model.tujuan.map((t) => t.name)).toEqual(["Meningkatnya kesejahteraan sosial masyarakat"]);
  expect(serious).toEqual([]);
});

it.each([
  // The notes in the TUJUAN column were read as two more tujuan.
  ["er23-09-dinsos-tw4-rekap-ttd-bersih.xlsx", 10],
  // The notes in the names column were read as two sub kegiatan, each with a warning.
  ["er23-02-dlh-tw4-tangan-rumus-bersih.xlsx", 10],
])("%s: the numbered lines under `Catatan:` are notes, no node or tujuan", async (file, subs) => {
  const { count, serious, analysis } = await read(file);
  expect(count("subKegiatan")).toBe(subs);
  expect(serious).toEqual([]);
  expect(JSON.stringify(analysis.models[0])).not.toContain("Realisasi anggaran berdasarkan SP2D");
});

it("on a form in thousands, a total that shows the same as its parts at the precision shown is no error (Rp 10 before)", async () => {
  const { serious, model } = await read("er23-03-dinsos-tw4-ribuan-bersih.xlsx");
  expect(model.rupiahUnit?.factor).toBe(1000);
  expect(serious).toEqual([]);
});

it("on a form in thousands, a difference of a shown unit or more is still found", async () => {
  const { serious } = await read("er23-16-dpmptsp-tw4-ribuan-tw2-kegiatan-salah.xlsx");
  const at = serious.map((f) => [f.rule, f.cell, Number(f.actual) - Number(f.expected)]);
  expect(at).toContainEqual(["realisasi-vs-children", "O28", 4_000_000]);
  expect(at).toContainEqual(["renstra-total-mismatch", "W28", -4_000_000]);
});

describe("a cumulative form's realisasi cannot fall from one quarter to the next", () => {
  it("a s.d. TW III below the s.d. TW II is named at its cell, with the one before it (only its parent's sum before)", async () => {
    const { serious } = await read("er23-18-dinsos-tw4-kumulatif-turun.xlsx");
    const fell = serious.filter((f) => f.rule === "realisasi-decreased");
    expect(fell.map((f) => [f.cell, Number(f.expected), Number(f.actual)])).toEqual([["Q29", 62_157_500, 50_000_000]]);
    expect(fell[0].message).toContain("lebih kecil daripada realisasi s/d TW II di O29");
  });

  it("the correct cumulative form has no finding", async () => {
    const { serious, model } = await read("er23-07-dpmptsp-tw4-kumulatif-bersih.xlsx");
    expect(model.triwulanKumulatif).toBe(true);
    expect(serious).toEqual([]);
  });
});

it("on a TW III form, realisasi typed under TW IV is named at its cell (only the kegiatan's empty TW IV was said)", async () => {
  const { serious } = await read("er23-15-dinsos-tw3-kolom-triwulan-salah.xlsx");
  const later = serious.filter((f) => f.rule === "triwulan-source");
  expect(later.map((f) => [f.cell, f.severity, f.messageKey])).toEqual([
    ["S26", "warning", "triwulan-source.later-quarter"],
  ]);
  expect(later[0].message).toContain(
    "Realisasi TW IV di S26 terisi (Rp 13.104.000), padahal lembar ini laporan s.d. TW III",
  );
});
