import { Quarterly } from "../model/types";
import { ColumnMap } from "./columns";
import { BudgetRowDraft } from "./drafts";
import { finding } from "./findings";
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
  // Read in column order (KAS_KEYS); every row of a large sheet passes here, so no intermediate arrays.
  const pagu = reader.number(row, columns.pagu);
  const kas1 = reader.number(row, columns.kas1);
  const kas2 = reader.number(row, columns.kas2);
  const kas3 = reader.number(row, columns.kas3);
  const kas4 = reader.number(row, columns.kas4);
  const realisasi = reader.number(row, columns.realisasiAnggaran);
  const capaian = reader.number(row, columns.capaianAnggaran);
  const hasNumbers =
    pagu.present || kas1.present || kas2.present || kas3.present || kas4.present || realisasi.present || capaian.present;
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
  const m = reader.merges.find(row, uraianCol);
  const styled = m && m.top === row ? reader.cell(m.top, m.left) : reader.cell(row, uraianCol);
  const indent = styled?.indent;
  const draft: BudgetRowDraft = {
    row,
    name: split.name,
    cell,
    pagu: pagu.value,
    anggaranKas: [kas1.value, kas2.value, kas3.value, kas4.value] as Quarterly,
    realisasi: realisasi.value,
    capaian: capaian.value,
    bold: styled?.bold === true,
    indent: typeof indent === "number" && Number.isFinite(indent) ? indent : 0,
  };
  if (kode) draft.kode = kode;
  return draft;
}
