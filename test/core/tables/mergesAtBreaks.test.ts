import { SheetBuilder } from "../../../src/core/tables/sheetBuilder";
import { splitMergesAtBreaks } from "../../../src/core/tables/mergesAtBreaks";
import { SheetSpec } from "../../../src/core/tables/sheetSpec";

describe("a cell merged down past a page break", () => {
  test("is cut at each break of the plan: every piece shows the merged text again, and a merged figure once, `(lanjutan)` after it (printpk38 D5: the sasaran's % printed beside each page's programs read as theirs)", () => {
    // One sasaran and its % merged down 120 program rows: more than a page.
    const b = new SheetBuilder([30, 40, 12]);
    b.set(0, 0, { value: "SASARAN", bold: true, border: true });
    b.set(0, 1, { value: "PROGRAM", bold: true, border: true });
    b.set(0, 2, { value: "%", bold: true, border: true });
    for (let r = 1; r <= 120; r++) b.set(r, 1, { value: `Program ${r}`, border: true });
    b.setMerged(1, 0, 120, 0, { value: "Meningkatnya Kualitas Pelayanan", border: true, valign: "top" });
    b.setMerged(1, 2, 120, 2, { formula: "C1/C200", result: 0.0859, border: true });
    b.addTable({ top: 0, header: [0, 0], body: [1, 120], end: 120 });
    const spec = b.build("LKjIP Tabel 3.28", "lkjip-table");
    const breaks = spec.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(1);
    for (const m of spec.merges) for (const brk of breaks) expect(brk > m.top && brk <= m.bottom).toBe(false);
    const cellAt = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col)?.cell;
    expect(cellAt(1, 2)).toMatchObject({ formula: "C1/C200", result: 0.0859 });
    for (const top of [1, ...breaks]) {
      expect(cellAt(top, 0)?.value).toBe("Meningkatnya Kualitas Pelayanan");
      if (top > 1) expect(cellAt(top, 2)).toEqual({ value: "(lanjutan)", border: true });
      expect(spec.merges).toContainEqual(expect.objectContaining({ top, left: 0, right: 0 }));
    }
    // Still one cell per position, in row order.
    const keys = spec.cells.map((c) => `${c.row},${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(spec.cells.map((c) => c.row * 10 + c.col)).toEqual(
      [...spec.cells.map((c) => c.row * 10 + c.col)].sort((x, y) => x - y),
    );
  });

  test("a piece too short for the merged text shows `(lanjutan)`, never the text cut (print34 D1)", () => {
    // Fifteen indikator beside the programs; the last piece is one row on a page of its own.
    const list = Array.from(
      { length: 15 },
      (_, i) => `${i + 1}. Persentase usaha mikro binaan yang naik kelas ${i + 1}`,
    );
    const spec: SheetSpec = {
      name: "LKjIP Tabel 3.4",
      kind: "lkjip-table",
      cells: [
        { row: 0, col: 0, cell: { value: "Sasaran I", wrap: true } },
        { row: 0, col: 1, cell: { value: list.join("\n"), wrap: true } },
        { row: 0, col: 2, cell: { formula: "SUM(D1:D15)/1000", result: 0.5 } },
      ],
      merges: [0, 1, 2].map((c) => ({ top: 0, left: c, bottom: 14, right: c })),
      columnWidths: [26, 30, 16],
      rowHeights: Array.from({ length: 15 }, (_, row) => ({ row, height: row < 14 ? 70 : 30 })),
      print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
    };
    splitMergesAtBreaks(spec, [7, 14]);
    const at = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col)?.cell;
    // Rows 7–13: 490 points, room for the fifteen items of two lines each; row 14 alone: 30 points.
    expect(at(7, 1)?.value).toBe(list.join("\n"));
    expect(at(14, 1)).toMatchObject({ value: "(lanjutan)", wrap: true });
    // The sasaran's short name is shown again as it is; its % once, on the first piece.
    expect(at(14, 0)?.value).toBe("Sasaran I");
    expect(at(0, 2)).toMatchObject({ formula: "SUM(D1:D15)/1000", result: 0.5 });
    expect(at(14, 2)).toEqual({ value: "(lanjutan)" });
  });

  test("merges within a page, and a sheet without breaks, are left as they are", () => {
    const spec: SheetSpec = {
      name: "x",
      kind: "lkjip-table",
      cells: [{ row: 2, col: 0, cell: { value: "a" } }],
      merges: [{ top: 2, left: 0, bottom: 5, right: 0 }],
      columnWidths: [10],
      print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
    };
    const before = structuredClone(spec);
    splitMergesAtBreaks(spec, []);
    splitMergesAtBreaks(spec, [10, 20]);
    expect(spec).toEqual(before);
  });
});
