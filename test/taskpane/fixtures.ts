import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { Grid } from "../../src/core/grid/grid";
import { Finding } from "../../src/core/model/finding";
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

export const TW4_FINDINGS: Finding[] = [
  finding({ rule: "pagu-vs-children", severity: "error", cell: "N20", expected: 250634400, actual: 246174400, message: "Pagu kegiatan di N20 (246.174.400) tidak sama dengan jumlah sub kegiatannya (250.634.400)." }),
  finding({ rule: "realisasi-over-pagu", severity: "error", cell: "S12", expected: 55599900, actual: 56811000, message: "Realisasi di S12 melebihi pagu." }),
  finding({ rule: "kas-vs-pagu", severity: "error", cell: "O31", message: "Anggaran kas O31:R31 tidak berjumlah sama dengan pagu." }),
  finding({ rule: "capaian-anggaran-mismatch", severity: "warning", cell: "T14", expected: 1.62, actual: 1.6, message: "Capaian anggaran di T14 seharusnya 1,62%." }),
  finding({ rule: "level-uncertain", severity: "info", cell: "M25", message: "Tingkat baris M25 ditebak dari posisinya." }),
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
