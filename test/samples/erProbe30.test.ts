/**
 * Quarterly Evaluasi Renja forms of the round-30 probe (test/fixtures/er-probe30): a report before TW IV, with the
 * errors the probe planted. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe30");

async function findingsOf(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  return analysis.findings;
}

/** What generate gives for a workbook (a full path), which must have a source table. */
async function generated(file: string) {
  const result = generateLkjip(await gridsOf(file));
  if (!("specs" in result)) throw new Error(`no source in ${file}`);
  return result;
}

const shown = (findings: Awaited<ReturnType<typeof findingsOf>>) =>
  findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule}`);

it("a TW IV figure on an `s.d. Triwulan III` form is said once, and no sum of the report counts it (er30 D2)", async () => {
  const findings = await findingsOf("er30-c-pupr-tw3-kumulatif.xlsx");
  // Before: S21 realisasi-vs-children (kegiatan TW IV empty), T22 and U22 realisasi-total-mismatch adding TW IV.
  expect(shown(findings).sort()).toEqual(
    [
      "K14 pagu-vs-children",
      "S22 triwulan-source",
      "W19 renstra-total-mismatch",
      "X23 tingkat-capaian-mismatch",
    ].sort(),
  );
  const later = findings.find((f) => f.cell === "S22")!;
  expect(later).toMatchObject({ severity: "warning", messageKey: "triwulan-source.later-quarter" });
});

it("a JUMLAH row that adds the programs is right as it adds: the program off from its kegiatan is named, not the total (er30 D5)", async () => {
  const findings = await findingsOf("er30-c-pupr-tw3-kumulatif.xlsx");
  expect(findings.filter((f) => f.rule === "total-row-mismatch")).toEqual([]);
  expect(findings.find((f) => f.cell === "K14")?.message).toContain("Rp 5.447.100.000");
});

it("(13) is held to the quarters up to the report's, and named with them", async () => {
  const findings = await findingsOf("er30-e-kominfo-sd-tw3-judul.xlsx");
  const total = findings.find((f) => f.cell === "U18" && f.rule === "realisasi-total-mismatch")!;
  expect(total.message).toContain("(M18 + O18 + Q18 = Rp 574.651.000)");
});

it("a K figure written with another unit than the satuan says so, rather than that it is no number (er30 D3)", async () => {
  const findings = await findingsOf("er30-e-kominfo-sd-tw3-judul.xlsx");
  const p20 = findings.filter((f) => f.cell === "P20");
  expect(p20).toHaveLength(1);
  expect(p20[0]).toMatchObject({ rule: "unreadable-value", severity: "error", messageKey: "unreadable-value.unit" });
  expect(p20[0].message).toBe(
    'Sel P20 berisi "12 Keg": satuan yang ditulis bukan satuan indikator baris ini ("Sub Domain"), jadi angkanya ' +
      "tidak dibaca. Tulis angkanya saja, atau perbaiki satuannya.",
  );
});

it('a form without Tujuan PD and Sasaran PD rows names its sasaran by number in the Bab II gap, not as "" (er30 D8)', async () => {
  const result = await generated(path.join(DIR, "er30-a-dinkes-tw1.xlsx"));
  const gap = result.tableFindings.find((f) => f.messageKey?.startsWith("table-cell-empty.no-tujuan"))!;
  expect(gap.messageKey).toBe("table-cell-empty.no-tujuan-sasaran");
  expect(gap.message).toBe(
    'Tabel 2.1, 2.2: kolom Tujuan / Sasaran dibiarkan kosong untuk "Sasaran Strategis I", karena lembar "TW I 2024" ' +
      "tidak menyebut tujuan dan sasaran PD (bentuk tanpa baris Tujuan dan Sasaran PD; programnya mulai di sel C14).",
  );
});

it("a K figure written after the report's quarter is said, and (13) is held to the quarters up to it", async () => {
  const file = path.join(__dirname, "..", "fixtures", "er-probe12", "er12-10-pupr-kab-tw2-nol.xlsx");
  const [grid] = await gridsOf(file);
  // `Triwulan II Tahun 2023`: 1.000 typed in TW III K (R11) of an indikator whose (13) V11 is TW I + TW II.
  grid.cells[10][17] = { value: 1000, numFmt: "General" };
  const findings = analyseWorkbook([grid]).findings;
  expect(findings.filter((f) => f.cell === "V11")).toEqual([]);
  const later = findings.filter((f) => f.rule === "triwulan-source");
  expect(later.map((f) => [f.cell, f.severity, f.messageKey])).toEqual([
    ["R11", "warning", "triwulan-source.later-quarter-kinerja"],
  ]);
  expect(later[0].message).toBe(
    "Realisasi kinerja TW III di R11 terisi (1.000), padahal lembar ini laporan s.d. TW II: angka itu tidak masuk " +
      "laporan. Periksa apakah angkanya salah kolom, atau judulnya belum diganti ke triwulan berikutnya.",
  );
});

it("a report before Triwulan IV says under its capaian table that the capaian and predikat are not the year's (er30 D7)", async () => {
  const result = await generated(path.join(DIR, "er30-a-dinkes-tw1.xlsx"));
  const ss1 = result.specs.find((s) => s.name === "LKjIP SS I")!;
  const texts = ss1.cells.map((c) => c.cell.value).filter((v): v is string => typeof v === "string");
  expect(texts).toContain(
    "Realisasi s.d. Triwulan I dibandingkan dengan target tahun 2024: capaian dan predikat ini belum menggambarkan " +
      "akhir tahun.",
  );
  const yearEnd = await generated(
    path.join(__dirname, "..", "..", "assets", "samples", "pengukuran-kinerja-2022.xlsx"),
  );
  expect(yearEnd.specs.flatMap((s) => s.cells).some((c) => String(c.cell.value).includes("belum menggambarkan"))).toBe(
    false,
  );
});

it("before Triwulan IV, Realisasi Anggaran's repeated header and the notes of Tabel 3.5 and 3.6 say how far the realisasi reaches (print34 D6)", async () => {
  const result = await generated(path.join(DIR, "er30-a-dinkes-tw1.xlsx"));
  const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
  const header = ra.cells.find((c) => c.cell.value === "REALISASI S.D. TRIWULAN I");
  expect(header).toBeDefined();
  const repeat = ra.print.repeatRows;
  if (repeat) expect(header!.row >= repeat[0] && header!.row <= repeat[1]).toBe(true);
  // One sasaran: Tabel 3.1, 3.5 and 3.6 on its sheet each carry the note (3.1 alone before).
  const ss = result.specs.find((s) => s.name === "LKjIP SS I")!;
  const notes = ss.cells.filter((c) => String(c.cell.value).includes("belum menggambarkan akhir tahun"));
  expect(notes).toHaveLength(3);
});

it("(13) Rp left empty beside its (14) is said once, as missing, with no (14) = (7) + (13) finding built on it (find32)", async () => {
  const [grid] = await gridsOf(path.join(DIR, "er30-c-pupr-tw3-kumulatif.xlsx"));
  // Row 16, a sub kegiatan: (13) Rp in U16 emptied; (14) Rp W16 keeps its value.
  grid.cells[15][20] = { value: null };
  const findings = analyseWorkbook([grid]).findings.filter((f) => f.cell === "U16" || f.cell === "W16");
  expect(findings.map((f) => [f.cell, f.rule])).toEqual([["U16", "missing-value"]]);
});
