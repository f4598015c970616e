import { validate } from "../../../src/core/validation/validate";
import { indikator, kegiatan, program, sasaran, sheetModel, sub } from "./factory";

/**
 * Pengukuran Kinerja 2022 S/D TRIWULAN IV, sasaran "Meningkatnya Kualitas Pelayanan Publik Pemerintahan":
 * rows as in the seed, placed from row 34 on with the seed's column layout.
 */
function pelayananPenanamanModal() {
  const subs = [
    sub(
      "Penyediaan Pelayanan Terpadu Perizinan dan Nonperizinan berbasis Sistem Pelayanan Perizinan BerUsaha Terintegrasi secara Elektronik",
      34,
      {
        pagu: "110.765.800",
        kas: ["43.712.500", "25.244.300", "20.904.500", "20.904.500"],
        realisasi: "109.210.232",
        capaian: "98,60",
      },
    ),
    sub("Pemantauan pemenuhan Komitmen Perizinan dan Non Perizinan Penanaman Modal", 35, {
      pagu: "56.176.300",
      kas: ["18.011.300", "18.009.500", "17.449.500", "17.689.500"],
      realisasi: "53.671.174",
      capaian: "95,54",
    }),
    sub("Penyediaan Layanan Konsultasi dan Pengelolaan Pengaduan Masyarakat", 36, {
      pagu: "3.249.800",
      kas: ["824.900", "824.900", "800.000", "800.000"],
      realisasi: "849.800",
      capaian: "26,15",
    }),
    sub("Koordinasi dan Sinkronisasi Penetapan pemberian Fasilitas/Insentif Daerah", 37, {
      pagu: "80.442.500",
      kas: ["16.523.000", "10.833.000", "13.328.000", "20.315.000"],
      realisasi: "73.728.900",
      capaian: "91,65",
    }),
  ];
  const kas: [string, string, string, string] = ["79.071.700", "54.911.700", "52.482.000", "59.709.000"];
  const keg = kegiatan(
    "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu dibidang Penanaman Modal",
    33,
    { pagu: "246.174.400", kas, realisasi: "237.460.106", capaian: "96,46" },
    subs,
  );
  const prog = program(
    "PROGRAM PELAYANAN PENANAMAN MODAL",
    32,
    {
      pagu: "250.634.400",
      kas,
      realisasi: "237.460.106",
      capaian: "94,74",
    },
    [keg],
  );
  const ikm = indikator("Indeks Kepuasan Masyarakat", 32, {
    target: ["83", "83", "83", "83"],
    realisasi: "83,37",
    capaian: "100",
  });
  return sheetModel("TW IV", [sasaran(32, [ikm], [prog])], { triwulan: 4 });
}

test("the seed's TW IV anomalies are found at their cells, and nothing else", () => {
  const findings = validate([pelayananPenanamanModal()]);
  expect(findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
    ["kas-vs-pagu", "N33", 246174400, 250634400],
    // The program's pagu is the sum of the sub kegiatan: the kegiatan between them is the one mistyped, and the
    // program is not told to change a right figure.
    ["pagu-vs-children", "N34", 250634400, 246174400],
    ["kas-vs-pagu", "N36", 71159800, 56176300],
    ["kas-vs-pagu", "N38", 60999000, 80442500],
    ["realisasi-over-kas", "S38", 60999000, 73728900],
  ]);
  expect(findings[0].message).toBe(
    "Pagu di N33 (Rp 250.634.400) tidak sama dengan jumlah anggaran kas TW I–IV (Rp 246.174.400); selisih Rp 4.460.000.",
  );
  expect(findings[1].message).toBe(
    "Pagu kegiatan di N34 (Rp 246.174.400) tidak sama dengan jumlah pagu sub kegiatan di bawahnya (Rp 250.634.400); selisih Rp 4.460.000.",
  );
});

test("a program realising 102,18% of its pagu (seed TW IV, Program Penunjang) is an error, its capaian consistent", () => {
  const prog = program("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 40, {
    pagu: "9.453.491.952",
    kas: ["2.575.966.539", "3.181.201.680", "2.450.634.416", "1.245.689.317"],
    realisasi: "9.659.891.309",
    capaian: "102,18",
  });
  const findings = validate([sheetModel("TW IV", [sasaran(40, [], [prog])])]);
  expect(findings.map((f) => [f.rule, f.cell, f.severity, f.expected, f.actual])).toEqual([
    ["realisasi-over-pagu", "S41", "error", 9453491952, 9659891309],
    ["realisasi-over-kas", "S41", "warning", 9453491952, 9659891309],
  ]);
  expect(findings[0].message).toBe(
    "Realisasi di S41 (Rp 9.659.891.309) melebihi pagu (Rp 9.453.491.952); selisih Rp 206.399.357.",
  );
});
