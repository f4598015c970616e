import { textCell } from "./cellStyles";
import { DataIndikator } from "../model/dataPendukung";
import { missingDataNote } from "./notes";
import {
  beginTable,
  endTable,
  lacking,
  realisasiCell,
  SasaranTable,
  targetCell,
  writeIndikatorRows,
} from "./sasaranTableKit";

type TextField = "analisis" | "programPenunjang";

/** Sasaran | Indikator | Target | Realisasi | a narrative column from Data Pendukung. */
function writeNarrative(t: SasaranTable, judul: string, label: string, field: TextField, kolom: string): number {
  const { s, b } = t;
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
    b.set(row, 4, textCell(text(f.data) || null));
  });
  const missing = lacking(s, (f) => text(f.data) !== "");
  return endTable(t, top + rows, 5, [missingDataNote(kolom, missing, s.indikator.length)]);
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
