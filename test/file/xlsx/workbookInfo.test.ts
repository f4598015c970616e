import { partsFromMap } from "../../../src/file/package/packageParts";
import { readSheetGrid, readWorkbookInfo, XlsxReadError } from "../../../src/file/xlsx";
import { packageMap, packageParts, rel, relationships, worksheetXml } from "./packageBuilder";

const empty = worksheetXml("");

describe("readWorkbookInfo", () => {
  test("sheets in tab order with name, sheetId, r:id, part, state and kind; date system; defined names", () => {
    const info = readWorkbookInfo(
      packageParts({
        sheets: [
          { name: "TW IV 2022", xml: empty },
          { name: "Grafik", xml: "<chartsheet/>", kind: "chartsheet" },
          { name: "Arsip", xml: empty, state: "hidden" },
          { name: "_lkjip", xml: empty, state: "veryHidden" },
        ],
        date1904: true,
        definedNames:
          `<definedName name="PaguProgram1" localSheetId="0">'TW IV 2022'!$N$9</definedName>` +
          `<definedName name="Tahun" hidden="1">2022</definedName>`,
      }),
    );
    expect(info.sheets).toEqual([
      {
        name: "TW IV 2022",
        sheetId: 1,
        relId: "rId1",
        part: "xl/worksheets/sheet1.xml",
        state: "visible",
        kind: "worksheet",
      },
      {
        name: "Grafik",
        sheetId: 2,
        relId: "rId2",
        part: "xl/chartsheets/sheet2.xml",
        state: "visible",
        kind: "chartsheet",
      },
      {
        name: "Arsip",
        sheetId: 3,
        relId: "rId3",
        part: "xl/worksheets/sheet3.xml",
        state: "hidden",
        kind: "worksheet",
      },
      {
        name: "_lkjip",
        sheetId: 4,
        relId: "rId4",
        part: "xl/worksheets/sheet4.xml",
        state: "veryHidden",
        kind: "worksheet",
      },
    ]);
    expect(info.date1904).toBe(true);
    expect(info.definedNames).toEqual([
      { name: "PaguProgram1", localSheetId: 0, hidden: false, text: "'TW IV 2022'!$N$9" },
      { name: "Tahun", hidden: true, text: "2022" },
    ]);
  });

  test("the workbook part is found through _rels/.rels, wherever it lies, with absolute or relative targets", () => {
    for (const absoluteTargets of [false, true]) {
      const info = readWorkbookInfo(
        packageParts({
          sheets: [{ name: "Data", xml: empty }],
          workbookPath: "spreadsheet/book.xml",
          absoluteTargets,
          sharedStrings: ["<si><t>a</t></si>"],
          styles: "<styleSheet/>",
        }),
      );
      expect(info.workbookPart).toBe("spreadsheet/book.xml");
      expect(info.sheets[0].part).toBe("spreadsheet/worksheets/sheet1.xml");
      expect(info.sharedStringsPart).toBe("spreadsheet/sharedStrings.xml");
      expect(info.stylesPart).toBe("spreadsheet/styles.xml");
      expect(info.themePart).toBeUndefined();
    }
  });

  test("targets with ../, a leading slash in the package relationship, and other letter case resolve", () => {
    const map = packageMap({ sheets: [{ name: "Data", xml: empty }] });
    map.set(
      "_rels/.rels",
      new TextEncoder().encode(relationships([rel("rId1", "officeDocument", "/XL/Workbook.xml")])),
    );
    map.set(
      "xl/_rels/workbook.xml.rels",
      new TextEncoder().encode(relationships([rel("rId1", "worksheet", "../xl/worksheets/./sheet1.xml")])),
    );
    const info = readWorkbookInfo(partsFromMap(map));
    expect(info.workbookPart).toBe("xl/workbook.xml");
    expect(info.sheets[0].part).toBe("xl/worksheets/sheet1.xml");
  });

  test("a strict OOXML package (purl.oclc.org namespaces and relationship types) reads like a transitional one", () => {
    const toStrict = (text: string) =>
      text
        .split("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
        .join("http://purl.oclc.org/ooxml/spreadsheetml/main")
        .split("http://schemas.openxmlformats.org/officeDocument/2006/relationships")
        .join("http://purl.oclc.org/ooxml/officeDocument/relationships");
    const transitional = packageMap({
      sheets: [{ name: "Ketat", xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }],
    });
    const strict = new Map(
      [...transitional].map(([name, bytes]) => [
        name,
        new TextEncoder().encode(toStrict(new TextDecoder().decode(bytes))),
      ]),
    );
    const parts = partsFromMap(strict);
    expect(parts.text("_rels/.rels")).toContain(
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    );
    const info = readWorkbookInfo(parts);
    expect(info.sheets[0]).toMatchObject({ name: "Ketat", part: "xl/worksheets/sheet1.xml", kind: "worksheet" });
    expect(readSheetGrid(parts, info, "Ketat").cells).toEqual([[{ value: 1 }]]);
  });

  test("a sheet listed in workbook.xml whose part is missing is an error naming the sheet", () => {
    const map = packageMap({
      sheets: [
        { name: "TW I 2022", xml: empty },
        { name: "TW IV 2022", xml: empty },
      ],
    });
    map.delete("xl/worksheets/sheet2.xml");
    let error: unknown;
    try {
      readWorkbookInfo(partsFromMap(map));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({
      problem: "missing-sheet-part",
      sheet: "TW IV 2022",
      part: "xl/worksheets/sheet2.xml",
    });
    expect((error as Error).message).toBe(
      'Lembar "TW IV 2022" tercantum di daftar lembar, tetapi isinya (xl/worksheets/sheet2.xml) tidak ada di dalam berkas.',
    );
  });

  test("a sheet whose r:id has no relationship is an error too", () => {
    const map = packageMap({ sheets: [{ name: "Data", xml: empty }] });
    map.set("xl/_rels/workbook.xml.rels", new TextEncoder().encode(relationships([])));
    expect(() => readWorkbookInfo(partsFromMap(map))).toThrow(
      expect.objectContaining({ problem: "missing-sheet-part", sheet: "Data" }),
    );
  });

  test("no workbook part, or a workbook part that is not XML, is one clear error", () => {
    const map = packageMap({ sheets: [{ name: "Data", xml: empty }] });
    map.delete("xl/workbook.xml");
    expect(() => readWorkbookInfo(partsFromMap(map))).toThrow(expect.objectContaining({ problem: "missing-part" }));
    map.set("xl/workbook.xml", new TextEncoder().encode("<workbook><sheets>"));
    expect(() => readWorkbookInfo(partsFromMap(map))).toThrow(
      expect.objectContaining({ problem: "malformed-part", part: "xl/workbook.xml" }),
    );
  });
});
