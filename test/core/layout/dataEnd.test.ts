import path from "node:path";
import { Grid } from "../../../src/core/grid/grid";
import { analyseWorkbook } from "../../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { budgetNodes } from "../../../src/core/validation/modelAccess";
import { gridsOf } from "../../file/gridsOf";

const SAMPLE = path.join(__dirname, "../../../assets/samples/pengukuran-kinerja-2022.xlsx");

/** The sample's TW IV sheet with its signature's place-and-date line (P48) typed as a real date. */
async function withDateInSignature(): Promise<{ plain: Grid; dated: Grid }> {
  const [, plain] = await gridsOf(SAMPLE);
  const cells = plain.cells.map((row) => (row ? [...row] : row));
  cells[47] = [...(cells[47] ?? [])];
  cells[47][15] = { value: 44941, numFmt: "dd mmmm yyyy" };
  return { plain, dated: { ...plain, cells } };
}

describe("the end of the table's data", () => {
  it("a signature line holding a real date is no budget row (read as a nameless sub kegiatan before)", async () => {
    const { plain, dated } = await withDateInSignature();
    const read = (grid: Grid) => {
      const analysis = analyseWorkbook([grid]);
      const model = analysis.models[0] as PengukuranKinerjaModel;
      return { nodes: budgetNodes(model).length, findings: analysis.findings.map((f) => `${f.rule} ${f.cell}`) };
    };
    const before = read(plain);
    const after = read(dated);
    expect(after.nodes).toBe(before.nodes);
    expect(after.findings).toEqual(before.findings);
  });

  it("a date typed where a figure belongs, in a row with its name, is still read and said", async () => {
    const [, grid] = await gridsOf(SAMPLE);
    const cells = grid.cells.map((row) => (row ? [...row] : row));
    // The last sub kegiatan's realisasi (row 46) typed as `4/5`, which Excel turned into a date.
    cells[45] = [...(cells[45] ?? [])];
    cells[45][18] = { value: 45051, numFmt: "d/m/yyyy" };
    const findings = analyseWorkbook([{ ...grid, cells }]).findings;
    expect(findings.filter((f) => f.rule === "date-in-amount").map((f) => f.cell)).toEqual(["S46"]);
  });
});
