import { readFileSync } from "node:fs";
import path from "node:path";
import { fromA1 } from "../../../src/core/grid/address";
import { generateLkjip } from "../../../src/core/pipeline";
import { MARK_FOOTNOTE } from "../../../src/core/tables/figureMarks";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { relsPartOf } from "../../../src/file/package/relationships";
import { NOTE_AUTHOR, TYPE_COMMENTS } from "../../../src/file/package/sheetComments";
import { WorkbookPackage } from "../../../src/file/package/workbookPackage";

const SAMPLE = path.join(__dirname, "../../../assets/samples/pengukuran-kinerja-2022.xlsx");

async function generate(bytes: Uint8Array, final = false) {
  const workbook = await FileWorkbook.fromBuffer(bytes, "buku.xlsx");
  const grids = workbook.sourceSheetNames().map((n) => workbook.grid(n));
  const result = generateLkjip(grids, { lkjip: { final } });
  if (result.source === null) throw new Error("no table");
  const report = await workbook.writeSheets(result.specs);
  return { bytes: new Uint8Array(await workbook.toBuffer()), report, result };
}

/** Each generated table sheet's printed texts: the cells inside its Print_Area, as written into the package. */
async function printedTexts(bytes: Uint8Array): Promise<Map<string, string[]>> {
  const pkg = WorkbookPackage.open(bytes);
  const sheets = pkg.workbook().sheets();
  const areas = new Map<string, string>();
  for (const n of pkg.workbook().definedNames()) {
    if (n.name === "_xlnm.Print_Area" && n.localSheetId !== undefined) areas.set(sheets[n.localSheetId].name, n.text);
  }
  const workbook = await FileWorkbook.fromBuffer(bytes, "hasil.xlsx");
  const out = new Map<string, string[]>();
  for (const name of sheets.map((s) => s.name).filter((n) => n.startsWith("LKjIP "))) {
    const grid = workbook.grid(name);
    const area = areas.get(name);
    const [a, z] = (area ?? "").replace(/^.*!/, "").replace(/\$/g, "").split(":");
    const from = area ? fromA1(a) : { row: 0, col: 0 };
    const to = area ? fromA1(z) : { row: grid.rowCount - 1, col: grid.colCount - 1 };
    const texts: string[] = [];
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.col; c <= to.col; c++) {
        const v = grid.cells[r]?.[c]?.value;
        if (typeof v === "string") texts.push(v);
      }
    }
    out.set(name, texts);
  }
  return out;
}

/** Wording that belongs to the workbook, not to the report. */
const INTERNAL = [
  /Indikator tanpa nama/i,
  /Sumber: lembar/i,
  /isi lembar Data Pendukung/i,
  /Data Pendukung/i,
  /buat ulang/i,
  /lembar sumber/i,
  /dianggap positif/i,
  /belum tercantum/i,
];

describe("the LKjIP of the sample, as printed", () => {
  const sample = new Uint8Array(readFileSync(SAMPLE));

  test("the tables say only what the report should say: no workbook-internal text inside what prints", async () => {
    const { bytes } = await generate(sample);
    const printed = await printedTexts(bytes);
    expect(printed.size).toBeGreaterThanOrEqual(7);
    const offending = [...printed].flatMap(([sheet, texts]) =>
      texts.filter((t) => INTERNAL.some((re) => re.test(t))).map((t) => `${sheet}: ${t}`),
    );
    expect(offending).toEqual([]);
    // The reasons are there, beside the tables, outside the print area.
    const workbook = await FileWorkbook.fromBuffer(bytes, "hasil.xlsx");
    const ss4 = workbook.grid("LKjIP SS IV");
    const outside = ss4.cells
      .flatMap((r) => (r ?? []).slice(9))
      .map((c) => c?.value)
      .filter((v): v is string => typeof v === "string");
    // At the cell where the name belongs (INDIKATOR column E), where Hasil Pemeriksaan points too; F42 is its formulasi.
    expect(outside.some((t) => /nama indikator kosong \(sel E42\)/.test(t))).toBe(true);
    expect(outside.some((t) => /Tingkat Efisiensi tidak dihitung/.test(t))).toBe(true);
  });

  test("every generated table sheet has the footer with page numbers and a print area; tall tables repeat their header", async () => {
    const { bytes, result } = await generate(sample);
    const pkg = WorkbookPackage.open(bytes);
    for (const spec of result.specs.filter((s) => s.kind !== "data-pendukung")) {
      expect(spec.print.footer).toMatch(/&RHalaman &P$/);
      expect(spec.print.footer).toContain("LKjIP Tahun 2022");
    }
    const ra = result.specs.find((s) => s.name === "LKjIP Realisasi Anggaran")!;
    expect(ra.rowBreaks?.length).toBeGreaterThanOrEqual(1);
    expect(ra.print.repeatRows).toBeDefined();
    const names = pkg.workbook().definedNames();
    const index = pkg.workbook().indexOf("LKjIP Realisasi Anggaran");
    expect(names.find((n) => n.name === "_xlnm.Print_Titles" && n.localSheetId === index)?.text).toBe(
      `'LKjIP Realisasi Anggaran'!$${ra.print.repeatRows![0] + 1}:$${ra.print.repeatRows![1] + 1}`,
    );
    const part = pkg.sheetPart(index)!;
    // The office is the one the source's title names (Data Pendukung does not name it yet).
    expect(pkg.text(part)).toContain(
      "<oddFooter>&amp;LDINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN TENAGA KERJA KOTA PROBOLINGGO · LKjIP Tahun 2022" +
        "&amp;RHalaman &amp;P</oddFooter>",
    );
    expect(pkg.text(part)).toContain('<rowBreaks count="');
    // Printed with the officer's sheets before it (the whole workbook), the report still begins at page 1: its first
    // sheet restarts the numbering, the others go on from it; Hasil Pemeriksaan and Data Pendukung count their own.
    const restarts = result.specs.filter((s) => s.print.firstPageNumber === 1).map((s) => s.name);
    expect(restarts).toEqual([result.specs[0].name, "Hasil Pemeriksaan", "Data Pendukung"]);
    expect(result.specs[0].kind).toBe("lkjip-table");
    const first = pkg.sheetPart(pkg.workbook().indexOf(result.specs[0].name))!;
    expect(pkg.text(first)).toMatch(/<pageSetup [^>]*firstPageNumber="1" useFirstPageNumber="1"/);
    expect(pkg.text(part)).not.toContain("firstPageNumber");
  });

  test("marked figures get a cell note from us in draft; the officer's own notes survive the next run; final has none", async () => {
    const draft = await generate(sample);
    const pkg = WorkbookPackage.open(draft.bytes);
    const index = pkg.workbook().indexOf("LKjIP Realisasi Anggaran");
    const part = pkg.sheetPart(index)!;
    const rels = pkg.text(relsPartOf(part))!;
    const commentsPart = `xl/${/Target="\.\.\/(comments\d+\.xml)"/.exec(rels)![1]}`;
    expect(pkg.contentTypes().typeOf(commentsPart)).toBe(TYPE_COMMENTS);
    expect(pkg.text(part)).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
    const comments = pkg.text(commentsPart)!;
    expect(comments).toContain(`<author>${NOTE_AUTHOR}</author>`);
    expect(comments).toContain("Realisasi program di S40");
    const marked = draft.result.specs
      .find((s) => s.name === "LKjIP Realisasi Anggaran")!
      .cells.filter((c) => c.cell.note);
    expect((comments.match(/<comment /g) ?? []).length).toBe(marked.length);
    expect(draft.result.specs.some((s) => s.cells.some((c) => c.cell.value === MARK_FOOTNOTE))).toBe(true);

    // The officer adds a note of their own to the sheet (as Excel stores it: another author, same part).
    const own = comments
      .replace("</authors>", "<author>Petugas</author></authors>")
      .replace(
        "<commentList>",
        '<commentList><comment ref="B2" authorId="1"><text><t>Periksa lagi dengan BPKAD</t></text></comment>',
      );
    pkg.setText(commentsPart, own);
    const edited = pkg.toBytes();

    const rerun = await generate(edited);
    const again = WorkbookPackage.open(rerun.bytes);
    const againPart = again.sheetPart(again.workbook().indexOf("LKjIP Realisasi Anggaran"))!;
    const againRels = again.text(relsPartOf(againPart))!;
    const againComments = again.text(`xl/${/Target="\.\.\/(comments\d+\.xml)"/.exec(againRels)![1]}`)!;
    expect(againComments).toContain("Periksa lagi dengan BPKAD");
    expect((againComments.match(/<comment /g) ?? []).length).toBe(marked.length + 1);
    expect(againRels.match(/relationships\/vmlDrawing"/g)).toHaveLength(1);

    // The final report: no marks, no notes of ours; the officer's note is still there.
    const final = await generate(rerun.bytes, true);
    expect(final.result.specs.some((s) => s.cells.some((c) => c.cell.note || c.cell.value === MARK_FOOTNOTE))).toBe(
      false,
    );
    const fin = WorkbookPackage.open(final.bytes);
    const finPart = fin.sheetPart(fin.workbook().indexOf("LKjIP Realisasi Anggaran"))!;
    const finComments = fin.text(`xl/${/Target="\.\.\/(comments\d+\.xml)"/.exec(fin.text(relsPartOf(finPart))!)![1]}`)!;
    expect((finComments.match(/<comment /g) ?? []).length).toBe(1);
    expect(finComments).toContain("Periksa lagi dengan BPKAD");
    // A sheet that only had our notes is left without a comments part.
    const ss4 = fin.sheetPart(fin.workbook().indexOf("LKjIP SS IV"))!;
    expect(fin.text(ss4)).not.toContain("<legacyDrawing");
    expect(fin.text(relsPartOf(ss4)) ?? "").not.toContain("comments");
  });
});
