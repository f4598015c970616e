import { fromA1 } from "../grid/address";
import { Finding, Severity } from "../validation/finding";
import { SheetSpec } from "./sheetSpec";
import { SheetBuilder } from "./sheetBuilder";
import { headerCell, textCell } from "./cellStyles";

export const HASIL_PEMERIKSAAN_SHEET = "Hasil Pemeriksaan";

export const TINGKAT: Record<Severity, string> = { error: "Galat", warning: "Peringatan", info: "Info" };
const FILL: Record<Severity, string> = { error: "F8CBAD", warning: "FFE699", info: "DDEBF7" };
const WIDTHS = [6, 12, 26, 22, 9, 18, 18, 80];
const HEADER = ["No", "Tingkat", "Aturan", "Lembar", "Sel", "Seharusnya", "Tertulis", "Keterangan"];

/**
 * Every finding as a row: No | Tingkat | Aturan | Lembar | Sel (a link to the cell) | Seharusnya | Tertulis |
 * Keterangan, under counts per severity. The header row stays frozen.
 */
export function buildHasilPemeriksaan(findings: Finding[], sourceSheet: string | null): SheetSpec {
  const b = new SheetBuilder(WIDTHS);
  const width = WIDTHS.length;
  b.set(0, 0, { value: "HASIL PEMERIKSAAN", bold: true, fontSize: 12 });
  b.merge(0, 0, 0, width - 1);
  const source = sourceSheet ? `Lembar sumber tabel LKjIP: "${sourceSheet}". ` : "";
  b.set(1, 0, {
    value: `${source}Klik alamat di kolom Sel untuk membuka sel yang dimaksud. Persentase ditulis dalam poin persen (97,37 = 97,37%).`,
    italic: true,
    fontSize: 9,
  });
  b.merge(1, 0, 1, width - 1);
  const severities: Severity[] = ["error", "warning", "info"];
  severities.forEach((sev, i) => {
    b.setMerged(2 + i, 0, 2 + i, 1, textCell(TINGKAT[sev], { bold: true, fill: FILL[sev] }));
    b.set(2 + i, 2, { value: findings.filter((f) => f.severity === sev).length, border: true, align: "left" });
  });
  const headerRow = 6;
  HEADER.forEach((label, c) => b.set(headerRow, c, headerCell(label)));
  let row = headerRow + 1;
  if (findings.length === 0) {
    b.set(row, 0, { value: "Tidak ada temuan.", italic: true });
    b.merge(row, 0, row, width - 1);
  }
  findings.forEach((f, i) => {
    b.set(row, 0, textCell(null, { value: i + 1, align: "center" }));
    b.set(row, 1, textCell(TINGKAT[f.severity], { fill: FILL[f.severity] }));
    b.set(row, 2, textCell(f.rule));
    b.set(row, 3, textCell(f.sheet));
    b.set(row, 4, textCell(f.cell || null, isAddress(f.cell) ? { link: { sheet: f.sheet, cell: f.cell } } : {}));
    b.set(row, 5, valueCell(f.expected));
    b.set(row, 6, valueCell(f.actual));
    b.set(row, 7, textCell(f.message));
    row++;
  });
  return b.build(HASIL_PEMERIKSAAN_SHEET, "hasil-pemeriksaan", {
    freeze: { rows: headerRow + 1, cols: 0 },
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, repeatRows: [headerRow, headerRow] },
  });
}

function isAddress(cell: string): boolean {
  try {
    fromA1(cell);
    return true;
  } catch {
    return false;
  }
}

function valueCell(v: number | string | null) {
  if (typeof v === "number") {
    return textCell(null, { value: v, numFmt: Number.isInteger(v) ? "#,##0" : "#,##0.00##", align: "right" });
  }
  return textCell(v);
}
