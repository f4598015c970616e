/**
 * Where the data file's rows should land in the sample sheet, worked out here independently of the builder:
 * data from row 8, each sasaran as tall as its budget rows or its indikator rows (two per formulasi pair).
 */
import type { SampleBudgetRow, SampleIndikator, SampleSheet } from "../../scripts/build-sample";

export const DATA_START = 8;

export interface PlacedBudget {
  row: number;
  budget: SampleBudgetRow;
}

export interface PlacedIndikator {
  row: number;
  height: number;
  indikator: SampleIndikator;
}

export interface SheetLayout {
  /** Inclusive row ranges of each tujuan and each sasaran, in order. */
  tujuan: [number, number][];
  sasaran: [number, number][];
  budget: PlacedBudget[];
  indikator: PlacedIndikator[];
  lastRow: number;
}

export function layoutOf(sheet: SampleSheet): SheetLayout {
  const layout: SheetLayout = { tujuan: [], sasaran: [], budget: [], indikator: [], lastRow: DATA_START - 1 };
  let row = DATA_START;
  for (const t of sheet.tujuan) {
    const tujuanTop = row;
    for (const s of t.sasaran) {
      let r = row;
      for (const indikator of s.indikator) {
        const height = Math.max(1, indikator.formulasi.length);
        layout.indikator.push({ row: r, height, indikator });
        r += height;
      }
      s.budget.forEach((budget, i) => layout.budget.push({ row: row + i, budget }));
      const height = Math.max(1, s.budget.length, r - row);
      layout.sasaran.push([row, row + height - 1]);
      row += height;
    }
    layout.tujuan.push([tujuanTop, row - 1]);
  }
  layout.lastRow = row - 1;
  return layout;
}

/** `412.786.800,00` → 412786800, `97,44%` → 0.9744, `99,84` → 99.84; `-` and empty are not numbers. */
export function seedNumber(text: string): number | null {
  const s = text.trim();
  if (s === "" || s === "-") return null;
  const percent = s.endsWith("%");
  const plain = Number(s.replace(/%$/, "").replace(/\./g, "").replace(",", "."));
  if (Number.isNaN(plain)) throw new Error(`not a seed number: ${text}`);
  return percent ? Number((plain / 100).toPrecision(12)) : plain;
}
