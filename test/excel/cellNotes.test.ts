import { Grid } from "../../src/core/grid/grid";
import { toA1 } from "../../src/core/grid/address";
import { generateLkjip } from "../../src/core/pipeline";
import { SheetSpec } from "../../src/core/tables/sheetSpec";
import { MARK_FOOTNOTE } from "../../src/core/tables/figureMarks";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { readWorkbook } from "../../src/taskpane/workbookReader";
import { sampleGrids } from "../taskpane/sampleGrids";
// The in-memory Excel first: the fake's modules import each other in a cycle that starts there.
import { createInMemoryExcel } from "./inMemoryExcel";
import { installNotes, notesOf } from "./fake/notes";

let sample: Grid[];
beforeAll(async () => {
  installNotes();
  sample = await sampleGrids();
});

/** Excel that reports `version` as the highest ExcelApi it supports. */
function hostSupporting(version: number): void {
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && Number(v) <= version },
    },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

async function generate(wb: OfficeWorkbook, final = false): Promise<SheetSpec[]> {
  const content = await readWorkbook(wb);
  const out = generateLkjip(content.grids, { columns: content.columns, lkjip: { final } });
  if (!out.source) throw new Error("Tabel Pengukuran Kinerja tidak ditemukan");
  await wb.writeSheets(out.specs);
  return out.specs;
}

const RA = "LKjIP Realisasi Anggaran";

describe("cell notes on marked figures in Excel (ExcelApi 1.18)", () => {
  test("every marked figure gets a note naming its finding; a second run writes them again, once each", async () => {
    hostSupporting(1.18);
    const excel = createInMemoryExcel({ sheets: sample });
    const wb = new OfficeWorkbook(excel.run);
    const specs = await generate(wb);
    const expected = specs.find((s) => s.name === RA)!.cells.filter((c) => c.cell.note);
    expect(expected.length).toBeGreaterThan(5);
    const notes = notesOf(excel.workbook.sheet(RA));
    expect(notes.size).toBe(expected.length);
    const s40 = [...notes.values()].find((t) => t.includes("Realisasi program di S40"));
    expect(s40).toContain('lembar "TW IV 2022"');
    // The mark that prints does not depend on notes: the number format.
    expect(excel.workbook.sheet(RA).cell(expected[0].row, expected[0].col).numFmt).toMatch(/"\*"$/);

    await generate(wb);
    expect(notesOf(excel.workbook.sheet(RA)).size).toBe(expected.length);
  });

  test("a re-run replaces the notes of the marked figures and keeps a note the officer wrote on the sheet", async () => {
    hostSupporting(1.18);
    const excel = createInMemoryExcel({ sheets: sample });
    const wb = new OfficeWorkbook(excel.run);
    const specs = await generate(wb);
    const notes = notesOf(excel.workbook.sheet(RA));
    const ours = notes.size;
    notes.set("A1", "Dicek Kasubag Program, 12 Januari");

    await generate(wb);
    expect(notes.get("A1")).toBe("Dicek Kasubag Program, 12 Januari");
    expect(notes.size).toBe(ours + 1);
    const marked = specs.find((s) => s.name === RA)!.cells.filter((c) => c.cell.note);
    for (const c of marked) expect(notes.get(toA1(c.row, c.col))).toBe(c.cell.note);
  });

  test("below ExcelApi 1.18 no note is attempted; the figures still carry the * format and the footnote", async () => {
    hostSupporting(1.17);
    const excel = createInMemoryExcel({ sheets: sample });
    const wb = new OfficeWorkbook(excel.run);
    const specs = await generate(wb);
    expect(notesOf(excel.workbook.sheet(RA)).size).toBe(0);
    const marked = specs.find((s) => s.name === RA)!.cells.find((c) => c.cell.note)!;
    expect(excel.workbook.sheet(RA).cell(marked.row, marked.col).numFmt).toMatch(/"\*"$/);
    expect(specs.some((s) => s.cells.some((c) => c.cell.value === MARK_FOOTNOTE))).toBe(true);
  });

  test("the final report has no notes, and a draft's notes go when it is regenerated as final", async () => {
    hostSupporting(1.18);
    const excel = createInMemoryExcel({ sheets: sample });
    const wb = new OfficeWorkbook(excel.run);
    await generate(wb);
    expect(notesOf(excel.workbook.sheet(RA)).size).toBeGreaterThan(0);
    await generate(wb, true);
    expect(notesOf(excel.workbook.sheet(RA)).size).toBe(0);
  });
});
