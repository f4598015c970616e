import fc from "fast-check";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { strFromU8, unzipSync } from "fflate";
import { DOMParser } from "@xmldom/xmldom";
import { CellSpec, SheetSpec } from "../../../src/core/tables/sheetSpec";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { MAX_CELL_TEXT } from "../../../src/core/grid/excelLimits";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A small user workbook to add sheets to. */
async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").getCell("A1").value = 1;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const value: fc.Arbitrary<CellSpec["value"]> = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -Number.POSITIVE_INFINITY, 1e-300, -0, 1e308),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("x".repeat(MAX_CELL_TEXT + 1), "=SUM(A1)", "0012", "<&>\"'", "\u0000\u0007\uFFFE", null),
);

const cell: fc.Arbitrary<CellSpec> = fc.record(
  { value, bold: fc.boolean(), numFmt: fc.constantFrom(undefined, "#,##0", '0.00%"*"', "0.0\\%"), fill: fc.constantFrom(undefined, "D9E1F2") },
  { requiredKeys: ["value"] },
);

const spec: fc.Arbitrary<SheetSpec> = fc
  .record({
    name: fc.oneof(fc.string({ minLength: 0, maxLength: 40 }), fc.constantFrom("Data", "a/b:c*?[]", "'x'", "History")),
    cells: fc.array(fc.record({ row: fc.nat(60), col: fc.nat(12), cell }), { maxLength: 60 }),
    merges: fc.array(
      fc.record({ top: fc.nat(30), left: fc.nat(8), h: fc.nat(3), w: fc.nat(3) }).map((m) => ({
        top: m.top,
        left: m.left,
        bottom: m.top + m.h,
        right: m.left + m.w,
      })),
      { maxLength: 4 },
    ),
  })
  .map(({ name, cells, merges }) => {
    // One spec per position, and merges that do not overlap (the engine's builders guarantee both).
    const seen = new Set<string>();
    const unique = cells.filter((c) => !seen.has(`${c.row},${c.col}`) && seen.add(`${c.row},${c.col}`));
    const kept: typeof merges = [];
    for (const m of merges) {
      if (!kept.some((k) => m.left <= k.right && k.left <= m.right && m.top <= k.bottom && k.top <= m.bottom)) kept.push(m);
    }
    return {
      name,
      kind: "lkjip-table" as const,
      cells: unique,
      merges: kept,
      columnWidths: [12, 30],
      print: { orientation: "landscape" as const, paperSize: "A4" as const, fitToWidth: true },
    };
  });

describe("the package written for any spec", () => {
  test("is valid: finite numbers, texts within Excel's limit, unique valid sheet names; exceljs and SheetJS open it", async () => {
    const input = await userWorkbook();
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 3 }), async (specs) => {
        const port = await FileWorkbook.fromBuffer(input, "acak.xlsx");
        await port.writeSheets(specs);
        const bytes = new Uint8Array(await port.toBuffer());
        const parts = unzipSync(bytes);
        const wbXml = new DOMParser().parseFromString(strFromU8(parts["xl/workbook.xml"]), "text/xml");
        const names = Array.from(wbXml.getElementsByTagNameNS(MAIN, "sheet")).map((s) => s.getAttribute("name") ?? "");
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        for (const n of names) {
          expect(n.length).toBeGreaterThan(0);
          expect(n.length).toBeLessThanOrEqual(31);
          expect(n).not.toMatch(/[[\]:*?/\\]/);
        }
        for (const [part, data] of Object.entries(parts)) {
          if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) continue;
          const doc = new DOMParser({ onError: (l, m) => { if (l !== "warning") throw new Error(`${part}: ${m}`); } }).parseFromString(strFromU8(data), "text/xml");
          for (const v of Array.from(doc.getElementsByTagNameNS(MAIN, "v"))) {
            const c = v.parentNode as unknown as { getAttribute(n: string): string | null };
            if (c.getAttribute("t") === null) expect(Number.isFinite(Number(v.textContent))).toBe(true);
          }
          for (const t of Array.from(doc.getElementsByTagNameNS(MAIN, "t"))) {
            expect((t.textContent ?? "").length).toBeLessThanOrEqual(MAX_CELL_TEXT);
          }
        }
        const viaExceljs = new ExcelJS.Workbook();
        await viaExceljs.xlsx.load(bytes as unknown as ExcelJS.Buffer);
        expect(viaExceljs.worksheets.map((w) => w.name)).toEqual(names);
        const viaSheetJs = XLSX.read(bytes, { type: "array" });
        expect(viaSheetJs.SheetNames).toEqual(names);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
