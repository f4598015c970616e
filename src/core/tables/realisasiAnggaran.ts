import Decimal from "decimal.js";
import { capaianAnggaran } from "../formulas";
import { sum } from "../numbers";
import { toA1 } from "../grid/address";
import { BudgetNode, NumberCell } from "../model/types";
import { senOfNumber } from "../model/sheetNumber";
import { DataBelanja } from "../model/dataPendukung";
import { CellSpec, SheetSpec } from "./sheetSpec";
import { SheetBuilder } from "./sheetBuilder";
import { exactSen, nearestQuotient } from "../numbers/exact";
import { amountCell, emptyCell, formulaCell, fractionFormulaCell, PERCENT_FORMAT, textCell } from "./cellStyles";
import { computed } from "./engineValues";
import { ratioFormula, sumFormula } from "./excelFormulas";
import { leaveTotalUnread, LkjipContext, newBuilder, partYearPeriod, tahunLabel, unreadProgram } from "./lkjipContext";
import { writeCaption, writeHeader, writeNotes } from "./tableLayout";
import { writeTitleBlock } from "./titleBlock";
import { toLetters } from "./text";
import { composeSheets } from "./sheetComposer";
import { TableGap } from "./tableGaps";
import { otherSheetSource, sourcesOf } from "./cellSources";
import { MARK_FOOTNOTE } from "./figureMarks";

export const REALISASI_ANGGARAN_SHEET = "LKjIP Realisasi Anggaran";
const WIDTHS = [8, 64, 18, 18, 11];

/**
 * Tabel 3.N Realisasi Anggaran (3.2 Akuntabilitas Keuangan): No | Uraian | Anggaran | Realisasi | %, under BELANJA
 * DAERAH (the total of the program rows) and, when Data Pendukung gives them, BELANJA OPERASI and BELANJA PEGAWAI as
 * in the seed; then program (A, B…, bold) → kegiatan (1, 2…) → sub kegiatan numbered after their kegiatan (2.1, 2.2…
 * under kegiatan 2; the 2021 seed writes 1.1, 1.2… under every kegiatan, which reads as the first kegiatan's). On a
 * sheet of its own, its header repeated on every page.
 */
export function buildRealisasiAnggaran(
  ctx: LkjipContext,
  nomorTabel: number,
): { specs: SheetSpec[]; gaps: TableGap[] } {
  const nomor = `3.${nomorTabel}`;
  return composeSheets({
    name: REALISASI_ANGGARAN_SHEET,
    widths: WIDTHS,
    newBuilder: (w) => newBuilder(ctx, w),
    title: (b) => writeTitleBlock(b, ctx, WIDTHS.length, "BAB III AKUNTABILITAS KINERJA · 3.2 Akuntabilitas Keuangan"),
    sections: [{ nomor, label: `Tabel ${nomor}`, write: (b, row) => writeTable(b, row, ctx, nomor) }],
  });
}

function writeTable(b: SheetBuilder, start: number, ctx: LkjipContext, nomor: string): number {
  const marks = b.marked;
  let row = writeCaption(b, start, WIDTHS.length, [`Tabel ${nomor}`, `Realisasi Anggaran Tahun ${tahunLabel(ctx)}`]);
  const headerTop = row;
  row = writeHeader(b, row, [
    { label: "NO" },
    { label: "URAIAN" },
    { label: "ANGGARAN" },
    // Before TW IV the column says how far it reaches: its header prints on every page of a long table.
    { label: realisasiLabel(ctx) },
    { label: "%" },
  ]);
  const header: [number, number] = [headerTop, row - 1];
  const programs = ctx.programs;
  const totalRow = row++;
  const dp = ctx.dataPendukung;
  const belanja: [string, DataBelanja][] = [];
  for (const [label, data] of [
    ["BELANJA OPERASI", dp?.belanjaOperasi],
    ["BELANJA PEGAWAI", dp?.belanjaPegawai],
  ] as const) {
    if (data && (data.anggaran !== null || data.realisasi !== null)) belanja.push([label, data]);
  }
  // The total sits above the rows it adds up: their places are counted first, so that every cell is written in
  // row order and the builder never has to fit a late one in among tens of thousands.
  const programRows: number[] = [];
  let next = row + belanja.length;
  for (const p of programs) {
    programRows.push(next);
    next += 1 + p.kegiatan.length;
    for (const k of p.kegiatan) next += k.subKegiatan.length;
  }
  writeTotal(b, totalRow, programRows, ctx, nomor);
  for (const [label, data] of belanja) writeBelanja(b, row++, label, data, ctx);
  // The kegiatan numbers and the sub kegiatan numbers under them (2.1, 2.2, … under kegiatan 2) repeat under every
  // program: one cell each, shared by the rows that show it (a cell spec is never changed once written).
  const kegiatanNo: CellSpec[] = [];
  const subNo: CellSpec[][] = [];
  // A program or kegiatan row prints on the page of its first item, never alone at a page's foot.
  programs.forEach((p, i) => {
    if (p.kegiatan.length > 0) b.keepWithNext(row);
    writeNode(b, row++, nomorCell(toLetters(i), true), p, true);
    p.kegiatan.forEach((k, ki) => {
      if (k.subKegiatan.length > 0) b.keepWithNext(row);
      writeNode(b, row++, (kegiatanNo[ki] ??= nomorCell(String(ki + 1), false)), k, false);
      k.subKegiatan.forEach((sk, si) =>
        writeNode(b, row++, ((subNo[ki] ??= [])[si] ??= nomorCell(`${ki + 1}.${si + 1}`, false)), sk, false),
      );
    });
  });
  const bodyEnd = row - 1;
  const notes = ["Persentase: realisasi / anggaran × 100%. BELANJA DAERAH adalah jumlah baris program."];
  if (b.marked > marks) notes.push(MARK_FOOTNOTE);
  const end = writeNotes(b, row, WIDTHS.length, notes);
  b.addTable({ top: start, header, body: [header[1] + 1, bodyEnd], end: end - 1 });
  return end + 1;
}

const BOLD = { bold: true } as const;
const PLAIN = {} as const;
const RIGHT = { align: "right" } as const;
const RIGHT_BOLD = { align: "right", bold: true } as const;

/** textCell(no, { align: "center" }), with bold: true on a program row, key for key. */
function nomorCell(no: string, bold: boolean): CellSpec {
  return bold
    ? { value: no, border: true, wrap: true, valign: "top", align: "center", bold: true }
    : { value: no, border: true, wrap: true, valign: "top", align: "center" };
}

/**
 * One row per program, kegiatan and sub kegiatan. A sheet has tens of thousands of them: the cells are built with
 * the keys textCell, amountCell and fractionFormulaCell give them, in their order, without the intermediate objects
 * of spreading one cell into another.
 */
function writeNode(b: SheetBuilder, row: number, no: CellSpec, node: BudgetNode, bold: boolean): void {
  b.set(row, 0, no);
  const sources = [node.cell];
  b.set(
    row,
    1,
    bold
      ? { value: node.name.toUpperCase(), border: true, wrap: true, valign: "top", bold: true, sources }
      : { value: node.name, border: true, wrap: true, valign: "top", sources },
  );
  const pagu = node.pagu;
  const realisasi = node.realisasi;
  const paguSen = pagu === null ? null : senOfNumber(pagu);
  const realisasiSen = realisasi === null ? null : senOfNumber(realisasi);
  // Each address once: a SheetNumber writes it out when asked.
  const paguCell = pagu === null ? "" : pagu.cell;
  const realisasiCell = realisasi === null ? "" : realisasi.cell;
  b.set(row, 2, sourcedAmount(pagu, paguCell, paguSen, bold));
  b.set(row, 3, sourcedAmount(realisasi, realisasiCell, realisasiSen, bold));
  const style = bold ? BOLD : PLAIN;
  if (pagu === null || realisasi === null) {
    b.set(row, 4, emptyCell(style));
    return;
  }
  const both = paguCell === realisasiCell ? [paguCell] : [paguCell, realisasiCell];
  if (paguSen === null || realisasiSen === null) {
    writePercent(b, row, pagu.value, realisasi.value, style, both);
    return;
  }
  // Amounts exact in sen: the fraction realisasi ÷ pagu without a Decimal division (same double, see exact.ts).
  // ratioFormula(`D${r}`, `C${r}`), written out in one go.
  const r = String(row + 1);
  const formula = ["IF(C", r, '=0,"",D', r, "/C", r, ")"].join("");
  const result = paguSen === 0 ? "" : nearestQuotient(realisasiSen, paguSen);
  b.set(
    row,
    4,
    bold
      ? {
          formula,
          border: true,
          valign: "top",
          align: "center",
          bold: true,
          result,
          numFmt: PERCENT_FORMAT,
          sources: both,
        }
      : { formula, border: true, valign: "top", align: "center", result, numFmt: PERCENT_FORMAT, sources: both },
  );
}

/** `{ ...amountCell(n.value, style), sources: [n.cell] }` for an amount read from the sheet; empty without one. */
function sourcedAmount(n: NumberCell | null, cell: string, sen: number | null, bold: boolean): CellSpec {
  if (n === null) return emptyCell(bold ? RIGHT_BOLD : RIGHT);
  if (sen === null) return { ...amountCell(n.value, bold ? BOLD : PLAIN), sources: [cell] };
  const value = sen / 100;
  const numFmt = sen % 100 === 0 ? "#,##0" : "#,##0.00";
  return bold
    ? { value, numFmt, border: true, align: "right", valign: "top", bold: true, sources: [cell] }
    : { value, numFmt, border: true, align: "right", valign: "top", sources: [cell] };
}

function writePercent(
  b: SheetBuilder,
  row: number,
  pagu: Decimal | null,
  realisasi: Decimal | null,
  style: { bold?: boolean },
  sources: string[],
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
    const fraction = paguSen === 0 ? null : nearestQuotient(realisasiSen, paguSen);
    b.set(row, 4, { ...fractionFormulaCell(formula, fraction, style), sources });
    return;
  }
  const value = computed(() => capaianAnggaran(realisasi, pagu));
  b.set(row, 4, { ...formulaCell(formula, value, "percent", style), sources });
}

/** BELANJA OPERASI / BELANJA PEGAWAI: figures the officer entered in Data Pendukung. */
function writeBelanja(b: SheetBuilder, row: number, label: string, data: DataBelanja, ctx: LkjipContext): void {
  const src = (c: string | undefined) => {
    const s = otherSheetSource(ctx.dataPendukungSheet, c);
    return s ? [s] : [];
  };
  b.set(row, 0, textCell(null));
  b.set(row, 1, textCell(label));
  b.set(row, 2, { ...amountCell(data.anggaran), sources: src(data.cells.anggaran) });
  b.set(row, 3, { ...amountCell(data.realisasi), sources: src(data.cells.realisasi) });
  writePercent(b, row, data.anggaran, data.realisasi, {}, [...src(data.cells.anggaran), ...src(data.cells.realisasi)]);
}

function writeTotal(b: SheetBuilder, row: number, programRows: number[], ctx: LkjipContext, nomor: string): void {
  const programs = ctx.programs;
  const bold = { bold: true };
  b.set(row, 0, textCell(null, bold));
  b.set(row, 1, textCell("BELANJA DAERAH", bold));
  if (programRows.length === 0) {
    for (let c = 2; c <= 4; c++) b.set(row, c, emptyCell(bold));
    return;
  }
  // A program whose figure could not be read would leave the total short: no total then, and the officer is told.
  const unread = { pagu: unreadProgram(programs, "pagu"), realisasi: unreadProgram(programs, "realisasi") };
  if (unread.pagu || unread.realisasi) {
    for (const [what, kolom] of [
      ["pagu", "ANGGARAN"],
      ["realisasi", "REALISASI"],
    ] as const) {
      const p = unread[what];
      if (!p) continue;
      leaveTotalUnread(
        b,
        ctx,
        row,
        { tabel: nomor, kolom, subject: "BELANJA DAERAH" },
        p,
        what,
        (cell) =>
          `Tabel ${nomor}: ${kolom} BELANJA DAERAH tidak dijumlah: program "${p.name.trim()}" tidak terbaca (${cell}).`,
      );
    }
  }
  const pagu = sum(programs.map((p) => p.pagu?.value));
  const realisasi = sum(programs.map((p) => p.realisasi?.value));
  const paguSources = sourcesOf(programs.map((p) => p.pagu));
  const realisasiSources = sourcesOf(programs.map((p) => p.realisasi));
  b.set(
    row,
    2,
    unread.pagu
      ? emptyCell(bold)
      : {
          ...formulaCell(sumFormula(programRows.map((r) => toA1(r, 2))), pagu, "amount", bold),
          sources: paguSources,
        },
  );
  b.set(
    row,
    3,
    unread.realisasi
      ? emptyCell(bold)
      : {
          ...formulaCell(sumFormula(programRows.map((r) => toA1(r, 3))), realisasi, "amount", bold),
          sources: realisasiSources,
        },
  );
  if (unread.pagu || unread.realisasi) {
    b.set(row, 4, emptyCell(bold));
    return;
  }
  const value = computed(() => capaianAnggaran(realisasi, pagu));
  b.set(row, 4, {
    ...formulaCell(ratioFormula(toA1(row, 3), toA1(row, 2)), value, "percent", bold),
    sources: sourcesOf(paguSources, realisasiSources),
  });
}

/** `REALISASI`, or before Triwulan IV `REALISASI S.D. TRIWULAN III` (a page of the table read alone says so). */
function realisasiLabel(ctx: LkjipContext): string {
  const period = partYearPeriod(ctx);
  return period === null ? "REALISASI" : `REALISASI S.D. ${period.toUpperCase()}`;
}
