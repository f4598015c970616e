import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { Grid } from "../../src/core/grid/grid";
import { Finding } from "../../src/core/model/finding";
import { makeFinding } from "../../src/core/model/makeFinding";
import { FakeSheet } from "./fakeEngine";

/** A sheet of `cols` columns and a few rows: enough for the pane, which only reads names and sizes. */
export function sheetGrid(name: string, cols = 19, rows = 12): Grid {
  return gridFromRows(name, Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${r}:${c}`)));
}

export function finding(partial: Partial<Finding> & Pick<Finding, "rule" | "severity" | "cell">): Finding {
  return {
    sheet: "TW IV",
    expected: null,
    actual: null,
    message: `Sel ${partial.cell} tidak sesuai.`,
    messageKey: "",
    params: {},
    row: Number(/\d+$/.exec(partial.cell)?.[0] ?? 0) || null,
    level: null,
    name: null,
    ...partial,
  };
}

/** Findings as the engine makes them (message keys and params, so the pane can render them in either language). */
export const TW4_FINDINGS: Finding[] = [
  makeFinding({
    rule: "pagu-vs-children",
    sheet: "TW IV",
    cell: "N20",
    expected: 250634400,
    actual: 246174400,
    key: "pagu-vs-children",
    params: { tingkat: "kegiatan", cell: "N20", pagu: 246174400, tingkatAnak: "subKegiatan", jumlah: 250634400, selisih: -4460000 },
    level: "kegiatan",
    name: "Pengelolaan Pelayanan Investasi",
  }),
  makeFinding({
    rule: "realisasi-over-pagu",
    sheet: "TW IV",
    cell: "S12",
    expected: 55599900,
    actual: 56811000,
    key: "realisasi-over-pagu",
    params: { cell: "S12", realisasi: 56811000, pagu: 55599900, selisih: 1211100 },
    level: "program",
    name: "PROGRAM HUBUNGAN INDUSTRIAL",
  }),
  makeFinding({
    rule: "kas-vs-pagu",
    sheet: "TW IV",
    cell: "N31",
    expected: 9000000,
    actual: 10000000,
    key: "kas-vs-pagu",
    params: { cell: "N31", pagu: 10000000, kas: 9000000, selisih: 1000000 },
    level: "subKegiatan",
    name: "Penyediaan Data Ketenagakerjaan",
  }),
  makeFinding({
    rule: "capaian-anggaran-mismatch",
    sheet: "TW IV",
    cell: "T12",
    expected: 1.62,
    actual: 1.6,
    key: "capaian-anggaran-mismatch",
    params: { cell: "T12", tertulis: 1.6, realisasi: 900000, pagu: 55599900, hitung: 1.62, desimal: 2 },
    level: "program",
    name: "PROGRAM HUBUNGAN INDUSTRIAL",
  }),
  makeFinding({
    rule: "level-uncertain",
    sheet: "TW IV",
    cell: "M25",
    key: "level-uncertain.program-by-position",
    params: { cell: "M25", nama: "Pembinaan Lembaga Kerja", baris: 25 },
    level: "program",
    name: "Pembinaan Lembaga Kerja",
  }),
];

/** Columns as the real layout puts them (A..S), `kode` absent as in the seed. */
export const SEED_COLUMNS: FakeSheet["columns"] = {
  no: 0, tujuan: 1, indikatorTujuan: 2, sasaran: 3, indikatorSasaran: 4, formulasi: 5,
  target1: 6, target2: 7, target3: 8, target4: 9, realisasiKinerja: 10, capaianKinerja: 11,
  uraian: 12, pagu: 13, kas1: 14, kas2: 15, kas3: 16, kas4: 17, realisasiAnggaran: 18,
};

export const TW1: FakeSheet = {
  sheet: "TW I",
  triwulan: 1,
  tahun: 2022,
  shape: { tujuan: 2, sasaran: 1, indikator: 1, program: 2, kegiatan: 1, subKegiatan: 2 },
  columns: SEED_COLUMNS,
};

export const TW4: FakeSheet = {
  sheet: "TW IV",
  triwulan: 4,
  tahun: 2022,
  shape: { tujuan: 3, sasaran: 2, indikator: 2, program: 2, kegiatan: 3, subKegiatan: 2 },
  columns: SEED_COLUMNS,
  findings: TW4_FINDINGS,
};
