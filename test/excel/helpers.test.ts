import { ExistingSheet, planSheets, SheetPlan } from "../../src/core/workbook/sheetPlan";
import { excelWouldConvert } from "../../src/excel/cellInput";
import { parseAreasAddress } from "../../src/excel/mergedAreas";
import { budgetFor, EXCEL_WEB_LIMITS, rowsPerRequest } from "../../src/excel/requestBudget";
import { groupIntoRects } from "../../src/excel/styleRects";
import { formulaRects, textRects } from "../../src/excel/textCells";
import { detailRequests } from "../../src/excel/detailRequests";
import { columnWidthPoints } from "../../src/excel/units";
import { assertPlanWritesOnlyOurs } from "../../src/excel/writeGuard";
import { footerSections } from "../../src/excel/footerSections";
import { blocksFingerprint } from "../../src/excel/contentFingerprint";
import { gridFingerprint } from "../../src/core/workbook/fingerprint";
import { gridFromRows } from "../../src/core/grid/gridBuilder";

describe("parseAreasAddress", () => {
  test("areas of a RangeAreas address, with quoted sheet names holding commas, quotes and !", () => {
    expect(parseAreasAddress("Sheet1!A1:B2, Sheet1!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreasAddress("'Tabel 3, ''baru''!'!$A$1:$F$1, 'Tabel 3, ''baru''!'!C5:C9")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 4, left: 2, bottom: 8, right: 2 },
    ]);
  });
});

describe("textRects", () => {
  test("runs of text down each column, small gaps bridged, equal runs of neighbours joined; numbers and '-' left out", () => {
    const values = [
      ["NO", "NAMA", "PAGU"],
      [1, "Program", 100],
      ["", "", "-"],
      [2, "Kegiatan", "1.234,00"],
    ];
    expect(textRects(values, 10, 2)).toEqual([
      { top: 10, bottom: 10, left: 2, right: 2 },
      { top: 10, bottom: 10, left: 4, right: 4 },
      { top: 10, bottom: 13, left: 3, right: 3 },
    ]);
  });

  test("a gap longer than three rows starts a new run", () => {
    const values = [["a"], [""], [""], [""], [""], ["b"]];
    expect(textRects(values, 0, 0)).toEqual([
      { top: 0, bottom: 0, left: 0, right: 0 },
      { top: 5, bottom: 5, left: 0, right: 0 },
    ]);
  });

  test("formula cells are not text cells: their result is read first", () => {
    const formulas = [
      ["Program", '=A1&" baru"', 5],
      ["=SUM(C1:C1)", "Kegiatan", "=C1*2"],
    ];
    expect(textRects(formulas, 0, 0)).toEqual([
      { top: 0, bottom: 0, left: 0, right: 0 },
      { top: 1, bottom: 1, left: 1, right: 1 },
    ]);
    expect(formulaRects(formulas, 0, 0)).toEqual([
      { top: 0, bottom: 0, left: 1, right: 1 },
      { top: 1, bottom: 1, left: 0, right: 0 },
      { top: 1, bottom: 1, left: 2, right: 2 },
    ]);
  });

  test("detailRequests splits what does not fit in one request, styles and values alike", () => {
    const budget = { bytes: 60_000, cells: 1_000_000 };
    const requests = detailRequests(
      [{ top: 0, bottom: 1999, left: 0, right: 0 }],
      [{ top: 0, bottom: 2999, left: 1, right: 1 }],
      budget,
    );
    expect(requests.length).toBeGreaterThan(1);
    const rows = (rects: { top: number; bottom: number }[]) => rects.reduce((n, r) => n + r.bottom - r.top + 1, 0);
    expect(rows(requests.flatMap((r) => r.styles))).toBe(2000);
    expect(rows(requests.flatMap((r) => r.values))).toBe(3000);
    expect(detailRequests([{ top: 0, bottom: 9, left: 0, right: 3 }], [], budget)).toEqual([
      { styles: [{ top: 0, bottom: 9, left: 0, right: 3 }], values: [] },
    ]);
    expect(detailRequests([], [], budget)).toEqual([]);
  });
});

describe("groupIntoRects", () => {
  test("one rectangle per block of equal values", () => {
    const cells = [];
    for (let row = 0; row < 3; row++)
      for (let col = 0; col < 4; col++) cells.push({ row, col, value: row === 0 ? "Center" : "Right" });
    expect(groupIntoRects(cells)).toEqual([
      { rect: { top: 0, bottom: 0, left: 0, right: 3 }, value: "Center" },
      { rect: { top: 1, bottom: 2, left: 0, right: 3 }, value: "Right" },
    ]);
  });

  test("gaps and differing spans make separate rectangles", () => {
    const cells = [
      { row: 0, col: 0, value: true },
      { row: 0, col: 2, value: true },
      { row: 1, col: 0, value: true },
      { row: 1, col: 1, value: true },
    ];
    expect(groupIntoRects(cells).map((r) => r.rect)).toEqual([
      { top: 0, bottom: 0, left: 0, right: 0 },
      { top: 0, bottom: 0, left: 2, right: 2 },
      { top: 1, bottom: 1, left: 0, right: 1 },
    ]);
  });
});

describe("excelWouldConvert", () => {
  test.each([
    "2.18.03",
    "001",
    "1/2",
    "10:30",
    "50%",
    "-5",
    "=A1",
    "+x",
    "TRUE",
    "salah",
    "#N/A",
    "Rp 1.000",
    "Jan-22",
    "1 Januari 2022",
    "Mei 2022",
    "(1)",
  ])("%s would not stay text", (t) => expect(excelWouldConvert(t)).toBe(true));
  test.each(["Program", "-", "Kegiatan 2", "Sub Kegiatan: Penyediaan", "", "Tabel 3.1 Capaian"])("%s stays text", (t) =>
    expect(excelWouldConvert(t)).toBe(false),
  );
});

describe("sizes", () => {
  test("column width in characters to points, as Excel sizes a column", () => {
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(columnWidthPoints(10)).toBe(56.25);
  });

  test("rows per request: 10,000 rows of 20 columns fit in one read request", () => {
    const budget = budgetFor(EXCEL_WEB_LIMITS);
    expect(rowsPerRequest(20, 20, budget)).toBeGreaterThanOrEqual(10_000);
    expect(rowsPerRequest(20, 20, budget) * 20 * 20).toBeLessThan(EXCEL_WEB_LIMITS.maxBytes);
    expect(rowsPerRequest(100_000, 100, budget)).toBe(1);
  });
});

describe("assertPlanWritesOnlyOurs", () => {
  const table = (name: string, fingerprint = "abc", now = fingerprint): ExistingSheet => ({
    name,
    mark: { kind: "lkjip-table", key: name, fingerprint },
    fingerprint: now,
  });
  const existing: ExistingSheet[] = [
    { name: "Pengukuran", mark: null },
    table("Tabel 2.1"),
    table("Tabel 3.1", "abc", "diubah"),
    { name: "Tabel Lama", mark: null, legacyKind: "lkjip-table" },
    { name: "Data Pendukung", mark: { kind: "data-pendukung", key: "Data Pendukung", fingerprint: "" } },
    { name: "_lkjip", mark: { kind: "registry", key: "_lkjip", fingerprint: "" } },
  ];
  const plan = (over: Partial<SheetPlan>): SheetPlan => ({
    actions: [],
    before: [],
    kept: [],
    remove: [],
    migrated: [],
    stale: [],
    registry: { name: "_lkjip", exists: true },
    referenced: [],
    resubjected: [],
    ...over,
  });

  test("the planner's own plans pass: update, add beside an edited sheet, append, remove a stale table", () => {
    const specs = [
      { name: "Tabel 2.1", kind: "lkjip-table" as const },
      { name: "Tabel 3.1", kind: "lkjip-table" as const },
      { name: "Data Pendukung", kind: "data-pendukung" as const, append: true },
    ];
    const planned = planSheets(existing, specs);
    expect(planned.actions.map((a) => a.type)).toEqual(["update", "add", "append"]);
    expect(planned.remove).toEqual(["Tabel Lama"]);
    expect(() => assertPlanWritesOnlyOurs(planned, existing)).not.toThrow();
  });

  test("updating or deleting a sheet without our mark is refused", () => {
    expect(() =>
      assertPlanWritesOnlyOurs(plan({ actions: [{ type: "update", name: "Pengukuran", edited: false }] }), existing),
    ).toThrow('Penulisan dibatalkan: rencana penulisan menyentuh lembar "Pengukuran" milik pengguna.');
    expect(() => assertPlanWritesOnlyOurs(plan({ remove: ["pengukuran"] }), existing)).toThrow('lembar "pengukuran"');
  });

  test("an edited generated sheet is replaced only when the officer chose so", () => {
    const replacing = plan({ actions: [{ type: "update", name: "Tabel 3.1", edited: true }] });
    expect(() => assertPlanWritesOnlyOurs(replacing, existing)).toThrow('lembar "Tabel 3.1"');
    expect(() => assertPlanWritesOnlyOurs(replacing, existing, { replaceEdited: ["tabel 3.1"] })).not.toThrow();
    expect(() => assertPlanWritesOnlyOurs(replacing, existing, { replaceEdited: true })).not.toThrow();
  });

  test("adding under a taken name (any case), twice under one name, or appending to another sheet is refused", () => {
    expect(() => assertPlanWritesOnlyOurs(plan({ actions: [{ type: "add", name: "PENGUKURAN" }] }), existing)).toThrow(
      'lembar "PENGUKURAN" milik pengguna',
    );
    const twice = plan({
      actions: [
        { type: "add", name: "Baru" },
        { type: "add", name: "baru" },
      ],
    });
    expect(() => assertPlanWritesOnlyOurs(twice, existing)).toThrow("Penulisan dibatalkan");
    expect(() =>
      assertPlanWritesOnlyOurs(plan({ actions: [{ type: "append", name: "Tabel 2.1" }] }), existing),
    ).toThrow('lembar "Tabel 2.1"');
  });

  test("the settings sheet must be ours", () => {
    expect(() => assertPlanWritesOnlyOurs(plan({ registry: { name: "Pengukuran", exists: true } }), existing)).toThrow(
      'lembar "Pengukuran"',
    );
  });
});

describe("footerSections", () => {
  test("&L, &C and &R start sections; text before them is the centre's; other codes stay", () => {
    expect(footerSections("&LDinas Penanaman Modal&RHalaman &P")).toEqual({
      left: "Dinas Penanaman Modal",
      center: "",
      right: "Halaman &P",
    });
    expect(footerSections("Halaman &P")).toEqual({ left: "", center: "Halaman &P", right: "" });
    expect(footerSections("&CA && B&L&&L")).toEqual({ left: "&&L", center: "A && B", right: "" });
  });
});

describe("blocksFingerprint", () => {
  test("formulas and values read from Excel fingerprint as the same cells in a Grid do", () => {
    const grid = gridFromRows("T", [
      [undefined, "Judul"],
      [1, { value: 3, formula: "A2+2" }, { value: "=bukan rumus" }],
      [true, { value: "", formula: 'IF(A2=1,"","x")' }],
    ]);
    // What Excel answers for the used range B1:C3 (a formula's value is its result; text is itself).
    const blocks = [
      {
        top: 0,
        left: 0,
        formulas: [
          ["", "Judul", ""],
          [1, "=A2+2", "=bukan rumus"],
          [true, '=IF(A2=1,"","x")', ""],
        ],
        values: [
          ["", "Judul", ""],
          [1, 3, "=bukan rumus"],
          [true, "", ""],
        ],
      },
    ];
    expect(blocksFingerprint(blocks)).toBe(gridFingerprint(grid));
    // Split into blocks of rows, the same fingerprint.
    const [b] = blocks;
    const halves = [
      { top: 0, left: 0, formulas: b.formulas.slice(0, 1), values: b.values.slice(0, 1) },
      { top: 1, left: 0, formulas: b.formulas.slice(1), values: b.values.slice(1) },
    ];
    expect(blocksFingerprint(halves)).toBe(gridFingerprint(grid));
    const edited = { ...b, formulas: b.formulas.map((l) => [...l]), values: b.values.map((l) => [...l]) };
    edited.formulas[2][2] = edited.values[2][2] = "catatan";
    expect(blocksFingerprint([edited])).not.toBe(gridFingerprint(grid));
  });
});
