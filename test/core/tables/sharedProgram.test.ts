/** A program written under each sasaran it supports is one program of the office, counted once. */
import { generateLkjip } from "../../../src/core/pipeline";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { buildSheet, BudgetRowData, TujuanData } from "../layout/helpers/seedLayout";
import { b, INDIKATOR } from "../layout/helpers/smallSheet";

const kas = (k: string[]) => ({ kas: k as BudgetRowData["kas"], realisasi: "900.000", capaian: "90,00" });
const PROGRAM: BudgetRowData[] = [
  b("program", "PROGRAM PENUNJANG URUSAN", "1.000.000", kas(["250.000", "250.000", "250.000", "250.000"])),
  b("kegiatan", "Administrasi Keuangan", "1.000.000", kas(["250.000", "250.000", "250.000", "250.000"])),
  b("subKegiatan", "Penyediaan Gaji", "1.000.000", kas(["250.000", "250.000", "250.000", "250.000"])),
];
const OTHER: BudgetRowData[] = [
  b("program", "PROGRAM PELAYANAN", "500.000", {
    ...kas(["125.000", "125.000", "125.000", "125.000"]),
    realisasi: "400.000",
    capaian: "80,00",
  }),
  b("kegiatan", "Pelayanan Dasar", "500.000", {
    ...kas(["125.000", "125.000", "125.000", "125.000"]),
    realisasi: "400.000",
    capaian: "80,00",
  }),
  b("subKegiatan", "Pelayanan Umum", "500.000", {
    ...kas(["125.000", "125.000", "125.000", "125.000"]),
    realisasi: "400.000",
    capaian: "80,00",
  }),
];

function belanjaDaerah(specs: SheetSpec[]): unknown[] {
  const ra = specs.find((s) => s.name === "LKjIP Realisasi Anggaran") as SheetSpec;
  const label = ra.cells.find((c) => c.cell.value === "BELANJA DAERAH");
  if (!label) throw new Error("no BELANJA DAERAH row");
  // A figure as the sheet shows it: a value, or a formula's result.
  return [2, 3].map((col) => {
    const cell = ra.cells.find((c) => c.row === label.row && c.col === col)?.cell;
    return cell?.formula !== undefined ? cell.result : cell?.value;
  });
}

test("the same program under two sasaran: BELANJA DAERAH and Realisasi Anggaran count it once", () => {
  const tujuan: TujuanData[] = [
    {
      no: "1",
      name: "Tujuan satu",
      indikatorTujuan: "Indikator tujuan",
      sasaran: [
        { name: "Sasaran satu", indikator: [INDIKATOR], budget: [...PROGRAM, ...OTHER] },
        { name: "Sasaran dua", indikator: [{ ...INDIKATOR, name: "Indikator dua" }], budget: PROGRAM },
      ],
    },
  ];
  const built = buildSheet(tujuan, { title: ["PENGUKURAN KINERJA", "S/D TRIWULAN IV TAHUN 2024"] });
  const generated = generateLkjip([built.grid]);
  if (!("specs" in generated) || !generated.source) throw new Error("not generated");
  expect(belanjaDaerah(generated.specs)).toEqual([1_500_000, 1_300_000]);
  const ra = generated.specs.find((s) => s.name === "LKjIP Realisasi Anggaran") as SheetSpec;
  expect(ra.cells.filter((c) => c.cell.value === "PROGRAM PENUNJANG URUSAN").length).toBe(1);
});

test("two programs of the same name with different amounts are two programs", () => {
  const half = PROGRAM.map((r) => ({
    ...r,
    pagu: "400.000",
    kas: ["100.000", "100.000", "100.000", "100.000"] as BudgetRowData["kas"],
    realisasi: "300.000",
    capaian: "75,00",
  }));
  const tujuan: TujuanData[] = [
    {
      no: "1",
      name: "Tujuan satu",
      indikatorTujuan: "Indikator tujuan",
      sasaran: [
        { name: "Sasaran satu", indikator: [INDIKATOR], budget: PROGRAM },
        { name: "Sasaran dua", indikator: [{ ...INDIKATOR, name: "Indikator dua" }], budget: half },
      ],
    },
  ];
  const generated = generateLkjip([
    buildSheet(tujuan, { title: ["PENGUKURAN KINERJA", "S/D TRIWULAN IV TAHUN 2024"] }).grid,
  ]);
  if (!("specs" in generated) || !generated.source) throw new Error("not generated");
  expect(belanjaDaerah(generated.specs)).toEqual([1_400_000, 1_200_000]);
});
