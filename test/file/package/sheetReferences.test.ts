/**
 * A generated sheet no longer made (a sasaran dropped) is left while anything of the officer's refers to it, not only
 * a formula on one of their sheets: a defined name, a chart's series, a pivot table's source, a formula in a
 * generated sheet they typed into and kept. The run says what refers to it. Our own print settings of that sheet do
 * not count.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { generateLkjip } from "../../../src/core/pipeline";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { typeFormula } from "./officerEdits";
import { withoutSecondSasaran } from "../../excel/specFixtures";
import { resubjectedText } from "../../../src/core/workbook/referrersText";

const SAMPLE = path.join(__dirname, "../../../assets/samples/pengukuran-kinerja-2022.xlsx");

/** Generate, leaving out the tables named (as if their sasaran had been dropped from the source). */
async function generate(bytes: Uint8Array, leaveOut: string[] = []) {
  const workbook = await FileWorkbook.fromBuffer(bytes, "buku.xlsx");
  const result = generateLkjip(workbook.sourceSheetNames().map((n) => workbook.grid(n)));
  if (result.source === null) throw new Error("no table");
  const report = await workbook.writeSheets(result.specs.filter((s) => !leaveOut.includes(s.name)));
  return { bytes: new Uint8Array(await workbook.toBuffer()), report };
}

/** The package with a part's text changed, or a part added. */
function withPart(bytes: Uint8Array, part: string, edit: (text: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts[part] = strToU8(edit(parts[part] ? strFromU8(parts[part]) : ""));
  return zipSync(parts);
}

const DROPPED = ["LKjIP SS III", "LKjIP SS IV"];

describe("a generated sheet no longer made", () => {
  let first: Uint8Array;
  beforeAll(async () => {
    first = (await generate(new Uint8Array(readFileSync(SAMPLE)))).bytes;
  });

  test("is removed when nothing of the officer's refers to it, its own print settings included", async () => {
    const { report } = await generate(first, DROPPED);
    expect(report.removed).toEqual(DROPPED);
    expect(report.referenced).toBeUndefined();
  });

  test("is left while a defined name refers to it", async () => {
    const named = withPart(first, "xl/workbook.xml", (xml) =>
      xml.replace("</definedNames>", `<definedName name="CapaianSS4">'LKjIP SS IV'!$E$10</definedName></definedNames>`),
    );
    const { report } = await generate(named, DROPPED);
    expect(report.removed).toEqual(["LKjIP SS III"]);
    expect(report.referenced).toEqual([
      { name: "LKjIP SS IV", by: [], others: [{ kind: "nama", name: "CapaianSS4" }] },
    ]);
  });

  test("is left while a chart's series or a pivot table's source is on it", async () => {
    const charted = withPart(
      first,
      "xl/charts/chart9.xml",
      () =>
        `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:ser><c:val><c:numRef>` +
        `<c:f>&apos;LKjIP SS IV&apos;!$E$10:$E$12</c:f></c:numRef></c:val></c:ser></c:chartSpace>`,
    );
    const pivoted = withPart(
      charted,
      "xl/pivotCache/pivotCacheDefinition1.xml",
      () =>
        `<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cacheSource type="worksheet">` +
        `<worksheetSource ref="A5:H20" sheet="LKjIP SS III"/></cacheSource></pivotCacheDefinition>`,
    );
    const { report } = await generate(pivoted, DROPPED);
    expect(report.removed).toEqual([]);
    expect(report.referenced).toEqual([
      { name: "LKjIP SS III", by: [], others: [{ kind: "pivot", name: "" }] },
      { name: "LKjIP SS IV", by: [], others: [{ kind: "grafik", name: "" }] },
    ]);
  });

  test("is left while a formula in a generated sheet the officer typed into, and which is kept, refers to it", async () => {
    const typed = typeFormula(first, "LKjIP SS I", "J4", "'LKjIP SS IV'!E10");
    const { report } = await generate(typed, DROPPED);
    expect(report.kept).toEqual(["LKjIP SS I"]);
    expect(report.removed).toEqual(["LKjIP SS III"]);
    expect(report.referenced).toEqual([{ name: "LKjIP SS IV", by: ["LKjIP SS I"] }]);
  });
});

describe("a sasaran sheet that holds another sasaran after one before it is dropped", () => {
  let first: Uint8Array;
  let subjects: Map<string, string | undefined>;
  beforeAll(async () => {
    const workbook = await FileWorkbook.fromBuffer(new Uint8Array(readFileSync(SAMPLE)), "buku.xlsx");
    const result = generateLkjip(workbook.sourceSheetNames().map((n) => workbook.grid(n)));
    if (result.source === null) throw new Error("no table");
    subjects = new Map(result.specs.map((s) => [s.name, s.subject]));
    await workbook.writeSheets(result.specs);
    first = new Uint8Array(await workbook.toBuffer());
  });

  async function rerun(bytes: Uint8Array) {
    const workbook = await FileWorkbook.fromBuffer(bytes, "buku.xlsx");
    const result = generateLkjip(workbook.sourceSheetNames().map((n) => workbook.grid(n)));
    if (result.source === null) throw new Error("no table");
    return workbook.writeSheets(withoutSecondSasaran(result.specs));
  }

  test("is named in the report, with what it held and holds, when the officer's work refers to it", async () => {
    expect(subjects.get("LKjIP SS II")).toEqual(expect.stringMatching(/\S/));
    expect(subjects.get("LKjIP SS II")).not.toBe(subjects.get("LKjIP SS III"));
    const named = withPart(first, "xl/workbook.xml", (xml) =>
      xml.replace("</definedNames>", `<definedName name="CapaianSS2">'LKjIP SS II'!$E$10</definedName></definedNames>`),
    );
    const report = await rerun(named);
    expect(report.resubjected).toEqual([
      {
        name: "LKjIP SS II",
        was: subjects.get("LKjIP SS II"),
        now: subjects.get("LKjIP SS III"),
        by: [],
        others: [{ kind: "nama", name: "CapaianSS2" }],
      },
    ]);
    expect(report.removed).toEqual(["LKjIP SS IV"]);
    expect(resubjectedText(report.resubjected![0])).toContain('. Nama "CapaianSS2" merujuk lembar itu');
  });

  test("is not named when nothing of the officer's refers to it: the sheets are numbered in order", async () => {
    const report = await rerun(first);
    expect(report.resubjected).toBeUndefined();
  });
});
