import { sasaranHeading } from "./text";
import { textCell } from "./cellStyles";
import { DataIndikator } from "../model/dataPendukung";
import { otherSheetSource } from "./cellSources";
import { sasaranData } from "./lkjipContext";
import { DataColumn } from "./dataPendukungLayout";
import {
  beginTable,
  dataGap,
  dataSource,
  endTable,
  realisasiCell,
  SasaranTable,
  targetCell,
  writeIndikatorRows,
} from "./sasaranTableKit";

type TextField = "analisis" | "programPenunjang";

/** Sasaran | Indikator | Target | Realisasi | a narrative column from Data Pendukung. */
function writeNarrative(t: SasaranTable, judul: string, label: string, field: TextField, kolom: string): number {
  const { ctx, b } = t;
  const top = beginTable(t, judul, [
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: "TARGET" },
    { label: "REALISASI" },
    { label },
  ]);
  const text = (d: DataIndikator | null) => (d ? d[field].trim() : "");
  const rows = writeIndikatorRows(t, top, 4, (row, f) => {
    b.set(row, 2, targetCell(f));
    b.set(row, 3, realisasiCell(f));
    const value = text(f.data);
    if (value === "") {
      dataGap(t, row, 4, f, field as DataColumn, kolom, textCell(null));
      return;
    }
    const src = dataSource(ctx, f, field);
    b.set(row, 4, textCell(value, src ? { sources: [src] } : {}));
  });
  return endTable(t, top + rows, 5, []);
}

export function writeKeberhasilan(t: SasaranTable): number {
  return writeNarrative(
    t,
    "Keberhasilan/Kegagalan Capaian Kinerja",
    "ANALISIS PENYEBAB",
    "analisis",
    "Analisis Penyebab",
  );
}

export function writeProgramPenunjang(t: SasaranTable): number {
  return writeNarrative(
    t,
    "Analisis Program/Kegiatan yang Menunjang Keberhasilan/Kegagalan Pencapaian Kinerja",
    "PROGRAM/KEGIATAN",
    "programPenunjang",
    "Program/Kegiatan yang Menunjang",
  );
}

/**
 * The Rencana Tindak Lanjut of a sasaran, as the seed prints it after its Keberhasilan/Kegagalan table: a heading
 * naming the sasaran and the officer's text from Data Pendukung. Nothing is printed while it is empty (a note says
 * where to write it). Returns the next free row.
 */
export function writeRencanaTindakLanjut(t: SasaranTable, width: number): number {
  const { ctx, s, b } = t;
  const data = sasaranData(ctx, s.sasaran);
  const text = data?.rencanaTindakLanjut.trim() ?? "";
  if (text === "") {
    const cell = data?.cells?.rencanaTindakLanjut ?? data?.cell ?? ctx.sasaranRtlCell?.(s.sasaran) ?? "A1";
    b.sideNote(
      t.row,
      `Rencana Tindak Lanjut sasaran ${s.roman} belum diisi: tulis di ${ctx.dataPendukungSheet}!${cell}.`,
    );
    b.gap({
      tabel: t.nomor,
      kolom: '"Rencana Tindak Lanjut"',
      subject: `Sasaran Strategis ${s.roman}`,
      reason: "rencana-tindak-lanjut",
      fix: { sheet: ctx.dataPendukungSheet, cell },
      key: "dp:rencanaTindakLanjut",
    });
    return t.row;
  }
  const top = t.row;
  b.set(top, 0, {
    value: sasaranHeading(s.roman, s.sasaran.name),
    bold: true,
    wrap: true,
    sources: [s.sasaran.cell],
  });
  b.merge(top, 0, top, width - 1);
  b.set(top + 1, 0, { value: "Rencana Tindak Lanjut", bold: true, italic: true });
  b.merge(top + 1, 0, top + 1, width - 1);
  const src = otherSheetSource(ctx.dataPendukungSheet, data?.cells?.rencanaTindakLanjut ?? data?.cell);
  b.set(top + 2, 0, { value: text, wrap: true, valign: "top", align: "left", ...(src ? { sources: [src] } : {}) });
  b.merge(top + 2, 0, top + 2, width - 1);
  b.addTable({ top, header: [top, top + 1], body: [top + 2, top + 2], end: top + 2 });
  return top + 4;
}
