import { Quarterly } from "../model/types";
import { ColumnMap } from "./columns";
import { BudgetRowDraft } from "./drafts";
import { finding } from "./findings";
import { KAS_KEYS } from "./headerWords";
import { looksLikeCode, splitCode } from "./levelWords";
import { CellReader, collapseSpaces } from "./readCells";

const TOTAL_LABEL = /^(jumlah|total)\b/i;

/**
 * The budget half of one row, or null when the row has neither a name nor a budget number there (or is a
 * JUMLAH/TOTAL line, which is not a program, kegiatan or sub kegiatan). A row with numbers and no name is kept with
 * name "" and a `missing-name` finding.
 */
export function readBudgetRow(reader: CellReader, columns: ColumnMap, row: number): BudgetRowDraft | null {
  const uraianCol = columns.uraian as number;
  const text = collapseSpaces(reader.text(row, uraianCol));
  const pagu = reader.number(row, columns.pagu);
  const kas = KAS_KEYS.map((k) => reader.number(row, columns[k]));
  const realisasi = reader.number(row, columns.realisasiAnggaran);
  const capaian = reader.number(row, columns.capaianAnggaran);
  const hasNumbers = [pagu, ...kas, realisasi, capaian].some((n) => n.present);
  if (text === "" && !hasNumbers) return null;
  if (TOTAL_LABEL.test(text)) return null;

  const split = splitCode(text);
  const kodeCell = collapseSpaces(reader.text(row, columns.kode));
  const kode = looksLikeCode(kodeCell) ? kodeCell : split.kode;
  const cell = reader.a1(row, uraianCol);
  if (split.name === "") {
    reader.findings.push(
      finding(
        "missing-name",
        reader.sheet,
        cell,
        `Sel ${cell}: baris ${row + 1} berisi angka anggaran tetapi nama program/kegiatan/sub kegiatannya kosong.`,
      ),
    );
  }
  const style = styleOf(reader, row, uraianCol);
  return {
    row,
    name: split.name,
    ...(kode ? { kode } : {}),
    cell,
    pagu: pagu.value,
    anggaranKas: kas.map((k) => k.value) as Quarterly,
    realisasi: realisasi.value,
    capaian: capaian.value,
    bold: style.bold,
    indent: style.indent,
  };
}

function styleOf(reader: CellReader, row: number, col: number): { bold: boolean; indent: number } {
  const m = reader.merges.find(row, col);
  const cell = m && m.top === row ? reader.cell(m.top, m.left) : reader.cell(row, col);
  const indent = cell?.indent;
  return { bold: cell?.bold === true, indent: typeof indent === "number" && Number.isFinite(indent) ? indent : 0 };
}
