import { toA1 } from "../grid/address";
import { ColumnMap } from "../model/columns";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { sumCells } from "../model/numberCells";
import { BudgetNode, MaybeNumber, Program, Quarterly, Tujuan, UnreadableColumns } from "../model/types";
import { shortenName } from "./findings";

/**
 * A program or kegiatan row written as a heading: its name merged across the money columns, so that the row cannot
 * hold a pagu, anggaran kas or realisasi (`PROGRAM PENYELENGGARAAN …` merged over L6:S6). Read as empty, the program
 * fell out of BELANJA DAERAH and every cell of the row was reported empty. Its figures are the totals of the rows
 * under it, placed at its covered cells, and one heading-row-sum finding says so.
 *
 * `headings`: the row of each heading and the A1 of the merge's right end ("" for a name alone in a row of empty
 * money cells, read the same way: `.unmerged`).
 */
export function sumHeadingRows(
  tujuan: readonly Tujuan[],
  headings: ReadonlyMap<number, string>,
  columns: ColumnMap,
  sheet: string,
): Finding[] {
  if (headings.size === 0) return [];
  const findings: Finding[] = [];
  // A name alone in an empty row heads its rows only where that is the sheet's way: two or more rows of its level
  // are written so and none with rows under it holds figures of its own. One left empty among filled ones (or alone)
  // is reported empty, cell by cell.
  const filled = new Set<string>();
  const nameOnly = new Map<string, number>();
  const count = (node: BudgetNode, children: readonly unknown[]) => {
    if (children.length === 0) return;
    if (node.pagu !== null) filled.add(node.level);
    else if (headings.get(node.row) === "") nameOnly.set(node.level, (nameOnly.get(node.level) ?? 0) + 1);
  };
  for (const t of tujuan)
    for (const s of t.sasaran)
      for (const p of s.program as Program[]) {
        count(p, p.kegiatan);
        for (const k of p.kegiatan) count(k, k.subKegiatan);
      }
  const sheetsWay = (level: string) => !filled.has(level) && (nameOnly.get(level) ?? 0) >= 2;
  const fill = (node: BudgetNode, children: readonly BudgetNode[]) => {
    const ujung = headings.get(node.row);
    if (ujung === undefined || children.length === 0) return;
    if (ujung === "" && !sheetsWay(node.level)) return;
    const at = (col: number | undefined) => (col === undefined ? null : toA1(node.row, col));
    const pagu = total(children, (c) => c.pagu, "pagu", at(columns.pagu));
    const realisasi = total(children, (c) => c.realisasi, "realisasiAnggaran", at(columns.realisasiAnggaran));
    const kasKeys = ["kas1", "kas2", "kas3", "kas4"] as const;
    const kas = kasKeys.map((key, q) => total(children, (c) => c.anggaranKas[q], key, at(columns[key])));
    if (pagu === null) return;
    node.pagu = pagu;
    node.realisasi = realisasi;
    node.anggaranKas = kas as Quarterly;
    const about = {
      rule: "heading-row-sum",
      sheet,
      cell: node.cell,
      expected: pagu.value,
      level: node.level,
      name: shortenName(node.name),
    } as const;
    const said = { cell: node.cell, tingkat: node.level, tingkatAnak: children[0].level, pagu: pagu.value };
    findings.push(
      ujung === ""
        ? makeFinding({ ...about, key: "heading-row-sum.unmerged", params: said })
        : makeFinding({ ...about, key: "heading-row-sum", params: { ...said, ujung } }),
    );
  };
  for (const t of tujuan) {
    for (const s of t.sasaran) {
      for (const p of s.program as Program[]) {
        for (const k of p.kegiatan) fill(k, k.subKegiatan);
        fill(p, p.kegiatan);
      }
    }
  }
  return findings;
}

/**
 * Σ of the children's figure in one column at the heading's covered cell; null when no child has one, or when a
 * child's cell holds text (the total is not known: that child's own finding says why), or without the column.
 */
function total(
  children: readonly BudgetNode[],
  figure: (c: BudgetNode) => MaybeNumber,
  key: UnreadableColumns[number],
  cell: string | null,
): MaybeNumber {
  if (cell === null || children.some((c) => c.unreadable?.includes(key))) return null;
  return sumCells(children.map(figure), cell);
}
