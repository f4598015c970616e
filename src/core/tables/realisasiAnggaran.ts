import Decimal from "decimal.js";
import { capaianAnggaran } from "../formulas";
import { sum } from "../numbers";
import { toA1 } from "../grid/address";
import { BudgetNode } from "../model/types";
import { SheetSpec } from "./sheetSpec";
import { LANDSCAPE_A4, SheetBuilder } from "./sheetBuilder";
import { exactSen, nearestQuotient } from "../numbers/exact";
import { amountCell, emptyCell, formulaCell, fractionFormulaCell, textCell } from "./cellStyles";
import { computed } from "./engineValues";
import { ratioFormula, sumFormula } from "./excelFormulas";
import { LkjipContext, tahunLabel } from "./lkjipContext";
import { writeCaption, writeHeader, writeNotes } from "./tableLayout";
import { writeTitleBlock } from "./titleBlock";
import { toLetters } from "./text";

export const REALISASI_ANGGARAN_SHEET = "LKjIP Realisasi Anggaran";
const WIDTHS = [8, 64, 18, 18, 11];

/**
 * Tabel 3.N Realisasi Anggaran (3.2 Akuntabilitas Keuangan): No | Uraian | Anggaran | Realisasi | %, program
 * (A, B…, bold) → kegiatan (1, 2…) → sub kegiatan (1.1…), under a BELANJA DAERAH total of the program rows.
 */
export function buildRealisasiAnggaran(ctx: LkjipContext, nomorTabel: number): SheetSpec {
  const b = new SheetBuilder(WIDTHS);
  let row = writeTitleBlock(b, ctx, WIDTHS.length, "BAB III AKUNTABILITAS KINERJA · 3.2 Akuntabilitas Keuangan");
  row = writeCaption(b, row, WIDTHS.length, [`Tabel 3.${nomorTabel}`, `Realisasi Anggaran Tahun ${tahunLabel(ctx)}`]);
  const headerTop = row;
  row = writeHeader(b, row, [
    { label: "NO" },
    { label: "URAIAN" },
    { label: "ANGGARAN" },
    { label: "REALISASI" },
    { label: "%" },
  ]);
  const programs = ctx.programs;
  const totalRow = row++;
  const programRows: number[] = [];
  programs.forEach((p, i) => {
    programRows.push(row);
    writeNode(b, row++, toLetters(i), p, true);
    p.kegiatan.forEach((k, ki) => {
      writeNode(b, row++, String(ki + 1), k, false);
      k.subKegiatan.forEach((sk, si) => writeNode(b, row++, `${ki + 1}.${si + 1}`, sk, false));
    });
  });
  writeTotal(b, totalRow, programRows, programs);
  row = writeNotes(b, row, WIDTHS.length, [
    "Persentase: realisasi / anggaran × 100%. BELANJA DAERAH adalah jumlah baris program.",
  ]);
  return b.build(REALISASI_ANGGARAN_SHEET, "lkjip-table", {
    print: { ...LANDSCAPE_A4, repeatRows: [headerTop, headerTop + 1] },
  });
}

const PLAIN = {};
const BOLD = { bold: true };
const CENTER = { align: "center" } as const;
const CENTER_BOLD = { align: "center", bold: true } as const;

/** One row per program, kegiatan and sub kegiatan: the style objects are shared (the cells copy them). */
function writeNode(b: SheetBuilder, row: number, no: string, node: BudgetNode, bold: boolean): void {
  const style = bold ? BOLD : PLAIN;
  b.set(row, 0, textCell(no, bold ? CENTER_BOLD : CENTER));
  b.set(row, 1, textCell(bold ? node.name.toUpperCase() : node.name, style));
  b.set(row, 2, amountCell(node.pagu?.value ?? null, style));
  b.set(row, 3, amountCell(node.realisasi?.value ?? null, style));
  writePercent(b, row, node.pagu?.value ?? null, node.realisasi?.value ?? null, style);
}

function writePercent(
  b: SheetBuilder,
  row: number,
  pagu: Decimal | null,
  realisasi: Decimal | null,
  style: { bold?: boolean },
): void {
  if (pagu === null || realisasi === null) {
    b.set(row, 4, emptyCell(style));
    return;
  }
  const formula = ratioFormula(toA1(row, 3), toA1(row, 2));
  // Amounts exact in sen: the fraction realisasi ÷ pagu without a Decimal division (same double, see exact.ts).
  const realisasiSen = exactSen(realisasi);
  const paguSen = realisasiSen === null ? null : exactSen(pagu);
  if (realisasiSen !== null && paguSen !== null) {
    b.set(row, 4, fractionFormulaCell(formula, paguSen === 0 ? null : nearestQuotient(realisasiSen, paguSen), style));
    return;
  }
  const value = computed(() => capaianAnggaran(realisasi, pagu));
  b.set(row, 4, formulaCell(formula, value, "percent", style));
}

function writeTotal(b: SheetBuilder, row: number, programRows: number[], programs: BudgetNode[]): void {
  const bold = { bold: true };
  b.set(row, 0, textCell(null, bold));
  b.set(row, 1, textCell("BELANJA DAERAH", bold));
  if (programRows.length === 0) {
    for (let c = 2; c <= 4; c++) b.set(row, c, emptyCell(bold));
    return;
  }
  const pagu = sum(programs.map((p) => p.pagu?.value));
  const realisasi = sum(programs.map((p) => p.realisasi?.value));
  b.set(row, 2, formulaCell(sumFormula(programRows.map((r) => toA1(r, 2))), pagu, "amount", bold));
  b.set(row, 3, formulaCell(sumFormula(programRows.map((r) => toA1(r, 3))), realisasi, "amount", bold));
  const value = computed(() => capaianAnggaran(realisasi, pagu));
  b.set(row, 4, formulaCell(ratioFormula(toA1(row, 3), toA1(row, 2)), value, "percent", bold));
}
