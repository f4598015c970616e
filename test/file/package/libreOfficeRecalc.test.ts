import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { recalculate } from "../../e2e/libreoffice/recalculate";
import { FixtureManifest } from "../../../scripts/fixtures/manifestTypes";
import { cellKey, readCells, sameCellValue } from "./packageCells";

const FIXTURES = path.join(__dirname, "../../fixtures/packages");
const manifest: FixtureManifest = JSON.parse(readFileSync(path.join(FIXTURES, "manifest.json"), "utf8"));
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function hasSoffice(): boolean {
  try {
    execFileSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A copy of the fixture whose cached value at `cell` of `sheetPart` is wrong by 1000. */
function withWrongCache(bytes: Uint8Array, sheetPart: string, cell: string): Uint8Array {
  const parts = unzipSync(bytes);
  const doc = new DOMParser().parseFromString(strFromU8(parts[sheetPart]), "text/xml");
  const c = Array.from(doc.getElementsByTagNameNS(MAIN, "c")).find((x) => x.getAttribute("r") === cell)!;
  const v = c.getElementsByTagNameNS(MAIN, "v")[0];
  v.firstChild!.nodeValue = String(Number(v.textContent) + 1000);
  parts[sheetPart] = strToU8(new XMLSerializer().serializeToString(doc));
  return zipSync(parts);
}

describe("manifest formulas", () => {
  it("every fixture for generate lists its formulas, and the cached values equal the expected ones", () => {
    const forGenerate = manifest.fixtures.filter((f) => f.generate);
    expect(forGenerate.length).toBeGreaterThanOrEqual(8);
    for (const f of forGenerate) {
      const cached = readCells(readFileSync(path.join(FIXTURES, f.file)), f.formulas);
      for (const formula of f.formulas) {
        const got = cached.get(cellKey(formula))!;
        expect({
          cell: `${f.file} ${cellKey(formula)}`,
          formula: got.formula,
          same: sameCellValue(formula.expected, got.value),
        }).toEqual({
          cell: `${f.file} ${cellKey(formula)}`,
          formula: formula.formula,
          same: true,
        });
      }
    }
  });
});

// LibreOffice is installed by scripts/e2e/install-deps.sh; without it these tests cannot run.
const withLibreOffice = hasSoffice() ? describe : describe.skip;

withLibreOffice("recalculate (LibreOffice)", () => {
  it("recomputes formulas instead of keeping the cached value, and gives the manifest's values", () => {
    const entry = manifest.fixtures.find((f) => f.file === "graft-names-formats.xlsx")!;
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, entry.file)));
    // X9 (=W9-W8) on TW IV, sheet2.xml: its cache made wrong on purpose.
    const wrong = withWrongCache(bytes, "xl/worksheets/sheet2.xml", "X9");
    const probe = { sheet: "TW IV 2022", cell: "X9" };
    expect(readCells(wrong, [probe]).get(cellKey(probe))!.value).toBeCloseTo(1000.354166, 5);

    const [fresh, fixed] = recalculate([
      { name: entry.file, bytes, cells: entry.formulas },
      { name: "wrong-cache.xlsx", bytes: wrong, cells: [probe] },
    ]);
    for (const f of entry.formulas) {
      expect({ cell: cellKey(f), value: fresh.cells.get(cellKey(f))!.value }).toEqual({
        cell: cellKey(f),
        value: typeof f.expected === "number" ? expect.closeTo(f.expected, 6) : f.expected,
      });
    }
    expect(fixed.cells.get(cellKey(probe))!.value).toBeCloseTo(8.5 / 24, 12);
  }, 120_000);
});
