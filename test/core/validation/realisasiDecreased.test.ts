import { validate } from "../../../src/core/validation/validate";
import { Finding } from "../../../src/core/model/finding";
import { kegiatan, program, sasaran, sheetModel, sub } from "./factory";

/** A sheet whose two same-named sub kegiatan realise `a` and `b`, with consistent parents. */
function sheet(name: string, triwulan: number, a: number, b: number, tahun = 2022, subName = "Pelayanan antar Kerja") {
  const v = (r: number, pagu: number) => ({
    pagu,
    kas: [pagu / 4, pagu / 4, pagu / 4, pagu / 4] as [number, number, number, number],
    realisasi: r,
    capaian: String((r * 100) / pagu).replace(".", ","),
  });
  const keg = kegiatan("Pelayanan Antarkerja", 8, v(a + b, 2000), [
    sub(subName, 9, v(a, 1000)),
    sub(subName, 10, v(b, 1000)),
  ]);
  const prog = program("PROGRAM PENEMPATAN TENAGA KERJA", 7, v(a + b, 2000), [keg]);
  return sheetModel(name, [sasaran(7, [], [prog])], { triwulan, tahun });
}

const decreased = (f: Finding[]) => f.filter((x) => x.rule === "realisasi-decreased");

test("silent when cumulative realisasi grows", () => {
  expect(validate([sheet("TW I", 1, 100, 10), sheet("TW II", 2, 200, 20)])).toEqual([]);
});

test("a later triwulan realising less is reported at the later sheet's cell, naming both sheets", () => {
  const f = validate([sheet("TW I", 1, 100, 10), sheet("TW II", 2, 80, 20)]);
  expect(decreased(f)).toEqual([
    {
      rule: "realisasi-decreased",
      severity: "error",
      sheet: "TW II",
      cell: "S8",
      expected: 110,
      actual: 100,
      // Issue 8: the sentence said "sheet" in Bahasa Indonesia; it says "lembar" now.
      message:
        'Realisasi program "PROGRAM PENEMPATAN TENAGA KERJA" di S8 lembar "TW II" s/d TW II (Rp 100) lebih kecil daripada realisasi s/d TW I di lembar "TW I" (Rp 110); realisasi kumulatif tidak boleh turun.',
      messageKey: "realisasi-decreased",
      params: {
        tingkat: "program",
        nama: "PROGRAM PENEMPATAN TENAGA KERJA",
        cell: "S8",
        sheet: "TW II",
        triwulan: 2,
        realisasi: 100,
        triwulanLalu: 1,
        sheetLalu: "TW I",
        realisasiLalu: 110,
      },
      row: 8,
      level: "program",
      name: "PROGRAM PENEMPATAN TENAGA KERJA",
    },
    expect.objectContaining({ sheet: "TW II", cell: "S9", expected: 110, actual: 100 }),
    expect.objectContaining({ sheet: "TW II", cell: "S10", expected: 100, actual: 80 }),
  ]);
});

test("names match case- and space-insensitively; same-named siblings match by order", () => {
  const later = sheet("TW III", 3, 60, 20, 2022, "  PELAYANAN   antar kerja ");
  // Matched by order: 50 → 60 and 10 → 20 both grow. Matching both to the first (50) would report 20 < 50.
  expect(decreased(validate([sheet("TW II", 2, 50, 10), later]))).toEqual([]);
  expect(decreased(validate([sheet("TW II", 2, 50, 30), later])).map((x) => [x.cell, x.expected, x.actual])).toEqual([
    ["S11", 30, 20],
  ]);
});

test("compares with the nearest earlier triwulan of the same tahun, whatever the workbook order", () => {
  const tw1 = sheet("TW I", 1, 10, 1);
  const tw2 = sheet("TW II", 2, 300, 30);
  const tw4 = sheet("TW IV", 4, 200, 140);
  expect(decreased(validate([tw4, tw1, tw2])).map((x) => [x.sheet, x.cell, x.expected])).toEqual([
    ["TW IV", "S10", 300],
  ]);
  expect(decreased(validate([sheet("2021 TW I", 1, 500, 50, 2021), sheet("2022 TW II", 2, 100, 10)]))).toEqual([]);
  expect(decreased(validate([sheet("A", 2, 500, 50), { ...sheet("B", 3, 100, 10), triwulan: null }]))).toEqual([]);
});

describe("rows whose names differ slightly between triwulan sheets", () => {
  const tw1Name =
    "Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama untuk Perusahaan yang Beroperasi dalam 1 (satu) Daerah Kab/Kota";
  const tw4Name =
    "Pengesahan Peraturan PerUsahaan dan Pendaftaran Perjanjian Kerja Bersama untuk PerUsahaan yang nya Beroperasi dalam 1 (satu) Daerah Kabupaten/Kota";

  test("a typo or abbreviation does not hide a fall (the seed's TW I → TW IV kegiatan, 10.333.000 → 9.733.000)", () => {
    const early = sheet("TW I", 1, 10_333_000, 0, 2022, "Pengesahan Peraturan Perusahaan bagi Perusahaan");
    const late = sheet("TW IV", 4, 9_733_000, 0, 2022, "Pengesahan Peraturan PerUsahaan bagi PerUsahaan");
    early.tujuan[0].sasaran[0].program[0].kegiatan[0].name = tw1Name;
    late.tujuan[0].sasaran[0].program[0].kegiatan[0].name = tw4Name;
    const cells = decreased(validate([early, late])).map((x) => [x.cell, x.expected, x.actual]);
    expect(cells).toContainEqual(["S8", 10_333_000, 9_733_000]);
    expect(cells).toContainEqual(["S9", 10_333_000, 9_733_000]);
  });

  test("different rows are not paired", () => {
    const early = sheet("TW I", 1, 500, 0);
    const late = sheet("TW IV", 4, 100, 0);
    late.tujuan[0].sasaran[0].program[0].kegiatan[0].name = "Pengelolaan Informasi Pasar Kerja";
    late.tujuan[0].sasaran[0].program[0].name = "PROGRAM HUBUNGAN INDUSTRIAL";
    expect(decreased(validate([early, late]))).toEqual([]);
  });
});
