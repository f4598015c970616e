import { D, sum } from "../numbers";
import { SheetSpec } from "./sheetSpec";
import { SheetBuilder } from "./sheetBuilder";
import { amountCell, columnNumberCell, emptyCell, formulaCell, headerCell, textCell } from "./cellStyles";
import { targetCell, targetSource } from "./sasaranTableKit";
import { sumFormula } from "./excelFormulas";
import {
  LkjipContext,
  newBuilder,
  leaveTotalUnread,
  programData,
  SasaranFacts,
  tahunLabel,
  unreadProgram,
} from "./lkjipContext";
import { writeCaption, writeHeader, writeNotes } from "./tableLayout";
import { writeTitleBlock } from "./titleBlock";
import { toA1 } from "../grid/address";
import { composeSheets, Section } from "./sheetComposer";
import { TableGap } from "./tableGaps";
import { otherSheetSource, sourcesOf } from "./cellSources";
import { MARK_FOOTNOTE } from "./figureMarks";
import { indikatorNameCell } from "./text";

export const BAB_II_SHEET = "LKjIP Bab II";
const WIDTHS = [30, 32, 36, 16, 14];
const WIDTH = 4;

/** Bab II: Tabel 2.1 Rencana Kinerja and Tabel 2.2 Perjanjian Kinerja (with the program budget list). */
export function buildBabII(ctx: LkjipContext): { specs: SheetSpec[]; gaps: TableGap[] } {
  return composeSheets({
    name: BAB_II_SHEET,
    widths: WIDTHS,
    newBuilder: (w) => newBuilder(ctx, w),
    title: (b) => writeTitleBlock(b, ctx, WIDTH + 1, "BAB II PERENCANAAN KINERJA"),
    sections: [targetSection(ctx, "2.1", `Rencana Kinerja Tahun ${tahunLabel(ctx)}`), ...perjanjianKinerja(ctx)],
  });
}

/** A table of the targets alone (Tabel 2.1; Tabel 2.2 when its program list has a sheet of its own). */
function targetSection(ctx: LkjipContext, nomor: string, judul: string): Section {
  return {
    nomor,
    label: `Tabel ${nomor}`,
    write: (b, row) => {
      const marks = b.marked;
      const t = writeTargetTable(b, row, ctx, `Tabel ${nomor}`, judul);
      const end = writeNotes(b, t.row, WIDTH, b.marked > marks ? [MARK_FOOTNOTE] : []);
      b.addTable({ top: row, header: t.header, body: [t.header[1] + 1, t.row - 1], end: Math.max(t.row, end) - 1 });
      return end + 1;
    },
  };
}

/**
 * Tabel 2.2 in two parts, as in the seed: the targets, then straight under them the program budget list, on one
 * sheet whose header rows repeat on a continued page. Print titles are one row range per sheet: when both parts run
 * over a page, each part is a table of its own (the list captioned as the continuation of Tabel 2.2), so that each
 * gets a sheet whose header rows repeat on every page.
 */
function perjanjianKinerja(ctx: LkjipContext): Section[] {
  const judul = `Perjanjian Kinerja Tahun ${tahunLabel(ctx)}`;
  const whole: Section = {
    nomor: "2.2",
    label: "Tabel 2.2",
    write: (b, row) => {
      const marks = b.marked;
      const t = writeTargetTable(b, row, ctx, "Tabel 2.2", judul);
      const list = writeProgramTable(b, t.row, ctx);
      const end = writeNotes(b, list.row, WIDTH, b.marked > marks ? [MARK_FOOTNOTE] : []);
      b.addTable({
        top: row,
        header: t.header,
        body: [t.header[1] + 1, t.row - 1],
        end: Math.max(list.row, end) - 1,
        // The Total row is not a data row: no page breaks above it, so it never prints alone.
        parts: [{ header: list.header, body: [list.header[1] + 1, list.row - 2] }],
      });
      return end + 1;
    },
  };
  // Measured as it would print on a sheet of its own.
  const alone = newBuilder(ctx, WIDTHS);
  whole.write(alone, 0);
  const breaks = alone.build("", "lkjip-table", { repeatTableHeader: true }).rowBreaks ?? [];
  const table = alone.tables[0];
  // A break between data rows needs the part's header repeated above it; one that opens the list brings its own.
  const continued = (part: { header: [number, number]; body: [number, number] }) =>
    breaks.some((r) => r > part.header[1] + 1 && r <= part.body[1]);
  if (!table?.parts || !continued(table) || !table.parts.some(continued)) return [whole];
  const programs: Section = {
    label: "Tabel 2.2 Program",
    write: (b, row) => {
      const marks = b.marked;
      const top = writeCaption(b, row, WIDTHS.length, ["Tabel 2.2 (lanjutan)", `Program dan Anggaran, ${judul}`]);
      const list = writeProgramTable(b, top, ctx);
      const end = writeNotes(b, list.row, WIDTHS.length, b.marked > marks ? [MARK_FOOTNOTE] : []);
      // The Total row is not a data row: no page breaks above it.
      b.addTable({
        top: row,
        header: list.header,
        body: [list.header[1] + 1, list.row - 2],
        end: Math.max(list.row, end) - 1,
      });
      return end + 1;
    },
  };
  return [targetSection(ctx, "2.2", judul), programs];
}

/**
 * Tujuan | Sasaran | Indikator Kinerja | Target, tujuan and sasaran merged over their indikator rows. Returns the
 * header rows and the row after the data.
 */
function writeTargetTable(
  b: SheetBuilder,
  start: number,
  ctx: LkjipContext,
  nomor: string,
  judul: string,
): { row: number; header: [number, number] } {
  const headerTop = writeCaption(b, start, WIDTH, [nomor, judul]);
  let row = writeHeader(b, headerTop, [
    { label: "TUJUAN" },
    { label: "SASARAN" },
    { label: "INDIKATOR KINERJA" },
    { label: "TARGET" },
  ]);
  const header: [number, number] = [headerTop, row - 1];
  for (const tujuan of ctx.model.tujuan) {
    const facts = ctx.sasaran.filter((s) => s.tujuan === tujuan);
    const tujuanTop = row;
    for (const s of facts) {
      const top = row;
      row = writeIndikatorTargets(b, row, s, ctx, nomor);
      b.setMerged(top, 1, row - 1, 1, textCell(s.sasaran.name, { sources: [s.sasaran.cell] }));
    }
    if (facts.length === 0) {
      b.set(row, 1, textCell(null));
      b.set(row, 2, textCell(null));
      b.set(row, 3, textCell(null));
      row++;
    }
    b.setMerged(tujuanTop, 0, row - 1, 0, textCell(tujuan.name, { sources: [tujuan.cell] }));
    if (tujuan.name.trim() === "" && facts.length > 0) {
      const first = facts[0].sasaran;
      // A form without Tujuan PD and Sasaran PD rows: its one sasaran has no name either, and is called by its number.
      const unnamed = facts.every((f) => f.sasaran.name.trim() === "");
      b.sideNote(
        tujuanTop,
        unnamed
          ? `${nomor}: lembar "${ctx.model.sheet}" tidak menyebut tujuan dan sasaran PD.`
          : `${nomor}: lembar "${ctx.model.sheet}" tidak menyebut tujuan sasaran ini.`,
      );
      b.gap({
        tabel: nomor.replace("Tabel ", ""),
        kolom: unnamed ? "Tujuan / Sasaran" : "Tujuan",
        subject: facts.map((f) => f.sasaran.name.trim() || `Sasaran Strategis ${f.roman}`).join("; "),
        reason: unnamed ? "no-tujuan-sasaran" : "no-tujuan",
        fix: { sheet: ctx.model.sheet, cell: first.cell },
        key: `tujuan:${first.cell}`,
      });
    }
  }
  return { row, header };
}

function writeIndikatorTargets(
  b: SheetBuilder,
  row: number,
  s: SasaranFacts,
  ctx: LkjipContext,
  nomor: string,
): number {
  if (s.indikator.length === 0) {
    b.set(row, 2, textCell(null));
    b.set(row, 3, textCell(null));
    return row + 1;
  }
  for (const f of s.indikator) {
    b.set(row, 2, textCell(f.label || null, { sources: [f.indikator.cell] }));
    if (!f.label)
      b.sideNote(
        row,
        `${nomor}: nama indikator kosong (sel ${indikatorNameCell(f.indikator, ctx.model.columns.indikatorSasaran)}); isi namanya di Data Pendukung.`,
      );
    b.set(row, 3, targetCell(f));
    if (!targetSource(f)) {
      b.sideNote(row, `${nomor}: target tahunan kosong di lembar "${ctx.model.sheet}" (baris ${f.indikator.row + 1}).`);
      b.gap({
        tabel: nomor.replace("Tabel ", ""),
        kolom: "Target",
        subject: f.label || `${ctx.model.sheet}!${f.indikator.cell}`,
        reason: "source-target",
        fix: { sheet: ctx.model.sheet, cell: f.indikator.cell },
        key: `sumber:${f.indikator.cell}`,
      });
    }
    row++;
  }
  return row;
}

/**
 * No | Program | Anggaran | Ket. (sumber dana, from Data Pendukung), with the total as a SUM formula. The program
 * name spans columns B:C. Returns the header rows and the row after the total.
 */
function writeProgramTable(
  b: SheetBuilder,
  start: number,
  ctx: LkjipContext,
): { row: number; header: [number, number] } {
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
  const headerRows: [number, number] = [start, row];
  row++;
  const programs = ctx.programs;
  const first = row;
  programs.forEach((p, i) => {
    b.set(row, 0, textCell(`${i + 1}.`, { align: "center" }));
    b.setMerged(row, 1, row, 2, textCell(p.name, { sources: [p.cell] }));
    const pagu = amountCell(p.pagu?.value ?? null);
    b.set(row, 3, p.pagu ? { ...pagu, sources: [p.pagu.cell] } : pagu);
    const data = programData(ctx, p);
    const dana = data?.sumberDana.trim() ?? "";
    const src = otherSheetSource(ctx.dataPendukungSheet, data?.cells?.sumberDana ?? data?.cell);
    b.set(row, 4, textCell(dana || null, dana && src ? { sources: [src] } : {}));
    if (!dana) {
      const cell = data?.cells?.sumberDana ?? ctx.programDanaCell?.(p) ?? data?.cell ?? "A1";
      b.sideNote(row, `Tabel 2.2: sumber dana (KET.) belum diisi: ${ctx.dataPendukungSheet}!${cell}.`);
      b.gap({
        tabel: "2.2",
        kolom: "KET. (sumber dana)",
        subject: p.name,
        reason: "sumber-dana",
        fix: { sheet: ctx.dataPendukungSheet, cell },
        key: "dp:sumberDana",
      });
    }
    row++;
  });
  const total = sum(programs.map((p) => p.pagu?.value));
  b.setMerged(row, 0, row, 2, textCell("Total", { bold: true, align: "center" }));
  const refs = programs.length > 0 ? [`${toA1(first, 3)}:${toA1(row - 1, 3)}`] : [];
  // A program whose pagu could not be read would leave the total short: no total then, and the officer is told.
  const unread = unreadProgram(programs, "pagu");
  if (unread) {
    b.set(row, 3, emptyCell({ bold: true }));
    leaveTotalUnread(
      b,
      ctx,
      row,
      { tabel: "2.2", kolom: "ANGGARAN", subject: "Total" },
      unread,
      "pagu",
      (cell) => `Tabel 2.2: Total tidak dijumlah: pagu program "${unread.name.trim()}" tidak terbaca (${cell}).`,
    );
  } else {
    b.set(
      row,
      3,
      refs.length > 0
        ? {
            ...formulaCell(sumFormula(refs), total, "amount", { bold: true }),
            sources: sourcesOf(programs.map((p) => p.pagu)),
          }
        : amountCell(new D(0), { bold: true }),
    );
  }
  b.set(row, 4, textCell(null));
  return { row: row + 1, header: headerRows };
}
