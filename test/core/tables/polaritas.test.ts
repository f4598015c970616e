import Decimal from "decimal.js";
import { Grid } from "../../../src/core/grid/grid";
import { analyseWorkbook, generateLkjip } from "../../../src/core/pipeline";
import { recognise } from "../../../src/core/layout/recognise";
import { isPengukuranKinerja } from "../../../src/core/model/sheetModel";
import { Indikator } from "../../../src/core/model/types";
import { capaianKinerja } from "../../../src/core/formulas/capaianKinerja";
import { DATA_PENDUKUNG_HEADER_ROW } from "../../../src/core/tables/dataPendukung";
import { INDIKATOR_ORDER } from "../../../src/core/tables/dataPendukungTemplate";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { sampleGrids } from "../../taskpane/sampleGrids";
import { sheet, table } from "./specHelpers";

const SHEET = "TW IV 2022";

/**
 * The sample with the first indikator of TW IV stating its capaian the negatif way, (2T − R)/T, as an office does
 * for "Angka Kematian Ibu": the cell keeps its format, only its figure changes.
 */
async function negatifSample(): Promise<{ grids: Grid[]; ind: Indikator; negatif: Decimal }> {
  const grids = (await sampleGrids()).filter((g) => g.name === SHEET);
  const model = recognise(grids[0]).model!;
  if (!isPengukuranKinerja(model)) throw new Error("not a Pengukuran Kinerja sheet");
  const ind = model.tujuan[0].sasaran[0].indikator[0];
  const target = ind.target[3]!.value;
  const negatif = capaianKinerja(ind.realisasi!.value, target, "negatif").toDecimalPlaces(2);
  const at = ind.capaian!.cell.match(/^([A-Z]+)(\d+)$/)!;
  const cell = grids[0].cells[Number(at[2]) - 1][at[1].charCodeAt(0) - 65]!;
  cell.value = cell.numFmt?.includes("%") ? negatif.div(100).toNumber() : negatif.toNumber();
  return { grids, ind, negatif };
}

const capaianFindings = (grids: Grid[]) =>
  analyseWorkbook(grids).findings.filter((f) => f.rule === "capaian-kinerja-mismatch");

describe("polaritas: the officer's in Data Pendukung, else the one the sheet's stated capaian follows", () => {
  it("a capaian stated by (2T − R)/T is not a mismatch, and Data Pendukung is prefilled negatif", async () => {
    const { grids } = await negatifSample();
    expect(capaianFindings(grids)).toEqual([]);
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    const dp = result.specs.find((s) => s.kind === "data-pendukung")!;
    const polaritasCol = INDIKATOR_ORDER.indexOf("polaritas");
    const first = dp.cells.find((c) => c.row === DATA_PENDUKUNG_HEADER_ROW + 1 && c.col === polaritasCol);
    expect(first?.cell.value).toBe("negatif");
    const others = dp.cells.filter((c) => c.row > DATA_PENDUKUNG_HEADER_ROW + 1 && c.col === polaritasCol);
    expect(others.map((c) => c.cell.value)).toContain("positif");
    // Tabel 3.1 computes the capaian the same way, with the negatif formula.
    const ss1 = sheet(result.specs, "LKjIP SS I");
    const capaian = ss1.cells.find((c) => c.row === table(ss1, "3.1").firstData && c.col === 4)!.cell;
    expect(capaian.formula).toMatch(/^IF\([A-Z]+\d+=0,"",\(2\*/);
  });

  it("the polaritas the officer writes in Data Pendukung is the one checked, by validate and in the tables alike", async () => {
    const { grids, negatif } = await negatifSample();
    const first = generateLkjip(grids);
    if (!first.source) throw new Error("no source");
    const dp = specToGrid(first.specs.find((s) => s.kind === "data-pendukung")!);
    const polaritasCol = INDIKATOR_ORDER.indexOf("polaritas");
    dp.cells[DATA_PENDUKUNG_HEADER_ROW + 1][polaritasCol]!.value = "positif";
    const found = capaianFindings([...grids, dp]);
    expect(found).toEqual([
      expect.objectContaining({
        actual: negatif.toNumber(),
        params: expect.objectContaining({ polaritas: "positif" }),
      }),
    ]);
    // And the other way round: negatif written for an indikator whose capaian the sheet states R/T.
    const plain = (await sampleGrids()).filter((g) => g.name === SHEET);
    const plainRun = generateLkjip(plain);
    if (!plainRun.source) throw new Error("no source");
    const plainDp = specToGrid(plainRun.specs.find((s) => s.kind === "data-pendukung")!);
    plainDp.cells[DATA_PENDUKUNG_HEADER_ROW + 1][polaritasCol]!.value = "negatif";
    expect(capaianFindings([...plain, plainDp])).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ polaritas: "negatif" }) }),
    ]);
    const again = generateLkjip([...grids, dp]);
    if (!again.source) throw new Error("no source");
    const ss1 = sheet(again.specs, "LKjIP SS I");
    const capaian = ss1.cells.find((c) => c.row === table(ss1, "3.1").firstData && c.col === 4)!.cell;
    expect(capaian.formula).not.toContain("2*");
  });
});
