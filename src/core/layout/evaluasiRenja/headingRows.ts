import { toA1 } from "../../grid/address";
import { ColumnMap, ErColumnKey } from "../../model/columns";
import { ErKegiatan, ErNodeBase, ErProgram } from "../../model/evaluasiRenja";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { sumCells } from "../../model/numberCells";
import { MaybeNumber, Quarterly } from "../../model/types";
import { shortenName } from "../findings";
import { ErTree } from "./budgetTree";

const TRIWULAN_COLUMNS = ["realisasiTw1Rp", "realisasiTw2Rp", "realisasiTw3Rp", "realisasiTw4Rp"] as const;

/**
 * Program or kegiatan rows of an Evaluasi Renja form written with their name and indikator but no Rp, where only the
 * rows under them carry the money (some offices fill the form so). As on a Pengukuran Kinerja sheet
 * (layout/headingRows.ts), where that is the sheet's way (two or more rows of the level so, and none of the level with
 * rows under it holding Rp of its own), their pagu, realisasi per triwulan and realisasi are the totals of the rows
 * under them, placed at their empty cells, and one heading-row-sum finding per row says so instead of an error per
 * column. A single such row among filled ones is left empty and reported cell by cell.
 */
export function sumErHeadingRows(tree: ErTree, columns: ColumnMap, sheet: string): Finding[] {
  const programs: ErProgram[] = [...tree.program];
  for (const b of tree.bidang) programs.push(...b.program);
  for (const u of tree.urusan) {
    programs.push(...u.program);
    for (const b of u.bidang) programs.push(...b.program);
  }
  const kegiatan: ErKegiatan[] = programs.flatMap((p) => p.kegiatan);
  const findings: Finding[] = [];
  // Kegiatan first: a program then adds up its kegiatan as filled.
  if (sheetsWay(kegiatan, (k) => k.subKegiatan))
    for (const k of kegiatan) fill(k, k.subKegiatan, columns, sheet, findings);
  if (sheetsWay(programs, (p) => p.kegiatan)) for (const p of programs) fill(p, p.kegiatan, columns, sheet, findings);
  return findings;
}

function sheetsWay<T extends ErNodeBase>(nodes: readonly T[], children: (n: T) => readonly ErNodeBase[]): boolean {
  let empty = 0;
  for (const n of nodes) {
    if (children(n).length === 0) continue;
    if (!withoutRp(n)) return false;
    empty++;
  }
  return empty >= 2;
}

function withoutRp(node: ErNodeBase): boolean {
  return (
    node.pagu === null &&
    node.realisasi === null &&
    node.realisasiTriwulan.every((q) => q === null) &&
    (node.unreadable?.length ?? 0) === 0
  );
}

function fill(
  node: ErNodeBase,
  children: readonly ErNodeBase[],
  columns: ColumnMap,
  sheet: string,
  findings: Finding[],
): void {
  if (children.length === 0 || !withoutRp(node)) return;
  // A child's Rp cell holding text: its total is not known (that child's own finding says why).
  if (children.some((c) => (c.unreadable?.length ?? 0) > 0)) return;
  const total = (figure: (c: ErNodeBase) => MaybeNumber, key: ErColumnKey): MaybeNumber => {
    const col = columns[key];
    return col === undefined ? null : sumCells(children.map(figure), toA1(node.row, col));
  };
  const pagu = total((c) => c.pagu, "targetRenjaRp");
  if (pagu === null) return;
  node.pagu = pagu;
  node.realisasiTriwulan = TRIWULAN_COLUMNS.map((key, q) => total((c) => c.realisasiTriwulan[q], key)) as Quarterly;
  node.realisasi = total((c) => c.realisasi, "realisasiRp");
  const cell = node.cell;
  findings.push(
    makeFinding({
      rule: "heading-row-sum",
      sheet,
      cell,
      key: "heading-row-sum.rp-kosong",
      params: { cell, tingkat: node.level, tingkatAnak: children[0].level, pagu: pagu.value },
      expected: pagu.value,
      level: node.level,
      name: shortenName(node.name),
    }),
  );
}
