import { readFileSync } from "node:fs";
import path from "node:path";
import { Grid } from "../../../src/core/grid/grid";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { openFixture, openSample, sourceGrids } from "./fixtures";

jest.setTimeout(60_000);

const SAMPLES = path.join(__dirname, "..", "..", "..", "assets", "samples");

async function openAsset(name: string): Promise<FileWorkbook> {
  return FileWorkbook.fromBuffer(new Uint8Array(readFileSync(path.join(SAMPLES, name))), name);
}

/**
 * The same cells with the same values; numbers equal to 1e-12 of their size, since LibreOffice writes cached
 * results into .xls and .ods with 15 significant digits (56.35638087712367 → 56.3563808771237).
 */
function expectSameValues(file: string, got: Map<string, unknown>, expected: Map<string, unknown>): void {
  expect({ file, cells: [...got.keys()] }).toEqual({ file, cells: [...expected.keys()] });
  for (const [key, want] of expected) {
    const have = got.get(key);
    if (typeof want === "number" && typeof have === "number" && want !== have) {
      expect({ file, key, close: Math.abs(want - have) <= 1e-12 * Math.max(1, Math.abs(want)) }).toEqual({
        file,
        key,
        close: true,
      });
    } else expect({ file, key, value: have }).toEqual({ file, key, value: want });
  }
}

/** Every non-empty cell as `sheet!R1C1 → value`, with what else is asked for. */
function cells(
  grids: Grid[],
  what: (c: NonNullable<Grid["cells"][0][0]>) => unknown = (c) => c.value,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const g of grids) {
    g.cells.forEach((line, r) =>
      line.forEach((c, col) => {
        if (c && c.value !== null && c.value !== "") out.set(`${g.name}!R${r + 1}C${col + 1}`, what(c));
      }),
    );
  }
  return out;
}

function merges(grids: Grid[]): string[] {
  return grids.flatMap((g) => g.merges.map((m) => `${g.name}!${m.top},${m.left}:${m.bottom},${m.right}`)).sort();
}

describe("every cell of the sample, read from other formats, holds the value it holds in the .xlsx", () => {
  it.each([
    "pengukuran-kinerja-2022.xls",
    "pengukuran-kinerja-2022.ods",
    "pengukuran-kinerja-2022.xml",
    "pengukuran-kinerja-2022-libreoffice.html",
  ])("%s", async (file) => {
    const original = sourceGrids(await openSample());
    const other = sourceGrids(await openFixture(file));
    const expected = cells(original);
    expect(expected.size).toBeGreaterThan(1000);
    expect(cells(other)).toEqual(expected);
    // SheetJS drops the merges of empty ranges from .ods; odsLayout.ts reads them back from the sheet's XML.
    expect(merges(other)).toEqual(merges(original));
  });
});

describe("the Evaluasi Renja samples (assets/samples)", () => {
  it("the hand-made form as .xls and .ods: the same values, formulas, and level fills on the same cells", async () => {
    const original = sourceGrids(await openAsset("evaluasi-renja-2022.xlsx"));
    const formulas = cells(original, (c) => c.formula ?? null);
    expect([...formulas.values()].filter((f) => f !== null).length).toBeGreaterThan(600);
    const filled = cells(original, (c) => c.fill ?? null);
    const filledCells = [...filled].filter(([, f]) => f !== null).map(([k]) => k);
    expect(filledCells.length).toBeGreaterThan(1000);
    for (const file of ["evaluasi-renja-2022.xls", "evaluasi-renja-2022.ods"]) {
      const other = sourceGrids(await openFixture(file));
      expectSameValues(file, cells(other), cells(original));
      expect({ file, formulas: cells(other, (c) => c.formula ?? null) }).toEqual({ file, formulas });
      const otherFilled = [...cells(other, (c) => c.fill ?? null)].filter(([, f]) => f !== null).map(([k]) => k);
      // .xls: SheetJS gives LibreOffice's palette colours; .ods: our pass over its styles.
      expect({ file, filled: otherFilled }).toEqual({ file, filled: filledCells });
      if (file.endsWith(".ods")) {
        const bold = (grids: Grid[]) => [...cells(grids, (c) => c.bold === true)].filter(([, b]) => b).map(([k]) => k);
        expect(bold(other)).toEqual(bold(original));
      }
    }
  });

  it("the SIPD app's HTML .xls export holds the cells of the same export as .xlsx, every one as text", async () => {
    const xlsx = sourceGrids(await openAsset("evaluasi-renja-2022-ekspor.xlsx"));
    const html = sourceGrids(await openAsset("evaluasi-renja-2022-ekspor-html.xls"));
    expect(html).toHaveLength(1);
    const htmlCells = cells(html);
    expect([...htmlCells.values()].every((v) => typeof v === "string")).toBe(true);
    const byPosition = (m: Map<string, unknown>) => new Map([...m].map(([k, v]) => [k.slice(k.indexOf("!")), v]));
    // The HTML prints decimals with a dot (`83.37`) where the .xlsx export has a comma (`83,37`): the sample's README.
    const expected = new Map(
      [...byPosition(cells(xlsx))].map(([k, v]) => [k, String(v).replace(/^(\d+),(\d+)$/, "$1.$2")]),
    );
    expect(byPosition(htmlCells)).toEqual(expected);
    expect(merges(html).map((m) => m.slice(m.indexOf("!")))).toEqual(merges(xlsx).map((m) => m.slice(m.indexOf("!"))));
  });
});
