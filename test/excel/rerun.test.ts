import { DATA_PENDUKUNG_HEADER_ROW } from "../../src/core/tables/dataPendukung";
import { FILL_INPUT } from "../../src/core/tables/cellStyles";
import { CellValue, Grid } from "../../src/core/grid/grid";
import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { generateLkjip } from "../../src/core/pipeline";
import { WriteOptions, WriteReport } from "../../src/core/ports/workbookPort";
import { SheetSpec } from "../../src/core/tables/sheetSpec";
import { specFingerprint } from "../../src/core/workbook/fingerprint";
import { MARK_NAME, markSubject, parseMark } from "../../src/core/workbook/marks";
import { parseRegistry, REGISTRY_SHEET } from "../../src/core/workbook/registry";
import { readAreas } from "../../src/excel/areaContent";
import { blocksFingerprint } from "../../src/excel/contentFingerprint";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { budgetFor, EXCEL_WEB_LIMITS } from "../../src/excel/requestBudget";
import { readWorkbook } from "../../src/taskpane/workbookReader";
import { sampleGrids } from "../taskpane/sampleGrids";
import { gridContent } from "./fixtures";
import { referencedValue } from "./fake/references";
import { AttachmentKind, attachmentCount, createInMemoryExcel, InMemoryExcel, InMemoryWorkbook } from "./inMemoryExcel";
import { anggaranSpec, withoutSecondSasaran } from "./specFixtures";

let sample: Grid[];
beforeAll(async () => {
  sample = await sampleGrids();
});

/** The pane's generate: read the user's sheets through the adapter, build the specs, write them. */
async function generate(
  wb: OfficeWorkbook,
  options?: WriteOptions,
): Promise<{ specs: SheetSpec[]; report: WriteReport }> {
  const content = await readWorkbook(wb);
  const out = generateLkjip(content.grids, { columns: content.columns });
  if (!out.source) throw new Error("Tabel Pengukuran Kinerja tidak ditemukan");
  return { specs: out.specs, report: await wb.writeSheets(out.specs, options) };
}

function markOf(workbook: InMemoryWorkbook, sheet: string) {
  const item = workbook.sheet(sheet).names.find((n) => n.name === MARK_NAME);
  return item ? parseMark(item.formula) : null;
}

const status = (report: WriteReport) => report.sheets.map((s) => [s.name, s.status]);
const TABLES = [
  "LKjIP Bab II",
  // Tabel 2.2 is taller than a page with the sample's wrapped names: a sheet of its own.
  "LKjIP Tabel 2.2",
  "LKjIP SS I",
  "LKjIP SS II",
  "LKjIP SS III",
  "LKjIP SS IV",
  "LKjIP Realisasi Anggaran",
  "Hasil Pemeriksaan",
];

/** A sheet of the user's with a formula that points at a generated sheet (a title cell of LKjIP SS I). */
function rekap(): Grid {
  return gridFromRows("Rekap", [["Judul tabel SS I", { value: null, formula: "'LKjIP SS I'!A5" }]]);
}

function setup(extra: (Grid | { grid: Grid; visibility: "VeryHidden" })[] = []): {
  excel: InMemoryExcel;
  wb: OfficeWorkbook;
} {
  const excel = createInMemoryExcel({ sheets: [...sample, ...extra] });
  return { excel, wb: new OfficeWorkbook(excel.run) };
}

describe("generated sheets are known by their mark", () => {
  test("the first run marks every generated sheet; what the adapter reads back fingerprints as the spec", async () => {
    const { excel, wb } = setup();
    const { specs, report } = await generate(wb);
    expect(status(report)).toEqual([...TABLES.map((t) => [t, "new"]), ["Data Pendukung", "new"]]);
    // No settings sheet is made for a generate run.
    expect(excel.workbook.sheetNames()).toEqual(["TW I 2022", "TW IV 2022", ...TABLES, "Data Pendukung"]);
    const finalNames = new Map(specs.map((s) => [s.name, s.name]));
    const budget = budgetFor(EXCEL_WEB_LIMITS);
    for (const spec of specs.filter((s) => s.kind !== "data-pendukung")) {
      const used = excel.workbook.sheet(spec.name).usedRect(true)!;
      const blocks = await excel.run((context) =>
        readAreas(context, [{ key: "k", sheet: spec.name, rect: used }], budget),
      );
      const expected = specFingerprint(spec, finalNames);
      expect(blocksFingerprint(blocks.get("k")!)).toBe(expected);
      expect(markOf(excel.workbook, spec.name)).toEqual({
        kind: spec.kind,
        key: spec.name,
        fingerprint: expected,
        sheet: spec.name,
        ...(spec.subject === undefined ? {} : { subject: markSubject(spec.subject) }),
      });
      expect(excel.workbook.sheet(spec.name).names[0].visible).toBe(false);
    }
    expect(markOf(excel.workbook, "Data Pendukung")).toEqual({
      kind: "data-pendukung",
      key: "Data Pendukung",
      fingerprint: "",
    });
    expect(markOf(excel.workbook, "TW IV 2022")).toBeNull();
    expect((await wb.listSheets()).filter((s) => s.generated).map((s) => s.name)).toEqual(TABLES);
  });

  test("a second run updates in place: same sheet objects, a user's formula still resolves, no sheet added", async () => {
    const { excel, wb } = setup([rekap()]);
    await generate(wb);
    const before = new Map(TABLES.map((t) => [t, excel.workbook.sheet(t)]));
    const count = excel.workbook.sheetNames().length;
    const formula = `=${excel.workbook.cell("Rekap", 0, 1)?.formula}`;
    expect(referencedValue(excel.workbook.model, formula)).toBe("Tabel 3.1");

    excel.stats.reset();
    const { report } = await generate(wb);
    expect(status(report)).toEqual(TABLES.map((t) => [t, "updated"]));
    expect(report.kept).toEqual([]);
    expect(report.removed).toEqual([]);
    for (const t of TABLES) expect(excel.workbook.sheet(t)).toBe(before.get(t));
    expect(excel.workbook.sheetNames()).toHaveLength(count);
    expect(excel.workbook.cell("Rekap", 0, 1)?.formula).toBe("'LKjIP SS I'!A5");
    expect(referencedValue(excel.workbook.model, formula)).toBe("Tabel 3.1");
    expect(excel.stats.writtenSheets()).not.toContain("Rekap");
    expect(excel.stats.writtenSheets()).not.toContain("Data Pendukung");
  });

  test("a re-run keeps the conditional formats the officer put on a generated sheet; our own formats start over", async () => {
    const { excel, wb } = setup();
    await generate(wb);
    const ss = excel.workbook.sheet("LKjIP SS I");
    // The officer colours the capaian column red below 80 (Home > Conditional Formatting), and shades a cell of ours.
    const rule = { range: { top: 6, left: 5, bottom: 40, right: 5 }, type: "CellValue", formula: "<80" };
    ss.conditionalFormats.push(rule);
    ss.cell(0, 0).format = { ...ss.cell(0, 0).format, fill: "#FFFF00" };

    const { report } = await generate(wb);
    expect(report.sheets.find((s) => s.name === "LKjIP SS I")?.status).toBe("updated");
    expect(excel.workbook.sheet("LKjIP SS I")).toBe(ss);
    expect(ss.conditionalFormats).toEqual([rule]);
    // Formats are the new version's, as on a new sheet: the title cell is ours again, without the officer's shade.
    expect(ss.cell(0, 0).format.fill).toBeUndefined();
    expect(ss.cell(0, 0).value).toBe(excel.workbook.sheet("LKjIP SS II").cell(0, 0).value);
  });

  test("a re-run keeps the drop-down list, link and frozen panes the officer put on a generated table sheet", async () => {
    const { excel, wb } = setup();
    await generate(wb);
    const ss = excel.workbook.sheet("LKjIP SS I");
    const list = {
      type: "List" as const,
      source: "Sangat Baik,Baik,Cukup",
      inCellDropDown: true,
      showAlert: false,
      alertStyle: "Information",
    };
    ss.validations.set("9,5", list);
    ss.cell(2, 0).hyperlink = { documentReference: "'TW IV 2022'!A1" };
    ss.freeze = { rows: 9, cols: 0 };

    const { report } = await generate(wb);
    expect(report.sheets.find((s) => s.name === "LKjIP SS I")?.status).toBe("updated");
    expect(ss.validations.get("9,5")).toEqual(list);
    expect(ss.cell(2, 0).hyperlink).toEqual({ documentReference: "'TW IV 2022'!A1" });
    expect(ss.freeze).toEqual({ rows: 9, cols: 0 });
  });

  test("a sheet no longer made is deleted unless a formula of the officer's refers to it, which the report says", async () => {
    const rekapIV = gridFromRows("Rekap IV", [["Judul tabel SS IV", { value: null, formula: "'LKjIP SS IV'!A5" }]]);
    const { excel, wb } = setup([rekapIV]);
    const { specs } = await generate(wb);
    const formula = `=${excel.workbook.cell("Rekap IV", 0, 1)?.formula}`;
    const title = referencedValue(excel.workbook.model, formula);
    expect(title).toEqual(expect.stringMatching(/^Tabel 3\.\d+$/));

    const fewer = specs.filter((s) => s.name !== "LKjIP SS III" && s.name !== "LKjIP SS IV");
    const report = await wb.writeSheets(fewer);
    expect(report.removed).toEqual(["LKjIP SS III"]);
    expect(report.referenced).toEqual([{ name: "LKjIP SS IV", by: ["Rekap IV"] }]);
    expect(excel.workbook.has("LKjIP SS III")).toBe(false);
    expect(excel.workbook.has("LKjIP SS IV")).toBe(true);
    expect(referencedValue(excel.workbook.model, formula)).toBe(title);
  });

  describe("what the officer put on a generated sheet no longer made keeps it", () => {
    const put: Record<AttachmentKind, (ws: Excel.Worksheet) => void> = {
      charts: (ws) => void ws.charts.add("Line", ws.getRange("E9:E12")),
      comments: (ws) => void ws.comments.add("E10", "cek lagi angka ini"),
      shapes: (ws) => void ws.shapes.addGeometricShape("Rectangle"),
      tables: (ws) => void ws.tables.add("A20:B22", true),
      pivotTables: (ws) => void ws.pivotTables.add("Pivot SS IV", "A5:E12", "H5"),
    };
    const putOn = (excel: InMemoryExcel, sheet: string, kind: AttachmentKind) =>
      excel.run(async (context) => put[kind](context.workbook.worksheets.getItem(sheet)));

    test.each(Object.keys(put) as AttachmentKind[])("%s", async (kind) => {
      const { excel, wb } = setup();
      const { specs } = await generate(wb);
      await putOn(excel, "LKjIP SS IV", kind);
      const held = gridContent(excel.workbook.toGrid("LKjIP SS IV"));

      const fewer = specs.filter((s) => s.name !== "LKjIP SS III" && s.name !== "LKjIP SS IV");
      const report = await wb.writeSheets(fewer);
      expect(report.removed).toEqual(["LKjIP SS III"]);
      expect(report.kept).toEqual(["LKjIP SS IV"]);
      expect(gridContent(excel.workbook.toGrid("LKjIP SS IV"))).toEqual(held);
      expect(attachmentCount(excel.workbook.sheet("LKjIP SS IV"), kind)).toBe(1);
      // Replacing edited sheets does not delete it either.
      expect((await wb.writeSheets(fewer, { replaceEdited: true })).kept).toEqual(["LKjIP SS IV"]);
      expect(excel.workbook.has("LKjIP SS IV")).toBe(true);
    });

    test("without one it is removed, whatever the officer put on their own sheets", async () => {
      const { excel, wb } = setup();
      const { specs } = await generate(wb);
      await putOn(excel, "TW IV 2022", "charts");
      await putOn(excel, "TW IV 2022", "comments");

      const report = await wb.writeSheets(specs.filter((s) => s.name !== "LKjIP SS IV"));
      expect(report.removed).toEqual(["LKjIP SS IV"]);
      expect(report.kept).toEqual([]);
      expect(excel.workbook.has("LKjIP SS IV")).toBe(false);
    });
  });

  test("a sasaran sheet the officer's formulas read, now holding the next sasaran, is named in the report", async () => {
    const rekapII = gridFromRows("Rekap II", [["Capaian SS II", { value: null, formula: "'LKjIP SS II'!E10" }]]);
    const { excel, wb } = setup([rekapII]);
    const { specs } = await generate(wb);
    expect(markOf(excel.workbook, "LKjIP SS II")?.subject?.text).toBe(
      specs.find((s) => s.name === "LKjIP SS II")?.subject,
    );

    const report = await wb.writeSheets(withoutSecondSasaran(specs));
    const subject = (name: string) => specs.find((s) => s.name === name)?.subject;
    expect(report.resubjected).toEqual([
      { name: "LKjIP SS II", was: subject("LKjIP SS II"), now: subject("LKjIP SS III"), by: ["Rekap II"] },
    ]);
    expect(report.removed).toEqual(["LKjIP SS IV"]);
    expect(markOf(excel.workbook, "LKjIP SS II")?.subject?.text).toBe(subject("LKjIP SS III"));
    // Run again: the sheet holds what its mark says, and nothing is said any more.
    expect((await wb.writeSheets(withoutSecondSasaran(specs))).resubjected).toBeUndefined();
  });

  test("a sheet no longer made is left while a defined name or a formula in a kept generated sheet refers to it", async () => {
    const { excel, wb } = setup();
    const { specs } = await generate(wb);
    excel.workbook.model.workbookScope.names.push({
      name: "CapaianSS4",
      formula: "='LKjIP SS IV'!$E$10",
      visible: true,
      comment: "",
    });
    // The officer typed a formula into SS I: it is kept, and its formula counts as theirs.
    const ss1 = excel.workbook.sheet("LKjIP SS I").cell(3, 9);
    ss1.formula = "'LKjIP SS III'!A5";
    ss1.value = "Tabel";

    const fewer = specs.filter((s) => s.name !== "LKjIP SS III" && s.name !== "LKjIP SS IV");
    const report = await wb.writeSheets(fewer);
    expect(report.kept).toEqual(["LKjIP SS I"]);
    expect(report.removed).toEqual([]);
    expect(report.referenced).toEqual([
      { name: "LKjIP SS III", by: ["LKjIP SS I"] },
      { name: "LKjIP SS IV", by: [], others: [{ kind: "nama", name: "CapaianSS4" }] },
    ]);
    expect(excel.workbook.model.workbookScope.names[0].formula).toBe("='LKjIP SS IV'!$E$10");
  });

  test("text typed into a generated sheet keeps it: the new version goes beside it and the report says so", async () => {
    const { excel, wb } = setup();
    await generate(wb);
    excel.workbook.sheet("Hasil Pemeriksaan").cell(7, 14).value = "sudah ditindaklanjuti bidang PM";
    const typed = gridContent(excel.workbook.toGrid("Hasil Pemeriksaan"));
    const original = excel.workbook.sheet("Hasil Pemeriksaan");

    excel.stats.reset();
    const { report } = await generate(wb);
    expect(report.kept).toEqual(["Hasil Pemeriksaan"]);
    expect(report.sheets.find((s) => s.kind === "hasil-pemeriksaan")).toEqual({
      spec: "Hasil Pemeriksaan",
      kind: "hasil-pemeriksaan",
      name: "Hasil Pemeriksaan (2)",
      status: "new",
      keptEdited: "Hasil Pemeriksaan",
    });
    expect(excel.workbook.sheet("Hasil Pemeriksaan")).toBe(original);
    expect(gridContent(excel.workbook.toGrid("Hasil Pemeriksaan"))).toEqual(typed);
    expect(excel.stats.writtenSheets()).not.toContain("Hasil Pemeriksaan");
    expect(markOf(excel.workbook, "Hasil Pemeriksaan (2)")).toMatchObject({ key: "Hasil Pemeriksaan" });

    // The next run updates the new version and still keeps the edited one.
    const third = await generate(wb);
    expect(third.report.sheets.find((s) => s.kind === "hasil-pemeriksaan")).toMatchObject({
      name: "Hasil Pemeriksaan (2)",
      status: "updated",
      keptEdited: "Hasil Pemeriksaan",
    });
    expect(excel.workbook.sheetNames().filter((n) => n.startsWith("Hasil Pemeriksaan"))).toHaveLength(2);
    expect(gridContent(excel.workbook.toGrid("Hasil Pemeriksaan"))).toEqual(typed);
  });

  test("the new version of an edited sheet goes right after it, and a deleted generated sheet is made again in its place (dp35 D3: both went after Hasil Pemeriksaan and Data Pendukung)", async () => {
    const { excel, wb } = setup();
    await generate(wb);
    const names = excel.workbook.sheetNames();
    excel.workbook.sheet("LKjIP SS I").cell(2, 9).value = "Catatan Kabid";
    await generate(wb);
    const after = excel.workbook.sheetNames();
    expect(after.indexOf("LKjIP SS I (2)")).toBe(after.indexOf("LKjIP SS I") + 1);
    expect(after.filter((n) => n !== "LKjIP SS I (2)")).toEqual(names);

    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("LKjIP SS III").delete();
      await context.sync();
    });
    const { report } = await generate(wb);
    expect(report.sheets.find((s) => s.spec === "LKjIP SS III")).toMatchObject({ status: "new" });
    expect(excel.workbook.sheetNames()).toEqual(after);
  });

  test("with replaceEdited the edited sheet is replaced in place", async () => {
    const { excel, wb } = setup();
    await generate(wb);
    const original = excel.workbook.sheet("Hasil Pemeriksaan");
    original.cell(7, 14).value = "catatan";
    const { report } = await generate(wb, { replaceEdited: true });
    expect(report.kept).toEqual([]);
    expect(report.sheets.find((s) => s.kind === "hasil-pemeriksaan")).toEqual({
      spec: "Hasil Pemeriksaan",
      kind: "hasil-pemeriksaan",
      name: "Hasil Pemeriksaan",
      status: "updated",
      replacedEdited: true,
    });
    expect(excel.workbook.sheet("Hasil Pemeriksaan")).toBe(original);
    expect(original.peek(7, 14)?.value ?? null).toBeNull();
    expect(excel.workbook.has("Hasil Pemeriksaan (2)")).toBe(false);
  });

  test("a user's sheet with a generated sheet's name is never touched: ours gets a suffix, run after run", async () => {
    const mine = gridFromRows("LKjIP SS I", [["tabel saya sendiri"]]);
    const { excel, wb } = setup([mine]);
    const first = await generate(wb);
    const ss1 = (r: WriteReport) => r.sheets.find((s) => s.spec === "LKjIP SS I");
    expect(ss1(first.report)).toMatchObject({ spec: "LKjIP SS I", name: "LKjIP SS I (2)", status: "new" });
    const second = await generate(wb);
    expect(ss1(second.report)).toMatchObject({ name: "LKjIP SS I (2)", status: "updated" });
    expect(gridContent(excel.workbook.toGrid("LKjIP SS I")).cells).toEqual([
      { row: 0, col: 0, cell: { value: "tabel saya sendiri" } },
    ]);
    expect(markOf(excel.workbook, "LKjIP SS I")).toBeNull();
    expect(excel.stats.writtenSheets()).not.toContain("LKjIP SS I");
  });

  test("a user's own sheet called Data Pendukung is neither read nor appended to: ours goes beside it", async () => {
    const mine = gridFromRows("Data Pendukung", [
      ["NIP", "Nama Pegawai", "Jabatan"],
      ["198001012005011001", "Budi Santoso", "Kepala Bidang"],
    ]);
    const { excel, wb } = setup([mine]);
    const content = await readWorkbook(wb);
    expect(content.dataPendukungSheet).toBeUndefined();
    const first = await generate(wb);
    const dp = (r: WriteReport) => r.sheets.find((s) => s.kind === "data-pendukung");
    expect(dp(first.report)).toMatchObject({ name: "Data Pendukung (2)", status: "new" });
    expect((await readWorkbook(wb)).dataPendukungSheet).toBe("Data Pendukung (2)");
    await generate(wb);
    expect(gridContent(excel.workbook.toGrid("Data Pendukung")).cells).toEqual(gridContent(mine).cells);
    expect(markOf(excel.workbook, "Data Pendukung")).toBeNull();
    expect(excel.workbook.sheetNames().filter((n) => n.startsWith("Data Pendukung"))).toEqual([
      "Data Pendukung",
      "Data Pendukung (2)",
    ]);
  });

  test("a user's own visible sheet called _lkjip is left alone; settings go to a sheet of ours beside it", async () => {
    const mine = gridFromRows(REGISTRY_SHEET, [["daftar saya"], [1, 2]]);
    const { excel, wb } = setup([mine]);
    await generate(wb);
    await wb.writeSetting("columns:TW IV 2022", "");
    expect(await wb.readSetting("columns:TW IV 2022")).toBe("");
    await generate(wb);
    expect(gridContent(excel.workbook.toGrid(REGISTRY_SHEET)).cells.map((c) => c.cell.value)).toEqual([
      "daftar saya",
      1,
      2,
    ]);
    expect(excel.workbook.sheet(REGISTRY_SHEET).visibility).toBe("Visible");
    expect(excel.stats.writtenSheets()).not.toContain(REGISTRY_SHEET);
    const ours = `${REGISTRY_SHEET} (2)`;
    expect(excel.workbook.sheet(ours).visibility).toBe("VeryHidden");
    expect(markOf(excel.workbook, ours)).toEqual({ kind: "registry", key: REGISTRY_SHEET, fingerprint: "" });
    expect(parseRegistry(excel.workbook.toGrid(ours)).settings).toEqual({ "columns:TW IV 2022": "" });
    expect((await wb.listSheets()).find((s) => s.name === REGISTRY_SHEET)).toEqual({
      name: REGISTRY_SHEET,
      generated: false,
    });
  });
});

describe("a workbook generated by version 1 (the _lkjip list of generated sheets)", () => {
  /** What the version-1 code left: the generated sheets without marks, and the registry listing them. */
  async function version1Workbook(): Promise<{ excel: InMemoryExcel; wb: OfficeWorkbook }> {
    const { excel, wb } = setup([rekap(), gridFromRows("Tabel Lama", [["tabel dari versi lama"]])]);
    await generate(wb);
    for (const name of excel.workbook.sheetNames()) excel.workbook.sheet(name).names = [];
    const rows: CellValue[][] = [
      ["lkjip-excel", 1, "Lembar ini dikelola add-in LKjIP; jangan diubah."],
      ...TABLES.map((t): CellValue[] => ["sheet", t, t === "Hasil Pemeriksaan" ? "hasil-pemeriksaan" : "lkjip-table"]),
      ["sheet", "Tabel Lama", "lkjip-table"],
      ["setting", "columns:TW I 2022", ""],
    ];
    excel.workbook.addSheet({ name: REGISTRY_SHEET, rows }, { visibility: "VeryHidden" });
    return { excel, wb };
  }

  test("is migrated on its first re-run: sheets marked and updated in place, the registry rewritten as version 2", async () => {
    const { excel, wb } = await version1Workbook();
    expect((await wb.listSheets()).filter((s) => s.generated).map((s) => s.name)).toEqual(["Tabel Lama", ...TABLES]);
    expect(await wb.readSetting("columns:TW I 2022")).toBe("");
    // A setting written before the re-run keeps the version-1 list for the migration.
    await wb.writeSetting("skala", "permendagri");
    const objects = new Map(TABLES.map((t) => [t, excel.workbook.sheet(t)]));

    const { report } = await generate(wb);
    expect(status(report)).toEqual(TABLES.map((t) => [t, "updated"]));
    expect(report.migrated).toEqual(TABLES);
    expect(report.removed).toEqual(["Tabel Lama"]);
    for (const t of TABLES) {
      expect(excel.workbook.sheet(t)).toBe(objects.get(t));
      expect(markOf(excel.workbook, t)).toMatchObject({ key: t });
    }
    expect(referencedValue(excel.workbook.model, `=${excel.workbook.cell("Rekap", 0, 1)?.formula}`)).toBe("Tabel 3.1");
    expect(excel.workbook.sheet(REGISTRY_SHEET).visibility).toBe("VeryHidden");
    expect(markOf(excel.workbook, REGISTRY_SHEET)).toEqual({ kind: "registry", key: REGISTRY_SHEET, fingerprint: "" });
    const registry = excel.workbook.toGrid(REGISTRY_SHEET);
    expect(registry.cells[0].slice(0, 2).map((c) => c?.value)).toEqual(["lkjip-excel", 2]);
    expect(parseRegistry(registry)).toEqual({
      generated: [],
      settings: { "columns:TW I 2022": "", skala: "permendagri" },
    });

    // From now on the marks speak: the next run updates the same sheets and migrates nothing.
    const next = await generate(wb);
    expect(status(next.report)).toEqual(TABLES.map((t) => [t, "updated"]));
    expect(next.report.migrated).toEqual([]);
    expect(await wb.readSetting("skala")).toBe("permendagri");
  });
});

describe("Data Pendukung", () => {
  test("an append writes only the cells that are empty now: every officer value (and its format) stays", async () => {
    const { excel, wb } = setup();
    const { specs } = await generate(wb);
    const template = specs.find((s) => s.kind === "data-pendukung")!;
    const dp = excel.workbook.sheet("Data Pendukung");
    // The officer fills the first indikator's row, changes its polaritas and colours a cell of theirs.
    const first = DATA_PENDUKUNG_HEADER_ROW + 1;
    dp.cell(first, 4).value = "negatif";
    dp.cell(first, 6).value = 0.0123;
    dp.cell(first, 8).value = "Investasi turun karena pandemi";
    dp.cell(first, 8).format.fill = "#00FF00";
    dp.cell(3, 2).value = "Dinas Penanaman Modal dan PTSP";
    const officer = gridContent(excel.workbook.toGrid("Data Pendukung")).cells.filter(
      (c) => c.row === first || c.row === 3,
    );

    // Rows for every item again, plus one new indikator below the officer's rows.
    const rows = template.cells.filter((c) => c.row >= first);
    const last = Math.max(...rows.map((c) => c.row));
    const lastRow = rows.filter((c) => c.row === first);
    const added = lastRow.map((c) => ({
      ...c,
      row: last + 1,
      cell: c.col === 2 ? { ...c.cell, value: "Indikator baru tahun ini" } : c.cell,
    }));
    const append: SheetSpec = {
      ...template,
      append: true,
      cells: [...template.cells.filter((c) => c.row === 3), ...rows, ...added],
      merges: [],
    };
    excel.stats.reset();
    const report = await wb.writeSheets([append]);
    expect(report.sheets).toEqual([
      { spec: "Data Pendukung", kind: "data-pendukung", name: "Data Pendukung", status: "appended" },
    ]);

    const after = gridContent(excel.workbook.toGrid("Data Pendukung")).cells;
    for (const c of officer) expect(after).toContainEqual(c);
    expect(dp.peek(first, 8)?.format.fill).toBe("#00FF00");
    expect(dp.peek(last + 1, 2)?.value).toBe("Indikator baru tahun ini");
    expect(dp.peek(last + 1, 4)?.value).toBe("positif");
    expect(dp.validations.get(`${last + 1},4`)).toMatchObject({
      source: "positif,negatif,negatif-b,stabil",
      showAlert: false,
    });
    // Nothing the officer filled was written, not even an empty string.
    const touched = excel.stats.writes.filter((w) => w.sheet === "Data Pendukung" && w.address);
    for (const w of touched) {
      for (const cell of [`E${first + 1}`, `G${first + 1}`, `I${first + 1}`, "C4"])
        expect(covers(w.address!, cell)).toBe(false);
    }

    // Once every item has its row, nothing is added.
    const again = await wb.writeSheets([append]);
    expect(again.sheets[0].status).toBe("unchanged");
  });

  test("an empty cell the officer formatted ahead gets the value and keeps their fill and number format", async () => {
    const { excel, wb } = setup();
    const { specs } = await generate(wb);
    const template = specs.find((s) => s.kind === "data-pendukung")!;
    const dp = excel.workbook.sheet("Data Pendukung");
    const first = DATA_PENDUKUNG_HEADER_ROW + 1;
    const rows = template.cells.filter((c) => c.row >= first);
    const last = Math.max(...rows.map((c) => c.row));
    const next = last + 1;
    const added = rows.filter((c) => c.row === first).map((c) => ({ ...c, row: next }));
    // The officer coloured the next row's name cell and gave its polaritas cell a format of their own, both empty.
    dp.cell(next, 2).format.fill = "#FFFF00";
    dp.cell(next, 4).numFmt = "@";
    const plain = added.find((c) => c.col !== 2 && c.col !== 4 && c.cell.input === true)!;
    const append: SheetSpec = { ...template, append: true, cells: [...rows, ...added], merges: [] };
    const report = await wb.writeSheets([append]);
    expect(report.sheets[0].status).toBe("appended");
    expect(dp.peek(next, 2)?.value).toBe(added.find((c) => c.col === 2)?.cell.value);
    expect(dp.peek(next, 2)?.format.fill).toBe("#FFFF00");
    expect(dp.peek(next, 4)?.value).toBe("positif");
    expect(dp.peek(next, 4)?.numFmt).toBe("@");
    // A cell the officer left plain gets ours.
    expect(dp.peek(next, plain.col)?.format.fill).toBe(`#${FILL_INPUT}`);
  });

  test("the template's drop-down lists are written when Data Pendukung is created", async () => {
    const { excel, wb } = setup();
    await generate(wb);
    const polaritas = [...excel.workbook.sheet("Data Pendukung").validations.entries()];
    expect(polaritas.length).toBeGreaterThan(0);
    for (const [key, v] of polaritas) {
      expect(key.endsWith(",4")).toBe(true);
      expect(v).toMatchObject({
        type: "List",
        source: "positif,negatif,negatif-b,stabil",
        inCellDropDown: true,
        showAlert: false,
      });
    }
  });
});

describe("the officer's print settings on a generated sheet", () => {
  test("stay when the sheet is updated, and the report says so; an untouched sheet gets ours again", async () => {
    const excel = createInMemoryExcel({ sheets: [sample[0]] });
    const wb = new OfficeWorkbook(excel.run);
    const spec = (rows: number): SheetSpec => {
      const s = anggaranSpec("Tabel 3.10", rows);
      s.print = { ...s.print, orientation: "landscape", fitToWidth: true, footer: "&LDinas&RHalaman &P" };
      return s;
    };
    await wb.writeSheets([spec(40)]);
    const layout = excel.workbook.sheet("Tabel 3.10").pageLayout;
    expect(layout).toMatchObject({ orientation: "Landscape", paperSize: "A4", firstPageNumber: "" });
    // As the officer sets them in Excel's Page Setup: Folio... here Letter, portrait, 85 %, wider margins, page 21.
    Object.assign(layout, { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 85 }, firstPageNumber: 21 });
    layout.margins.left = 54;
    const report = await wb.writeSheets([spec(30)]);
    expect(report.sheets[0]).toMatchObject({ status: "updated", keptPrint: true });
    expect(layout).toMatchObject({
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 85 },
      firstPageNumber: 21,
    });
    expect(layout.margins.left).toBe(54);
    // Ours still where it is ours: the footer.
    expect(layout.headersFooters.rightFooter).toBe("Halaman &P");

    const fresh = createInMemoryExcel({ sheets: [sample[0]] });
    const again = new OfficeWorkbook(fresh.run);
    await again.writeSheets([spec(40)]);
    expect((await again.writeSheets([spec(30)])).sheets[0].keptPrint).toBeUndefined();
  });
});

describe("filter buttons, footer and page breaks", () => {
  test("are written, and an update removes the ones the new version no longer has", async () => {
    const excel = createInMemoryExcel({ sheets: [sample[0]] });
    const wb = new OfficeWorkbook(excel.run);
    const spec: SheetSpec = {
      ...anggaranSpec("Tabel 3.10", 40),
      autoFilter: { top: 2, left: 0, bottom: 44, right: 5 },
      rowBreaks: [20, 35],
    };
    spec.print = { ...spec.print, footer: "&LDinas Penanaman Modal&RHalaman &P", firstPageNumber: 1 };
    await wb.writeSheets([spec]);
    const sheet = excel.workbook.sheet("Tabel 3.10");
    expect(sheet.autoFilter).toEqual({ top: 2, left: 0, bottom: 44, right: 5 });
    expect(sheet.pageLayout.rowBreaks).toEqual([20, 35]);
    expect(sheet.pageLayout.headersFooters).toMatchObject({
      leftFooter: "Dinas Penanaman Modal",
      centerFooter: "",
      rightFooter: "Halaman &P",
    });
    expect(sheet.pageLayout.firstPageNumber).toBe(1);

    const plain = anggaranSpec("Tabel 3.10", 10);
    expect((await wb.writeSheets([plain])).sheets[0].status).toBe("updated");
    expect(excel.workbook.sheet("Tabel 3.10")).toBe(sheet);
    expect(sheet.autoFilter).toBeNull();
    expect(sheet.pageLayout.rowBreaks).toEqual([]);
    expect(sheet.pageLayout.headersFooters.rightFooter).toBe("");
    expect(sheet.pageLayout.firstPageNumber).toBe("");
    expect(excel.workbook.toGrid("Tabel 3.10").rowCount).toBe(15);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
  });
});

describe("requests", () => {
  test("listing takes two requests and a re-run reads in three, whatever the number of sheets", async () => {
    const counts: { sheets: number; list: number; rerun: number; writes: number }[] = [];
    for (const users of [0, 25]) {
      const extra = Array.from({ length: users }, (_, i) => gridFromRows(`Catatan ${i + 1}`, [["isi", i]]));
      const { excel, wb } = setup(extra);
      await generate(wb);
      excel.stats.reset();
      await wb.listSheets();
      const list = excel.stats.syncs;
      const content = await readWorkbook(wb);
      const out = generateLkjip(content.grids, { columns: content.columns });
      if (!out.source) throw new Error("no source");
      excel.stats.reset();
      await wb.writeSheets(out.specs);
      const writes = excel.stats.requests.filter((r) => r.rangeOps > 0).length;
      counts.push({ sheets: excel.workbook.sheetNames().length, list, rerun: excel.stats.syncs - writes, writes });
    }
    expect(counts.map(({ list, rerun, writes }) => ({ list, rerun, writes }))).toEqual([
      { list: 2, rerun: 3, writes: 1 },
      { list: 2, rerun: 3, writes: 1 },
    ]);
    expect(counts[1].sheets - counts[0].sheets).toBe(25);
  });

  test("a run that removes sheets asks what the officer put on them in one request, however many there are", async () => {
    const reads: number[] = [];
    for (const gone of [["LKjIP SS IV"], ["LKjIP SS II", "LKjIP SS III", "LKjIP SS IV"]]) {
      const { excel, wb } = setup();
      const { specs } = await generate(wb);
      excel.stats.reset();
      const report = await wb.writeSheets(specs.filter((s) => !gone.includes(s.name)));
      expect(report.removed).toEqual(gone);
      reads.push(excel.stats.syncs - excel.stats.requests.filter((r) => r.rangeOps > 0).length);
    }
    // Three as on any re-run, one for what is attached, two for what refers to the sheets (officerReferences).
    expect(reads).toEqual([6, 6]);
  });

  test("fingerprints of sheets larger than one request are read in blocks and still match", async () => {
    const limits = { maxBytes: 150_000 };
    const excel = createInMemoryExcel({ sheets: [sample[0]], limits });
    const wb = new OfficeWorkbook(excel.run, { limits });
    // Long texts make the first estimate too small: Excel refuses that answer and the blocks are halved.
    const long = anggaranSpec("Tabel Panjang", 150);
    long.cells = long.cells.map((c) =>
      c.col === 1 && c.row > 3 ? { ...c, cell: { ...c.cell, value: `Uraian ${c.row} ${"x".repeat(400)}` } } : c,
    );
    const specs = [anggaranSpec("Tabel Besar", 1500), long, anggaranSpec("Tabel Kecil", 5)];
    await wb.writeSheets(specs);
    excel.stats.reset();
    const report = await wb.writeSheets(specs);
    expect(status(report)).toEqual([
      ["Tabel Besar", "updated"],
      ["Tabel Panjang", "updated"],
      ["Tabel Kecil", "updated"],
    ]);
    // Each refusal halves the blocks; two at most here, and nothing but the size was refused.
    const refused = excel.stats.requests.filter((r) => r.failed).map((r) => r.failed);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeLessThanOrEqual(2);
    expect(new Set(refused)).toEqual(new Set(["ResponsePayloadSizeLimitExceeded"]));
    const reads = excel.stats.requests.filter((r) => r.rangeOps === 0 && r.cells > 0 && !r.failed);
    expect(reads.length).toBeGreaterThan(1);
    const ok = excel.stats.requests.filter((r) => r.failed === undefined);
    expect(Math.max(...ok.map((r) => r.bytes))).toBeLessThan(limits.maxBytes);
  });

  test("settings: two requests to read, three to write", async () => {
    const { excel, wb } = setup();
    await wb.writeSetting("a", "1");
    excel.stats.reset();
    expect(await wb.readSetting("a")).toBe("1");
    expect(excel.stats.syncs).toBe(2);
    excel.stats.reset();
    await wb.writeSetting("a", "2");
    expect(excel.stats.syncs).toBe(3);
    expect(await wb.readSetting("a")).toBe("2");
  });
});

/** Whether an address such as `'Data Pendukung'!A9:J12` covers a cell such as `E9`. */
function covers(address: string, cell: string): boolean {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [from, to = from] = local.split(":");
  const pos = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ""))!;
    return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) };
  };
  const p = pos(from);
  const q = pos(to);
  const c = pos(cell);
  return c.row >= p.row && c.row <= q.row && c.col >= p.col && c.col <= q.col;
}
