import ExcelJS from "exceljs";
import { generateLkjip } from "../../src/core/pipeline";
import { quoteSheetName } from "../../src/core/grid/address";
import { writeGeneratedSheets } from "../../src/file/writeGenerated";
import { readGrid } from "../../src/file/readGrid";
import { fixInternalLinks } from "../../src/file/internalLinks";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { plainLoad, sampleBytes } from "./helpers";

interface Link {
  sheet: string;
  address: string;
  target: string;
}

/** The links the generated specs ask for, as `#'Sheet'!A1` on a sheet's cell. */
async function expectedLinks(): Promise<Link[]> {
  const original = await plainLoad(sampleBytes());
  const result = generateLkjip(original.worksheets.map(readGrid));
  if (!result.source) throw new Error("sample not recognised");
  return result.specs.flatMap((spec) =>
    spec.cells
      .filter((c) => c.cell.link)
      .map((c) => ({
        sheet: spec.name,
        address: columnLetter(c.col) + String(c.row + 1),
        target: `#${quoteSheetName(c.cell.link!.sheet)}!${c.cell.link!.cell}`,
      })),
  );
}

function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function linkAt(wb: ExcelJS.Workbook, link: Link): string | undefined {
  return wb.getWorksheet(link.sheet)?.getCell(link.address).hyperlink;
}

async function generatedBytes(withFix: boolean): Promise<ArrayBuffer> {
  if (withFix) {
    const port = await FileWorkbook.fromBuffer(sampleBytes(), "a.xlsx");
    const grids = await Promise.all((await port.listSheets()).map((s) => port.readSheet(s.name)));
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("sample not recognised");
    await port.writeSheets(result.specs);
    return port.toBuffer();
  }
  const wb = await plainLoad(sampleBytes());
  const result = generateLkjip(wb.worksheets.map(readGrid));
  if (!result.source) throw new Error("sample not recognised");
  writeGeneratedSheets(wb, result.specs);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

describe("internal links in the downloaded workbook", () => {
  let links: Link[];
  beforeAll(async () => {
    links = await expectedLinks();
  });

  it("the sample's generated sheets do hold links to cells (else this test proves nothing)", () => {
    expect(links.length).toBeGreaterThan(0);
  });

  it("without the fix exceljs writes them as external relationships that keep the '#'", async () => {
    const plain = await plainLoad(await generatedBytes(false));
    for (const link of links) expect(linkAt(plain, link)).toBe(link.target);
  });

  it("with the fix they are written as locations (no relationship) and read back as '#location'", async () => {
    const bytes = await generatedBytes(true);
    const plain = await plainLoad(bytes);
    // Plain exceljs drops links that have no relationship: none of these has one any more.
    for (const link of links) expect(linkAt(plain, link)).toBeUndefined();
    const fixed = new ExcelJS.Workbook();
    fixInternalLinks(fixed);
    await fixed.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    for (const link of links) expect(linkAt(fixed, link)).toBe(link.target);
  });

  it("an external link is left as it was", async () => {
    const wb = new ExcelJS.Workbook();
    fixInternalLinks(wb);
    wb.addWorksheet("A").getCell("B2").value = { text: "situs", hyperlink: "https://sakip.example.go.id/" };
    wb.getWorksheet("A")!.getCell("B3").value = { text: "ke C5", hyperlink: "#'A'!C5" };
    const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    const plain = await plainLoad(bytes);
    expect(plain.getWorksheet("A")!.getCell("B2").hyperlink).toBe("https://sakip.example.go.id/");
    expect(plain.getWorksheet("A")!.getCell("B3").hyperlink).toBeUndefined();
  });
});
