import { toA1 } from "../../../src/core/grid/address";
import { ColumnKey, ColumnMap } from "../../../src/core/model/columns";
import {
  Indikator,
  Kegiatan,
  MaybeNumber,
  Program,
  Quarterly,
  Sasaran,
  PengukuranKinerjaModel,
  SubKegiatan,
} from "../../../src/core/model/types";
import { parseIndonesianNumber } from "../../../src/core/numbers/parseNumber";

/** The columns of the Pengukuran Kinerja seed: A..F texts, G..J targets, K realisasi, L capaian, M uraian, N pagu, O..R kas, S realisasi, T capaian. */
export const COLUMNS: ColumnMap = {
  no: 0,
  tujuan: 1,
  indikatorTujuan: 2,
  sasaran: 3,
  indikatorSasaran: 4,
  formulasi: 5,
  target1: 6,
  target2: 7,
  target3: 8,
  target4: 9,
  realisasiKinerja: 10,
  capaianKinerja: 11,
  uraian: 12,
  pagu: 13,
  kas1: 14,
  kas2: 15,
  kas3: 16,
  kas4: 17,
  realisasiAnggaran: 18,
  capaianAnggaran: 19,
};

/** A value as written in the sheet (`"0,39"`, `"412.786.800,00"`, `"-"`) or a JS number; null/undefined is empty. */
export type Written = string | number | null | undefined;

export function cellValue(row: number, column: ColumnKey, v: Written): MaybeNumber {
  if (v === null || v === undefined) return null;
  const p = parseIndonesianNumber(typeof v === "number" ? String(v).replace(".", ",") : v);
  if (p.kind !== "number") throw new Error(`test factory: ${String(v)} is not a number`);
  return { value: p.value, decimals: p.decimals, cell: toA1(row, COLUMNS[column]!) };
}

export interface BudgetValues {
  pagu?: Written;
  kas?: [Written?, Written?, Written?, Written?];
  realisasi?: Written;
  capaian?: Written;
}

function budget<L extends "program" | "kegiatan" | "subKegiatan">(
  level: L,
  name: string,
  row: number,
  v: BudgetValues,
) {
  const kas = v.kas ?? [];
  return {
    level,
    name,
    cell: toA1(row, COLUMNS.uraian!),
    row,
    pagu: cellValue(row, "pagu", v.pagu),
    anggaranKas: [
      cellValue(row, "kas1", kas[0]),
      cellValue(row, "kas2", kas[1]),
      cellValue(row, "kas3", kas[2]),
      cellValue(row, "kas4", kas[3]),
    ] as Quarterly,
    realisasi: cellValue(row, "realisasiAnggaran", v.realisasi),
    capaian: cellValue(row, "capaianAnggaran", v.capaian),
    levelEvidence: "kata" as const,
  };
}

export function sub(name: string, row: number, v: BudgetValues): SubKegiatan {
  return budget("subKegiatan", name, row, v);
}

export function kegiatan(name: string, row: number, v: BudgetValues, subKegiatan: SubKegiatan[] = []): Kegiatan {
  return { ...budget("kegiatan", name, row, v), subKegiatan };
}

export function program(name: string, row: number, v: BudgetValues, kegiatanList: Kegiatan[] = []): Program {
  return { ...budget("program", name, row, v), kegiatan: kegiatanList };
}

export interface IndikatorValues {
  target?: [Written?, Written?, Written?, Written?];
  realisasi?: Written;
  capaian?: Written;
}

export function indikator(name: string, row: number, v: IndikatorValues): Indikator {
  const t = v.target ?? [];
  return {
    name,
    cell: toA1(row, COLUMNS.indikatorSasaran!),
    formulasi: [],
    target: [
      cellValue(row, "target1", t[0]),
      cellValue(row, "target2", t[1]),
      cellValue(row, "target3", t[2]),
      cellValue(row, "target4", t[3]),
    ],
    realisasi: cellValue(row, "realisasiKinerja", v.realisasi),
    capaian: cellValue(row, "capaianKinerja", v.capaian),
    persen: true,
    row,
  };
}

export function sasaran(
  row: number,
  indikatorList: Indikator[],
  programList: Program[],
  name = "Sasaran uji",
): Sasaran {
  return { name, cell: toA1(row, COLUMNS.sasaran!), row, indikator: indikatorList, program: programList };
}

export function sheetModel(
  sheet: string,
  sasaranList: Sasaran[],
  opts: { triwulan?: number | null; tahun?: number | null } = {},
): PengukuranKinerjaModel {
  const rows = sasaranList.flatMap((s) => [
    s.row,
    ...s.indikator.map((i) => i.row),
    ...s.program.flatMap((p) => [p.row, ...p.kegiatan.flatMap((k) => [k.row, ...k.subKegiatan.map((x) => x.row)])]),
  ]);
  return {
    layout: "pengukuran-kinerja",
    sheet,
    triwulan: opts.triwulan === undefined ? 4 : opts.triwulan,
    tahun: opts.tahun === undefined ? 2022 : opts.tahun,
    title: [],
    columns: { ...COLUMNS },
    headerRows: [3, 4],
    dataRows: [6, Math.max(6, ...rows)],
    tujuan: [{ name: "Tujuan uji", cell: toA1(6, COLUMNS.tujuan!), row: 6, sasaran: sasaranList }],
    findings: [],
  };
}

/**
 * A consistent sheet: one indikator (0,39 / 0,38 → 97,44%) and program ← kegiatan ← two sub kegiatan whose pagu,
 * kas, realisasi and capaian all add up (TW IV).
 */
export function cleanModel(sheet = "TW IV", triwulan = 4): PengukuranKinerjaModel {
  const s1 = sub("Koordinasi dan Sinkronisasi Pembinaan", 9, {
    pagu: "375.108.000",
    kas: ["57.650.000", "142.877.000", "139.750.000", "34.831.000"],
    realisasi: "340.942.500",
    capaian: "90,89",
  });
  const s2 = sub("Koordinasi dan Sinkronisasi Pengawasan", 10, {
    pagu: "37.678.800",
    kas: ["14.460.600", "11.000.000", "9.428.000", "2.790.200"],
    realisasi: "31.912.000",
    capaian: "84,69",
  });
  const keg = kegiatan(
    "Pengendalian Pelaksanaan Penanaman Modal",
    8,
    {
      pagu: "412.786.800",
      kas: ["72.110.600", "153.877.000", "149.178.000", "37.621.200"],
      realisasi: "372.854.500",
      capaian: "90,33",
    },
    [s1, s2],
  );
  const prog = program(
    "PROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN MODAL",
    7,
    {
      pagu: "412.786.800",
      kas: ["72.110.600", "153.877.000", "149.178.000", "37.621.200"],
      realisasi: "372.854.500",
      capaian: "90,33",
    },
    [keg],
  );
  const ind = indikator("Persentase Pertumbuhan penanaman modal", 7, {
    target: ["0,39", "0,39", "0,39", "0,39"],
    realisasi: "0,38",
    capaian: "97,44",
  });
  return sheetModel(sheet, [sasaran(7, [ind], [prog])], { triwulan });
}
