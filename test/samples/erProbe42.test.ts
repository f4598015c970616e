/**
 * Evaluasi Renja forms of offices unlike the sample (test/fixtures/er-probe42). Each test fails on the engine before
 * the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe42");

test("a cumulative form whose latest s.d. TW cell fell below the one before, (13) right: Realisasi Anggaran prints (13) (erprov42 F1: 62.500.000 printed, unmarked with --final)", async () => {
  const result = generateLkjip(await gridsOf(path.join(DIR, "er42-dinsos-kumulatif-sd-salah.xlsx")), {
    lkjip: { final: true },
  });
  if (!("specs" in result)) throw new Error("no source");
  const said = result.analysis.findings.filter((f) => f.cell === "N21" || f.cell === "T21").map((f) => f.messageKey);
  expect(said.sort()).toEqual(["realisasi-decreased.kumulatif", "realisasi-total-mismatch.kumulatif"]);
  // Its kegiatan's quarter is said as the form writes it, up to TW II (erprov42 F4: "TW II").
  const parent = result.analysis.findings.find((f) => f.cell === "N20")!;
  expect(parent.messageKey).toBe("realisasi-vs-children.triwulan-kumulatif");
  expect(parent.message).toMatch(
    /^Realisasi s\.d\. TW II kegiatan di N20 .* jumlah realisasi s\.d\. TW II sub kegiatan/,
  );
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  const row = ra.cells.find((c) => c.cell.value === "Penyediaan Permakanan")!.row;
  const realisasi = ra.cells.find((c) => c.row === row && c.col === 3)!.cell;
  expect([realisasi.value, realisasi.sources]).toEqual([156_250_000, ["T21"]]);
});

test("rows under a sub kegiatan holding only a location and Rp that add up to it are its breakdown, no sub kegiatan (erprov42 F3: two nameless sub kegiatan and 8 false errors)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "er42-provinsi-baris-lokasi.xlsx")));
  expect(countModel(analysis.models[0])).toMatchObject({ program: 3, kegiatan: 4, subKegiatan: 7 });
  const said = analysis.findings.map((f) => `${f.cell} ${f.messageKey}`);
  expect(said).toEqual(["V21 realisasi-total-mismatch", "L23 pagu-vs-children", "C26 level-uncertain.rincian"]);
});

test("a K figure typed with its unit, passed over by the (13) SUM, is said at its cell, and the SUM is not blamed (cascade42 F2: U37 called 3 against 2)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "er42-k-dengan-satuan-dilewati-sum.xlsx")));
  const at = analysis.findings.filter((f) => f.sheet === "TW IV 2022" && (f.cell === "M37" || f.cell === "U37"));
  expect(at.map((f) => `${f.cell} ${f.rule}`)).toEqual(["M37 number-stored-as-text"]);
  expect(at[0].message).toContain("(1 dokumen)");
});
