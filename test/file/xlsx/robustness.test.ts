import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { Grid } from "../../../src/core/grid/grid";
import { partsFromMap } from "../../../src/file/package/packageParts";
import { readSheetGrid, readWorkbookInfo } from "../../../src/file/xlsx";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { generateLkjip } from "../../../src/core/pipeline";
import { sampleBytes } from "../helpers";
import { REL_NS } from "./packageBuilder";

/**
 * A valid workbook holding what the engine does not read — an image, a chart, comments (VML), a table, a pivot table
 * with its cache, an external link, a chart sheet — must read exactly as the same workbook without them. Each part is
 * added to an exceljs-written package the way Excel (or openpyxl, or LibreOffice) stores it; XML is edited with
 * xmldom, the zip with fflate.
 */

const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const SHEET = "xl/worksheets/sheet1.xml";

// Each test builds and reads whole packages; on a loaded 2-core machine one took over the default 5 s.
jest.setTimeout(30_000);

type Parts = Map<string, Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function basePackage(): Promise<Parts> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("TW IV 2022");
  ws.getCell("A1").value = "PENGUKURAN KINERJA";
  ws.getCell("A1").font = { bold: true };
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = "PROGRAM PELAYANAN PENANAMAN MODAL";
  ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  ws.getCell("B2").value = 246174400;
  ws.getCell("B2").numFmt = "#,##0";
  ws.getCell("C2").value = 41392050;
  ws.getCell("D2").value = { formula: "C2/B2", result: 41392050 / 246174400 };
  ws.getCell("D2").numFmt = "0.00%";
  ws.getCell("A3").value = "Kegiatan";
  ws.getCell("A3").alignment = { indent: 1 };
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return new Map(Object.entries(unzipSync(bytes)));
}

function gridOf(parts: Parts, sheet = "TW IV 2022"): Grid {
  const p = partsFromMap(parts);
  return readSheetGrid(p, readWorkbookInfo(p), sheet);
}

function xml(parts: Parts, name: string): Document {
  return new DOMParser().parseFromString(decoder.decode(parts.get(name)!), "text/xml");
}

function put(parts: Parts, name: string, content: string | Document): void {
  parts.set(
    name,
    encoder.encode(typeof content === "string" ? content : new XMLSerializer().serializeToString(content)),
  );
}

/** Add a relationship to a part's .rels (created when missing); returns its id. */
function addRel(parts: Parts, source: string, type: string, target: string, external = false): string {
  const slash = source.lastIndexOf("/");
  const relsName = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
  if (!parts.has(relsName)) put(parts, relsName, `<Relationships xmlns="${PKG_REL}"/>`);
  const doc = xml(parts, relsName);
  const root = doc.documentElement!;
  const id = `rIdX${root.getElementsByTagName("Relationship").length + 1}`;
  const el = doc.createElementNS(PKG_REL, "Relationship");
  el.setAttribute("Id", id);
  el.setAttribute("Type", type.startsWith("http") ? type : `${REL_TYPE}/${type}`);
  el.setAttribute("Target", target);
  if (external) el.setAttribute("TargetMode", "External");
  root.appendChild(el);
  put(parts, relsName, doc);
  return id;
}

function addContentType(parts: Parts, partName: string, contentType: string): void {
  const doc = xml(parts, "[Content_Types].xml");
  const el = doc.createElementNS(CT_NS, "Override");
  el.setAttribute("PartName", `/${partName}`);
  el.setAttribute("ContentType", contentType);
  doc.documentElement!.appendChild(el);
  put(parts, "[Content_Types].xml", doc);
}

/** Append `<name r:id="…"/>` (or a prepared element) to the root of a part, before extLst if there is one. */
function appendToRoot(
  parts: Parts,
  partName: string,
  build: (doc: Document) => ReturnType<Document["createElementNS"]>,
): void {
  const doc = xml(parts, partName);
  const root = doc.documentElement!;
  const el = build(doc);
  const ext = root.getElementsByTagName("extLst")[0];
  if (ext) root.insertBefore(el, ext);
  else root.appendChild(el);
  put(parts, partName, doc);
}

function refElement(doc: Document, name: string, relId: string) {
  const el = doc.createElementNS(MAIN_NS, name);
  el.setAttributeNS(REL_NS, "r:id", relId);
  return el;
}

const PNG_1PX = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

/** A drawing as openpyxl writes one: a oneCellAnchor picture, and (for a chart) a graphicFrame. */
function addDrawing(parts: Parts, withChart: boolean): void {
  const drawing = "xl/drawings/drawing1.xml";
  parts.set("xl/media/image1.png", PNG_1PX);
  const imageRel = addRel(parts, drawing, "image", "/xl/media/image1.png");
  let chartAnchor = "";
  if (withChart) {
    put(
      parts,
      "xl/charts/chart1.xml",
      `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>` +
        `<c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'TW IV 2022'!$B$2:$C$2</c:f>` +
        `</c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="20"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`,
    );
    addContentType(parts, "xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    const chartRel = addRel(parts, drawing, "chart", "/xl/charts/chart1.xml");
    chartAnchor =
      `<xdr:oneCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="4800000" cy="2700000"/><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/>` +
      `</xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${chartRel}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`;
  }
  put(
    parts,
    drawing,
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${REL_NS}"><xdr:oneCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff>` +
      `<xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="9525" cy="9525"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="Image 1"/>` +
      `<xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="${imageRel}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:prstGeom prst="rect"/></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>${chartAnchor}</xdr:wsDr>`,
  );
  addContentType(parts, drawing, "application/vnd.openxmlformats-officedocument.drawing+xml");
  const rel = addRel(parts, SHEET, "drawing", "/xl/drawings/drawing1.xml");
  appendToRoot(parts, SHEET, (doc) => refElement(doc, "drawing", rel));
}

/** Comments with their VML shapes, as openpyxl and Excel store them. */
function addComments(parts: Parts): void {
  put(
    parts,
    "xl/comments1.xml",
    `<comments xmlns="${MAIN_NS}"><authors><author>Operator</author></authors><commentList>` +
      `<comment ref="B2" authorId="0"><text><t>Pagu sesuai DPA</t></text></comment></commentList></comments>`,
  );
  put(
    parts,
    "xl/drawings/commentsDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>` +
      `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1">` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
  );
  addContentType(parts, "xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
  addRel(parts, SHEET, "comments", "/xl/comments1.xml");
  const vml = addRel(parts, SHEET, "vmlDrawing", "/xl/drawings/commentsDrawing1.vml");
  appendToRoot(parts, SHEET, (doc) => refElement(doc, "legacyDrawing", vml));
}

/** A table over A1:D3 with its autofilter, as LibreOffice writes one (no theme-related style attributes). */
function addTable(parts: Parts): void {
  put(
    parts,
    "xl/tables/table1.xml",
    `<table xmlns="${MAIN_NS}" id="1" name="Tabel1" displayName="Tabel1" ref="A5:B7" headerRowCount="1" totalsRowShown="0">` +
      `<autoFilter ref="A5:B7"/><tableColumns count="2"><tableColumn id="1" name="Uraian"/><tableColumn id="2" name="Pagu"/>` +
      `</tableColumns></table>`,
  );
  addContentType(
    parts,
    "xl/tables/table1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  );
  const rel = addRel(parts, SHEET, "table", "../tables/table1.xml");
  appendToRoot(parts, SHEET, (doc) => {
    const el = doc.createElementNS(MAIN_NS, "tableParts");
    el.setAttribute("count", "1");
    el.appendChild(refElement(doc, "tablePart", rel));
    return el;
  });
}

/** A pivot cache (definition and records) registered in the workbook, and a pivot table on the sheet using it. */
function addPivot(parts: Parts): void {
  put(
    parts,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" r:id="rId1" refreshOnLoad="1" recordCount="1">` +
      `<cacheSource type="worksheet"><worksheetSource ref="A1:D3" sheet="TW IV 2022"/></cacheSource>` +
      `<cacheFields count="1"><cacheField name="Uraian" numFmtId="0"><sharedItems count="1"><s v="Kegiatan"/></sharedItems>` +
      `</cacheField></cacheFields></pivotCacheDefinition>`,
  );
  put(
    parts,
    "xl/pivotCache/pivotCacheRecords1.xml",
    `<pivotCacheRecords xmlns="${MAIN_NS}" count="1"><r><x v="0"/></r></pivotCacheRecords>`,
  );
  addRel(parts, "xl/pivotCache/pivotCacheDefinition1.xml", "pivotCacheRecords", "pivotCacheRecords1.xml");
  const cacheRel = addRel(parts, "xl/workbook.xml", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml");
  appendToRoot(parts, "xl/workbook.xml", (doc) => {
    const caches = doc.createElementNS(MAIN_NS, "pivotCaches");
    const cache = refElement(doc, "pivotCache", cacheRel);
    cache.setAttribute("cacheId", "7");
    caches.appendChild(cache);
    return caches;
  });
  put(
    parts,
    "xl/pivotTables/pivotTable1.xml",
    `<pivotTableDefinition xmlns="${MAIN_NS}" name="PivotTable1" cacheId="7" dataCaption="Values">` +
      `<location ref="F10:F12" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1">` +
      `<pivotField axis="axisRow" showAll="0"><items count="2"><item x="0"/><item t="default"/></items></pivotField></pivotFields>` +
      `</pivotTableDefinition>`,
  );
  addRel(parts, "xl/pivotTables/pivotTable1.xml", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml");
  addRel(parts, SHEET, "pivotTable", "../pivotTables/pivotTable1.xml");
  for (const [name, type] of [
    ["xl/pivotCache/pivotCacheDefinition1.xml", "pivotCacheDefinition"],
    ["xl/pivotCache/pivotCacheRecords1.xml", "pivotCacheRecords"],
    ["xl/pivotTables/pivotTable1.xml", "pivotTable"],
  ]) {
    addContentType(parts, name, `application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml`);
  }
}

/** A link to another workbook, with its cached values, and a formula that uses it. */
function addExternalLink(parts: Parts): void {
  put(
    parts,
    "xl/externalLinks/externalLink1.xml",
    `<externalLink xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><externalBook r:id="rId1"><sheetNames><sheetName val="Renja"/></sheetNames>` +
      `<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>55599900</v></cell></row></sheetData></sheetDataSet>` +
      `</externalBook></externalLink>`,
  );
  addRel(parts, "xl/externalLinks/externalLink1.xml", "externalLinkPath", "file:///C:/Renja/renja-2022.xlsx", true);
  addContentType(
    parts,
    "xl/externalLinks/externalLink1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  );
  const rel = addRel(parts, "xl/workbook.xml", "externalLink", "externalLinks/externalLink1.xml");
  const doc = xml(parts, "xl/workbook.xml");
  const refs = doc.createElementNS(MAIN_NS, "externalReferences");
  refs.appendChild(refElement(doc, "externalReference", rel));
  const root = doc.documentElement!;
  const sheets = root.getElementsByTagName("sheets")[0];
  root.insertBefore(refs, sheets.nextSibling);
  put(parts, "xl/workbook.xml", doc);
  // The cell's formula points into the other workbook.
  const sheet = xml(parts, SHEET);
  const c3 = [...Array.from(sheet.getElementsByTagName("c"))].find((c) => c.getAttribute("r") === "C2")!;
  const f = sheet.createElementNS(MAIN_NS, "f");
  f.appendChild(sheet.createTextNode("[1]Renja!A1*0+41392050"));
  c3.insertBefore(f, c3.firstChild);
  put(parts, SHEET, sheet);
}

/** A chart sheet listed between worksheets: it has no cells, and the worksheets read as before. */
function addChartSheet(parts: Parts, name = "Grafik Pagu"): void {
  put(
    parts,
    "xl/chartsheets/sheet2.xml",
    `<chartsheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
  );
  addContentType(
    parts,
    "xl/chartsheets/sheet2.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
  );
  const rel = addRel(parts, "xl/workbook.xml", "chartsheet", "chartsheets/sheet2.xml");
  const doc = xml(parts, "xl/workbook.xml");
  const sheet = doc.createElementNS(MAIN_NS, "sheet");
  sheet.setAttribute("name", name);
  sheet.setAttribute("sheetId", "99");
  sheet.setAttributeNS(REL_NS, "r:id", rel);
  doc.documentElement!.getElementsByTagName("sheets")[0].appendChild(sheet);
  put(parts, "xl/workbook.xml", doc);
}

const ADDITIONS: [string, (parts: Parts) => void][] = [
  ["an image (openpyxl-style drawing)", (p) => addDrawing(p, false)],
  ["a chart in a drawing", (p) => addDrawing(p, true)],
  ["comments with their VML", addComments],
  ["a table part", addTable],
  ["a pivot table and its cache", addPivot],
  ["an external link", addExternalLink],
  ["a chart sheet", addChartSheet],
];

describe("reading never fails on what the engine does not need", () => {
  let plain: Grid;
  beforeAll(async () => {
    plain = gridOf(await basePackage());
    expect(plain.cells[1][0]).toEqual({ value: "PROGRAM PELAYANAN PENANAMAN MODAL", fill: "#FFF2CC" });
  });

  test.each(ADDITIONS)("a workbook with %s reads as the same grid", async (what, add) => {
    const parts = await basePackage();
    const before = new Set(parts.keys());
    add(parts);
    expect([...parts.keys()].filter((k) => !before.has(k)).length).toBeGreaterThan(0);
    const grid = gridOf(parts);
    if (what === "an external link") {
      expect(grid.cells[1][2]).toEqual({ value: 41392050, formula: "[1]Renja!A1*0+41392050" });
      grid.cells[1][2] = plain.cells[1][2];
    }
    expect(grid).toEqual(plain);
  });

  test("a workbook with all of them at once reads as the same grid, and lists the chart sheet as one", async () => {
    const parts = await basePackage();
    addDrawing(parts, true);
    addComments(parts);
    addTable(parts);
    addPivot(parts);
    addChartSheet(parts);
    const p = partsFromMap(parts);
    const info = readWorkbookInfo(p);
    expect(info.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["TW IV 2022", "worksheet"],
      ["Grafik Pagu", "chartsheet"],
    ]);
    expect(readSheetGrid(p, info, "TW IV 2022")).toEqual(plain);
  });
});

describe("a chart sheet in the officer's workbook", () => {
  // Named like our Data Pendukung, so it must not be taken for it either (it has no cells to append to).
  async function withChartSheet(name: string): Promise<FileWorkbook> {
    const parts: Parts = new Map(Object.entries(unzipSync(sampleBytes())));
    addChartSheet(parts, name);
    return FileWorkbook.fromBuffer(zipSync(Object.fromEntries(parts)), "grafik.xlsx");
  }

  test.each(["Grafik Pagu", "Data Pendukung"])(
    "%s is neither offered nor read as a source, and generate writes beside it",
    async (name) => {
      const workbook = await withChartSheet(name);
      const plain = await FileWorkbook.fromBuffer(sampleBytes(), "plain.xlsx");
      expect(workbook.sourceSheetNames()).toEqual(plain.sourceSheetNames());
      expect(await workbook.listSheets()).toEqual(await plain.listSheets());
      expect(workbook.dataPendukungSheetName()).toBeNull();

      const grids = workbook.sourceSheetNames().map((n) => workbook.grid(n));
      const result = generateLkjip(grids, {});
      if (result.source === null) throw new Error("the sample has a source table");
      const report = await workbook.writeSheets(result.specs);
      const dataPendukung = report.sheets.find((s) => s.kind === "data-pendukung");
      expect(dataPendukung?.status).toBe("new");
      expect(dataPendukung?.name).not.toBe(name);

      const reread = readWorkbookInfo(
        partsFromMap(new Map(Object.entries(unzipSync(new Uint8Array(await workbook.toBuffer()))))),
      );
      expect(reread.sheets.filter((s) => s.kind === "chartsheet").map((s) => s.name)).toEqual([name]);
    },
  );
});

test("a workbook of chart sheets only is refused in one line that names them", async () => {
  const parts = await basePackage();
  addChartSheet(parts, "Grafik Realisasi");
  const doc = xml(parts, "xl/workbook.xml");
  const worksheet = Array.from(doc.getElementsByTagNameNS(MAIN_NS, "sheet")).find(
    (el) => el.getAttribute("name") === "TW IV 2022",
  )!;
  worksheet.parentNode!.removeChild(worksheet);
  put(parts, "xl/workbook.xml", doc);
  await expect(FileWorkbook.fromBuffer(zipSync(Object.fromEntries(parts)), "grafik.xlsx")).rejects.toThrow(
    'Berkas "grafik.xlsx" hanya berisi lembar grafik ("Grafik Realisasi"), tanpa lembar kerja bersel.',
  );
});
