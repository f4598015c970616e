import Decimal from "decimal.js";
import { buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { MARK_FOOTNOTE, withStar } from "../../../src/core/tables/figureMarks";
import { FILL_NUMBERS } from "../../../src/core/tables/cellStyles";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";
import { makeFinding } from "../../../src/core/model/makeFinding";
import { Finding } from "../../../src/core/model/finding";
import { cellOf } from "./formulaEval";
import { toA1 } from "../../../src/core/grid/address";
import { seedDataPendukung, seedModel } from "./factory";
import { notesOf, sheet, table } from "./specHelpers";

const model = seedModel();
const hubungan = model.tujuan[2].sasaran[0].program[0];
/** An error on PROGRAM HUBUNGAN INDUSTRIAL's row (its realisasi is not the sum of its kegiatan), and a warning elsewhere. */
const realisasi = hubungan.realisasi!.cell;
const other = model.tujuan[0].sasaran[0].program[0].realisasi!.cell;
const findings: Finding[] = [
  makeFinding({
    rule: "realisasi-vs-children",
    sheet: model.sheet,
    cell: realisasi,
    expected: 124137520,
    actual: 194837360,
    key: "realisasi-vs-children",
    params: {
      tingkat: "program",
      cell: realisasi,
      realisasi: 194837360,
      tingkatAnak: "kegiatan",
      jumlah: 124137520,
      selisih: 70699840,
    },
    level: "program",
    name: hubungan.name,
  }),
  makeFinding({
    rule: "realisasi-over-kas",
    sheet: model.sheet,
    cell: other,
    expected: 1,
    actual: 2,
    key: "realisasi-over-kas",
    params: { cell: other, realisasi: 2, triwulan: 4, kas: 1, selisih: 1 },
  }),
];

function markedCells(specs: SheetSpec[]) {
  return specs.flatMap((s) =>
    s.cells.filter((c) => (c.cell.numFmt ?? "").includes('"*"')).map((c) => ({ sheet: s.name, ...c })),
  );
}

describe("figures from a row with an error finding", () => {
  const draft = buildLkjipSheets({ model, findings, dataPendukung: seedDataPendukung() });
  const final = buildLkjipSheets({ model, findings, dataPendukung: seedDataPendukung(), options: { final: true } });
  const ra = sheet(draft, "LKjIP Realisasi Anggaran");
  const t = table(ra, "3.33");
  const rowOf = (no: string) => ra.cells.find((c) => c.col === 0 && c.cell.value === no && c.row > t.firstData)!.row;

  it("carry a trailing * in their number format while the report is a draft: still numbers, with a note naming the finding", () => {
    const d = rowOf("D");
    const realisasi = cellOf(ra, d, 3)!;
    expect(realisasi.value).toBe(194837360);
    // Its column holds amounts with sen (BELANJA DAERAH): every amount in it is shown with ,00 (amountFormats.ts).
    expect(realisasi.numFmt).toBe('#,##0.00"*"');
    expect(realisasi.note).toContain(findings[0].message);
    expect(realisasi.note).not.toContain(findings[1].message);
    expect(cellOf(ra, d, 4)?.numFmt).toBe('0.00%"*"');
    expect(typeof cellOf(ra, d, 4)?.result).toBe("number");
    // BELANJA DAERAH sums that row: marked too. A program without a finding is not.
    expect(cellOf(ra, t.firstData, 3)?.numFmt).toBe('#,##0.00"*"');
    expect(cellOf(ra, rowOf("A"), 3)?.numFmt).toBe("#,##0.00");
    // The finding's row only: the kegiatan under the program are not marked.
    expect(cellOf(ra, d + 1, 3)?.numFmt).toBe("#,##0.00");
  });

  it("get a footnote under each table that has one, and only there", () => {
    expect(notesOf(ra, t)).toContain(MARK_FOOTNOTE);
    const ss4 = sheet(draft, "LKjIP SS IV");
    expect(notesOf(ss4, table(ss4, "3.29"))).toContain(MARK_FOOTNOTE);
    expect(notesOf(ss4, table(ss4, "3.25"))).not.toContain(MARK_FOOTNOTE);
    const ss1 = sheet(draft, "LKjIP SS I");
    for (const n of ["3.1", "3.4", "3.5"]) expect(notesOf(ss1, table(ss1, n))).not.toContain(MARK_FOOTNOTE);
  });

  it("are not marked in the final report: no *, no footnote, no note", () => {
    expect(markedCells(draft).length).toBeGreaterThan(5);
    expect(markedCells(final)).toEqual([]);
    for (const s of final) {
      expect(s.cells.filter((c) => c.cell.note !== undefined)).toEqual([]);
      expect(s.cells.filter((c) => c.cell.value === MARK_FOOTNOTE)).toEqual([]);
    }
    const raFinal = sheet(final, "LKjIP Realisasi Anggaran");
    expect(cellOf(raFinal, rowOf("D"), 3)).toMatchObject({ value: 194837360, numFmt: "#,##0.00" });
  });

  it("are found through the source cells every computed cell records", () => {
    const missing: string[] = [];
    for (const s of draft.filter((x) => x.kind === "lkjip-table")) {
      for (const { row, col, cell } of s.cells) {
        const computed = typeof cell.value === "number" || (cell.formula !== undefined && cell.result !== "");
        if (!computed || cell.fill === FILL_NUMBERS) continue;
        if (!cell.sources || cell.sources.length === 0) missing.push(`${s.name}!R${row + 1}C${col + 1}`);
      }
    }
    expect(missing).toEqual([]);
    const d = rowOf("D");
    expect(cellOf(ra, d, 4)?.sources).toEqual([hubungan.pagu!.cell, hubungan.realisasi!.cell]);
  });

  it("withStar keeps every section of a format numeric", () => {
    expect(withStar("#,##0")).toBe('#,##0"*"');
    expect(withStar("0.00%;-0.00%")).toBe('0.00%"*";-0.00%"*"');
    expect(withStar('#,##0"*"')).toBe('#,##0"*"');
  });
});

describe("marks follow the source sheet's formulas", () => {
  /** The seed with PROGRAM HUBUNGAN INDUSTRIAL's realisasi a formula over its kegiatan, and an error on the first one. */
  function withFormula(formula: boolean, typedApart = false): SheetSpec[] {
    const m = seedModel();
    const p = m.tujuan[2].sasaran[0].program[0];
    // The program's figures the sums of its kegiatan as written; or, typed apart, not (it adds up what is right).
    const sum = (pick: (k: (typeof p.kegiatan)[number]) => Decimal) =>
      p.kegiatan.reduce((t, k) => t.plus(pick(k)), new Decimal(0)).plus(typedApart ? 1 : 0);
    p.pagu = { ...p.pagu!, value: sum((k) => k.pagu!.value) };
    p.realisasi = { ...p.realisasi!, value: sum((k) => k.realisasi!.value) };
    // The factory puts each figure on a row of its own: the program's realisasi sits on the program's row here.
    p.realisasi = { ...p.realisasi!, cell: toA1(p.row, 18) };
    if (formula) p.formulas = { realisasiAnggaran: p.kegiatan.map((k) => k.realisasi!.cell).join("+") };
    const k = p.kegiatan[0];
    const cell = k.realisasi!.cell;
    const f = makeFinding({
      rule: "realisasi-vs-children",
      sheet: m.sheet,
      cell,
      expected: 1,
      actual: 2,
      key: "realisasi-vs-children",
      params: { tingkat: "kegiatan", cell, realisasi: 2, tingkatAnak: "sub kegiatan", jumlah: 1, selisih: 1 },
      level: "kegiatan",
      name: k.name,
    });
    return buildLkjipSheets({ model: m, findings: [f], dataPendukung: seedDataPendukung() });
  }

  function raRows(specs: SheetSpec[]) {
    const ra = sheet(specs, "LKjIP Realisasi Anggaran");
    const t = table(ra, "3.33");
    const program = ra.cells.find((c) => c.col === 0 && c.cell.value === "D" && c.row > t.firstData)!.row;
    return { ra, total: t.firstData, program, kegiatan: program + 1 };
  }

  it("a program whose formula reads a flagged kegiatan is marked, and so is BELANJA DAERAH over it", () => {
    const { ra, total, program, kegiatan } = raRows(withFormula(true));
    expect(cellOf(ra, kegiatan, 3)?.numFmt).toBe('#,##0.00"*"');
    expect(cellOf(ra, program, 3)?.numFmt).toBe('#,##0.00"*"');
    expect(cellOf(ra, program, 3)?.note).toContain("realisasi");
    expect(cellOf(ra, total, 3)?.numFmt).toMatch(/"\*"$/);
  });

  it("a program typed as the sum of its kegiatan as written is marked as the formula would be (an HTML export)", () => {
    const { ra, total, program, kegiatan } = raRows(withFormula(false));
    expect(cellOf(ra, kegiatan, 3)?.numFmt).toBe('#,##0.00"*"');
    expect(cellOf(ra, program, 3)?.numFmt).toBe('#,##0.00"*"');
    expect(cellOf(ra, total, 3)?.numFmt).toMatch(/"\*"$/);
  });

  it("a program typed as a figure of its own, not its kegiatan's sum, is not marked for a kegiatan's error", () => {
    const { ra, total, program, kegiatan } = raRows(withFormula(false, true));
    expect(cellOf(ra, kegiatan, 3)?.numFmt).toBe('#,##0.00"*"');
    expect(cellOf(ra, program, 3)?.numFmt).toBe("#,##0.00");
    expect(cellOf(ra, total, 3)?.numFmt).not.toMatch(/"\*"$/);
  });
});
