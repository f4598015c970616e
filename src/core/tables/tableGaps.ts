import { Finding } from "../validation/finding";
import { makeFinding } from "../validation/makeFinding";

/** A table cell left empty, why, and where the officer can fill what is missing. */
export interface TableGap {
  /** `3.2` */
  tabel: string;
  /** The column of the table: `Target 2021`. */
  kolom: string;
  /** What the row is about: an indikator's, program's or sasaran's name. */
  subject: string;
  /** Why, as a clause: `kolom "Target Tahun Lalu (2021)" di lembar Data Pendukung kosong`. */
  reason: string;
  /** The cell to fill or fix. */
  fix: { sheet: string; cell: string };
  /** Gaps with the same key make one finding (one per Data Pendukung column, not one per indikator). */
  key: string;
}

const MAX_NAMED = 6;

/** One `table-cell-empty` finding per key: the tables, the column, the rows concerned, and what to fill. */
export function gapFindings(gaps: TableGap[]): Finding[] {
  const groups = new Map<string, TableGap[]>();
  for (const g of gaps) {
    const list = groups.get(g.key) ?? [];
    list.push(g);
    groups.set(g.key, list);
  }
  return [...groups.values()].map((list) => {
    const first = list[0];
    const tabel = unique(list.map((g) => g.tabel));
    const kolom = unique(list.map((g) => g.kolom));
    const subjects = unique(list.map((g) => g.subject));
    const named = subjects.slice(0, MAX_NAMED).map((s) => `"${s}"`);
    const more = subjects.length > MAX_NAMED ? ` dan ${subjects.length - MAX_NAMED} lainnya` : "";
    const message =
      `Tabel ${tabel.join(", ")}: kolom ${kolom.join(" / ")} dibiarkan kosong untuk ${named.join(", ")}${more}, ` +
      `karena ${first.reason} (${first.fix.sheet}!${first.fix.cell}).`;
    return makeFinding("table-cell-empty", first.fix.sheet, first.fix.cell, null, null, message);
  });
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
