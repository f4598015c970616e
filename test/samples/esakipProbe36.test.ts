/**
 * Pengukuran Kinerja sheets in e-SAKIP export layouts (test/fixtures/pk-esakip36): a `Kode` column holding the
 * indikator's code (`IKU 1.1`) left of the indikator is no budget column. Each test fails on the engine before the
 * fix it names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-esakip36");

async function read(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const said = analysis.findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule}`);
  return { model: analysis.models[0] as PengukuranKinerjaModel, said };
}

test.each([
  ["esakip36-kode-iku.xlsx", ["Q9 capaian-kinerja-mismatch"]],
  ["esakip36-kode-iku-teks.xlsx", ["U14 total-row-mismatch", "R10 capaian-kinerja-mismatch"]],
  [
    "esakip36-kode-iku-kode-rekening.xlsx",
    ["U11 pagu-vs-children", "V16 realisasi-over-pagu", "V17 realisasi-over-pagu"],
  ],
])(
  "%s: the indikator keep their realisasi, and the planted errors alone are found (esakip36 F1)",
  async (file, planted) => {
    const { model, said } = await read(file);
    expect(said.sort()).toEqual([...planted].sort());
    const indikator = model.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.indikator);
    expect(indikator.length).toBeGreaterThan(0);
    expect(indikator.filter((i) => i.realisasi !== null).length).toBeGreaterThan(0);
  },
);

test("a capaian stated T/R for an indikator nothing says is lower-is-better is said, with R/T's figure (esakip36 F2: a missed target printed 103,45% Sangat Tinggi, silently)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "esakip36-capaian-t-per-r.xlsx")));
  const q6 = analysis.findings.filter((f) => f.cell === "Q6");
  expect(q6.map((f) => f.messageKey)).toEqual(["capaian-kinerja-mismatch.polaritas-capaian"]);
  expect(q6[0].message).toContain("(103,45%)");
  expect(q6[0].message).toContain("capaiannya 96,67%");
});

test("`Rencana Aksi` over TW I … TW IV beside `Target 2023`: the quarters' actions, the year's target read (esakip36 F3: twenty action texts were unreadable targets, the planted errors missed)", async () => {
  const { model, said } = await read("esakip36-rencana-aksi-teks.ods");
  expect(said.sort()).toEqual(["J9 capaian-kinerja-mismatch", "M12 realisasi-over-pagu"]);
  const indikator = model.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.indikator);
  expect(indikator.map((i) => i.target[3]?.value.toNumber())).toEqual([3, 90, 85, 80, 100]);
});

test("a `Kode IKU` column holds the indikator's code: the indikator keep their names, never `IKU 1.1` (esakip36 F4: every LKjIP table named them by their codes)", async () => {
  const { model, said } = await read("esakip36-kode-iku-judul.xlsx");
  const names = model.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.indikator.map((i) => i.name));
  expect(names).toHaveLength(5);
  expect(names[0]).toBe("Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)");
  expect(names.filter((n) => /^IKU\b/.test(n))).toEqual([]);
  expect(said).toEqual(["Q10 capaian-kinerja-mismatch"]);
});

test("`Target Tahunan` beside `Target s/d TW III`, `Capaian thd Target TW III` beside `Capaian thd Target Tahunan`: the year's target is read, each capaian is checked against the target its title names (esakip36 F5: the year's capaian was checked against the TW III target, a false warning, and its wrong figure was said with the wrong one)", async () => {
  const { model, said } = await read("esakip36-capaian-dua-kolom.xlsx");
  const indikator = model.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.indikator);
  expect(indikator.map((i) => i.target[3]?.value.toNumber())).toEqual([3, 90, 85, 80, 100]);
  expect(indikator.map((i) => i.target[2]?.value.toNumber())).toEqual([2.8, 80, 85, 80, 100]);
  // Column H (thd Target TW III), all of them right, is the sheet's capaian; column I (thd Target Tahunan) is checked
  // against the year's target: I6's 81,11 is 82 / 90 = 91,11.
  expect([model.columns.capaianKinerja, model.columns.capaianTahunan]).toEqual([7, 8]);
  expect(indikator.map((i) => i.capaian?.value.toNumber())).toEqual([98.21, 102.5, 100.59, 98, 95]);
  expect(indikator.map((i) => i.capaianTahunan?.value.toNumber())).toEqual([91.67, 81.11, 100.59, 98, 95]);
  expect(said.sort()).toEqual(["I6 capaian-kinerja-mismatch", "L11 total-row-mismatch"]);
  const { findings } = analyseWorkbook(await gridsOf(path.join(DIR, "esakip36-capaian-dua-kolom.xlsx")));
  expect(findings.find((f) => f.cell === "I6")!.message).toContain(
    "hitung ulang 91,11% dari realisasi 82 dan target TW IV 90",
  );
});

test("a kinerja table with its programs in a table of their own under it is refused with where each table is and what to change, not with column titles it has (esakip36 F6)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "esakip36-program-di-bawah.xlsx")));
  expect(analysis.models).toEqual([]);
  const [skipped] = analysis.skipped;
  expect(skipped.missingHeaders).toEqual([]);
  expect(skipped.reason).toContain("tabel program (judul kolom di baris 13) terpisah dari tabel kinerja");
  expect(skipped.reason).toContain("(judul kolom di baris 5)");
  expect(skipped.reason).not.toContain("ANGGARAN KAS");
});
