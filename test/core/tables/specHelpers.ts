import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { cellOf } from "./formulaEval";

export function sheet(specs: SheetSpec[], name: string): SheetSpec {
  const s = specs.find((x) => x.name === name);
  if (!s) throw new Error(`No sheet ${name} among ${specs.map((x) => x.name).join(", ")}`);
  return s;
}

export function valueAt(spec: SheetSpec, row: number, col: number): unknown {
  return cellOf(spec, row, col)?.value;
}

export function rowsWithCells(spec: SheetSpec): Set<number> {
  return new Set(spec.cells.map((c) => c.row));
}

/** Captions `Tabel x.y` in column A, in row order. */
export function captions(spec: SheetSpec): { nomor: string; row: number }[] {
  return spec.cells
    .filter((c) => c.col === 0 && typeof c.cell.value === "string" && /^Tabel \d+\.\d+$/.test(c.cell.value))
    .map((c) => ({ nomor: (c.cell.value as string).slice(6), row: c.row }));
}

export interface TableRegion {
  top: number;
  bottom: number;
  /** Row of the column numbers 1..n. */
  numbersRow: number;
  /** Header label → column, from the header rows (the lower row wins for grouped columns). */
  columns: Map<string, number>;
  firstData: number;
}

/** The rows of table `nomor`: from its caption to the row before the next empty row. */
export function table(spec: SheetSpec, nomor: string): TableRegion {
  const cap = captions(spec).find((c) => c.nomor === nomor);
  if (!cap) throw new Error(`Tabel ${nomor} not in ${spec.name}`);
  const used = rowsWithCells(spec);
  let bottom = cap.row;
  while (used.has(bottom + 1)) bottom++;
  let numbersRow = cap.row;
  while (!(cellOf(spec, numbersRow, 0)?.value === 1 && cellOf(spec, numbersRow, 1)?.value === 2)) {
    numbersRow++;
    if (numbersRow > bottom) throw new Error(`No column numbers in Tabel ${nomor}`);
  }
  const columns = new Map<string, number>();
  for (let r = cap.row + 1; r < numbersRow; r++) {
    for (const c of spec.cells.filter((x) => x.row === r && typeof x.cell.value === "string" && x.cell.fill)) {
      columns.set(c.cell.value as string, c.col);
    }
  }
  return { top: cap.row, bottom, numbersRow, columns, firstData: numbersRow + 1 };
}

export function col(t: TableRegion, label: string): number {
  const c = t.columns.get(label);
  if (c === undefined) throw new Error(`No column ${label}; have ${[...t.columns.keys()].join(" | ")}`);
  return c;
}

export function notesOf(spec: SheetSpec, t: TableRegion): string[] {
  return spec.cells
    .filter(
      (c) =>
        c.row > t.numbersRow && c.row <= t.bottom && c.cell.italic && c.col === 0 && typeof c.cell.value === "string",
    )
    .map((c) => c.cell.value as string);
}

/** Texts outside the printed area: the notes for the officer right of the tables. */
export function sideNotes(spec: SheetSpec): string[] {
  const right = spec.print.area?.right;
  if (right === undefined) return [];
  return spec.cells.filter((c) => c.col > right && typeof c.cell.value === "string").map((c) => c.cell.value as string);
}

/** Every text that prints: inside the print area (or the whole sheet when it has none). */
export function printedTexts(spec: SheetSpec): string[] {
  const area = spec.print.area;
  return spec.cells
    .filter((c) => !area || (c.col >= area.left && c.col <= area.right && c.row >= area.top && c.row <= area.bottom))
    .filter((c) => typeof c.cell.value === "string")
    .map((c) => c.cell.value as string);
}
