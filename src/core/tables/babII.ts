import { D, sum } from "../numbers";
import { SheetSpec } from "./sheetSpec";
import { SheetBuilder } from "./sheetBuilder";
import { amountCell, columnNumberCell, formulaCell, headerCell, indikatorValueCell, textCell } from "./cellStyles";
import { sumFormula } from "./excelFormulas";
import { LkjipContext, SasaranFacts, tahunLabel } from "./lkjipContext";
import { writeCaption, writeHeader, writeNotes } from "./tableLayout";
import { writeTitleBlock } from "./titleBlock";
import { toA1 } from "../grid/address";

export const BAB_II_SHEET = "LKjIP Bab II";
const WIDTHS = [30, 32, 36, 16, 14];
const WIDTH = 4;

/** Bab II: Tabel 2.1 Rencana Kinerja and Tabel 2.2 Perjanjian Kinerja (with the program budget list). */
export function buildBabII(ctx: LkjipContext): SheetSpec {
  const b = new SheetBuilder(WIDTHS);
  let row = writeTitleBlock(b, ctx, WIDTH + 1, "BAB II PERENCANAAN KINERJA");
  const rencana = writeTargetTable(b, row, ctx, "Tabel 2.1", `Rencana Kinerja Tahun ${tahunLabel(ctx)}`);
  const rencanaEnd = writeNotes(b, rencana.row, WIDTH, rencana.notes);
  b.keepTogether(row, rencanaEnd - 1);
  row = rencanaEnd + 1;
  // Tabel 2.2 is two blocks, as in the seed: the targets, then straight under them the program budget list.
  const perjanjianTop = row;
  const perjanjian = writeTargetTable(b, row, ctx, "Tabel 2.2", `Perjanjian Kinerja Tahun ${tahunLabel(ctx)}`);
  row = writeProgramTable(b, perjanjian.row, ctx);
  b.keepTogether(perjanjianTop, writeNotes(b, row, WIDTH, perjanjian.notes) - 1);
  return b.build(BAB_II_SHEET, "lkjip-table");
}

/**
 * Tujuan | Sasaran | Indikator Kinerja | Target, tujuan and sasaran merged over their indikator rows. Returns the
 * row after the data and the notes to write under the table.
 */
function writeTargetTable(
  b: SheetBuilder,
  start: number,
  ctx: LkjipContext,
  nomor: string,
  judul: string,
): { row: number; notes: string[] } {
  let row = writeCaption(b, start, WIDTH, [nomor, judul]);
  row = writeHeader(b, row, [
    { label: "TUJUAN" },
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: "TARGET" },
  ]);
  const missing: string[] = [];
  for (const tujuan of ctx.model.tujuan) {
    const facts = ctx.sasaran.filter((s) => s.tujuan === tujuan);
    const tujuanTop = row;
    for (const s of facts) {
      const top = row;
      row = writeIndikatorTargets(b, row, s, missing);
      b.setMerged(top, 1, row - 1, 1, textCell(s.sasaran.name));
    }
    if (facts.length === 0) {
      b.set(row, 1, textCell(null));
      b.set(row, 2, textCell(null));
      b.set(row, 3, textCell(null));
      row++;
    }
    b.setMerged(tujuanTop, 0, row - 1, 0, textCell(tujuan.name));
  }
  const notes = [
    "Target: target tahunan (Triwulan IV, atau triwulan terakhir yang terisi) dari lembar sumber.",
    ...(missing.length > 0 ? [`Target tahunan kosong di lembar sumber untuk indikator ${missing.join(", ")}.`] : []),
  ];
  return { row, notes };
}

function writeIndikatorTargets(b: SheetBuilder, row: number, s: SasaranFacts, missing: string[]): number {
  if (s.indikator.length === 0) {
    b.set(row, 2, textCell(null));
    b.set(row, 3, textCell(null));
    return row + 1;
  }
  for (const f of s.indikator) {
    b.set(row, 2, textCell(f.label));
    b.set(row, 3, indikatorValueCell(f.target?.value ?? null, f.indikator.persen, f.target?.decimals));
    if (!f.target) missing.push(`"${f.label}"`);
    row++;
  }
  return row;
}

/**
 * No | Program | Anggaran | Ket., with the total as a SUM formula. The program name spans columns B:C. Returns the
 * row after the total.
 */
function writeProgramTable(b: SheetBuilder, start: number, ctx: LkjipContext): number {
  const header = ["NO.", "PROGRAM", "ANGGARAN", "KET."];
  const cols = [0, 1, 3, 4];
  let row = start;
  header.forEach((label, i) => {
    const right = i === 1 ? 2 : cols[i];
    b.setMerged(row, cols[i], row, right, headerCell(label));
  });
  row++;
  // Column numbers, with B:C counted once.
  [1, 2, 3, 4].forEach((n, i) => {
    const right = i === 1 ? 2 : cols[i];
    b.setMerged(row, cols[i], row, right, columnNumberCell(n));
  });
  row++;
  const programs = ctx.programs;
  const first = row;
  programs.forEach((p, i) => {
    b.set(row, 0, textCell(`${i + 1}.`, { align: "center" }));
    b.setMerged(row, 1, row, 2, textCell(p.name));
    b.set(row, 3, amountCell(p.pagu?.value ?? null));
    b.set(row, 4, textCell(null));
    row++;
  });
  const total = sum(programs.map((p) => p.pagu?.value));
  b.setMerged(row, 0, row, 2, textCell("Total", { bold: true, align: "center" }));
  const refs = programs.length > 0 ? [`${toA1(first, 3)}:${toA1(row - 1, 3)}`] : [];
  b.set(
    row,
    3,
    refs.length > 0
      ? formulaCell(sumFormula(refs), total, "amount", { bold: true })
      : amountCell(new D(0), { bold: true }),
  );
  b.set(row, 4, textCell(null));
  return row + 1;
}
