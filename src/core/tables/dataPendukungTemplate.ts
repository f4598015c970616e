import { POLARITAS } from "../formulas";
import { DATA_PENDUKUNG_SHEET } from "../model/dataPendukung";
import { Indikator, PengukuranKinerjaModel, Sasaran } from "../model/types";
import { CellSpec, SheetSpec } from "./sheetSpec";
import { SheetBuilder } from "./sheetBuilder";
import { FILL_INPUT, FILL_READONLY, headerCell } from "./cellStyles";
import { indikatorLabel } from "./text";
import { columnHeaders, DataColumn, LABEL_NAMA, LABEL_TAHUN, LABEL_TOTAL } from "./dataPendukungLayout";
import type { DataPendukungPrefill, IndikatorPrefill } from "./fromEvaluasiRenja";

const ORDER: DataColumn[] = [
  "no",
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "targetTahunLalu",
  "realisasiTahunLalu",
  "targetAkhirRenstra",
  "analisis",
  "programPenunjang",
];
const WIDTHS = [5, 32, 38, 8, 12, 14, 14, 14, 42, 42];
export const DATA_PENDUKUNG_HEADER_ROW = 7;

const INSTRUCTION =
  "Isi sel berwarna kuning: data ini tidak ada di lembar Pengukuran Kinerja tetapi dipakai tabel LKjIP. " +
  "Polaritas: positif (makin tinggi makin baik), negatif (makin rendah makin baik; capaian (2T − R)/T), " +
  "negatif-b (makin rendah makin baik; capaian T/R), stabil (makin dekat target makin baik). " +
  "Persentase boleh ditulis 0,38% atau 0,38 (dibaca 0,38%). Kosongkan yang belum diketahui. " +
  "Setelah diisi, buat ulang tabel LKjIP. Urutan baris dan kolom boleh diubah asal judul kolom tetap.";

function readOnly(value: string | number | null, extra: Partial<CellSpec> = {}): CellSpec {
  return { value, border: true, wrap: true, valign: "top", fill: FILL_READONLY, ...extra };
}

function input(value: string | number | null, extra: Partial<CellSpec> = {}): CellSpec {
  return { value, border: true, wrap: true, valign: "top", fill: FILL_INPUT, input: true, ...extra };
}

/**
 * The fill-in sheet for what the Pengukuran Kinerja sheet lacks: office name, total budget and year, then one row
 * per indikator of the model (sasaran and indikator prefilled, the rest to fill).
 */
export function buildDataPendukungTemplate(model: PengukuranKinerjaModel, prefill?: DataPendukungPrefill): SheetSpec {
  const b = new SheetBuilder(WIDTHS);
  const width = WIDTHS.length;
  b.set(0, 0, { value: "DATA PENDUKUNG LKjIP", bold: true, fontSize: 12 });
  b.merge(0, 0, 0, width - 1);
  b.set(1, 0, { value: INSTRUCTION, italic: true, wrap: true, valign: "top" });
  b.merge(1, 0, 1, width - 1);

  const labels: [string, CellSpec][] = [
    [LABEL_NAMA, input(prefill?.namaPerangkatDaerah ?? null)],
    [LABEL_TOTAL, input(null, { numFmt: "#,##0", align: "right" })],
    [LABEL_TAHUN, input(model.tahun ?? null, { numFmt: "0", align: "left" })],
  ];
  labels.forEach(([label, cell], i) => {
    b.setMerged(3 + i, 0, 3 + i, 1, readOnly(label, { bold: true }));
    b.setMerged(3 + i, 2, 3 + i, 3, cell);
  });

  const headers = columnHeaders(model.tahun ? String(model.tahun - 1) : "n-1");
  ORDER.forEach((key, c) => b.set(DATA_PENDUKUNG_HEADER_ROW, c, headerCell(headers[key])));
  let row = DATA_PENDUKUNG_HEADER_ROW + 1;
  for (const { sasaran, indikator, no } of indikatorRows(model)) {
    const cells = indikatorRowCells(sasaran, indikator, no, prefill?.indikator?.get(indikator));
    ORDER.forEach((key, c) => b.set(row, c, cells[key]));
    row++;
  }
  return b.build(DATA_PENDUKUNG_SHEET, "data-pendukung", {
    freeze: { rows: DATA_PENDUKUNG_HEADER_ROW + 1, cols: 3 },
    tabColor: "FFC000",
  });
}

/** Every indikator of the model in sheet order, numbered from 1: the rows Data Pendukung has one of each. */
export function indikatorRows(model: PengukuranKinerjaModel): { sasaran: Sasaran; indikator: Indikator; no: number }[] {
  const out: { sasaran: Sasaran; indikator: Indikator; no: number }[] = [];
  for (const tujuan of model.tujuan) {
    for (const sasaran of tujuan.sasaran) {
      for (const indikator of sasaran.indikator) out.push({ sasaran, indikator, no: out.length + 1 });
    }
  }
  return out;
}

/**
 * One indikator's row: sasaran and indikator prefilled, polaritas `positif` offered in a list, the rest to fill; the
 * satuan and target akhir Renstra prefilled where the source sheet holds them (an Evaluasi Renja form does).
 */
export function indikatorRowCells(
  sasaran: Sasaran,
  ind: Indikator,
  no: number,
  known?: IndikatorPrefill,
): Record<DataColumn, CellSpec> {
  const pct = ind.persen ? { numFmt: "0.00%", align: "center" as const } : { align: "center" as const };
  const akhir = known?.targetAkhirRenstra?.value ?? null;
  const satuan = known?.satuan?.trim() || (ind.persen ? "%" : null);
  return {
    no: readOnly(no, { align: "center" }),
    sasaran: readOnly(sasaran.name),
    indikator: readOnly(indikatorLabel(ind)),
    satuan: readOnly(satuan, { align: "center" }),
    polaritas: input("positif", { align: "center", validationList: [...POLARITAS] }),
    targetTahunLalu: input(null, pct),
    realisasiTahunLalu: input(null, pct),
    targetAkhirRenstra: input(akhir === null ? null : (ind.persen ? akhir.div(100) : akhir).toNumber(), pct),
    analisis: input(null),
    programPenunjang: input(null),
  };
}
