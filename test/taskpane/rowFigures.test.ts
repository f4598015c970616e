import { readFileSync } from "node:fs";
import path from "node:path";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { analyseWorkbook } from "../../src/core/pipeline";
import { rowFigures } from "../../src/taskpane/findings/rowFigures";
import { budgetNodes } from "../../src/core/validation/modelAccess";

const ER_SAMPLE = path.join(__dirname, "../../assets/samples/evaluasi-renja-2022.xlsx");

describe("row figures on the web page", () => {
  it("an Evaluasi Renja budget row shows its form's Rp columns, never an anggaran kas or capaian it has not", async () => {
    const wb = await FileWorkbook.fromBuffer(readFileSync(ER_SAMPLE), "evaluasi-renja-2022.xlsx");
    const grids = wb.sourceSheetNames().map((n) => wb.grid(n));
    const model = analyseWorkbook(grids).models[0];
    const grid = grids.find((g) => g.name === model.sheet);
    const program = budgetNodes(model).find(({ node }) => node.level === "program")!.node;
    const [figures] = rowFigures(model, grid, program.row + 1).filter((f) => f.kind !== "indikator");
    expect(figures.kind).toBe("budget-er");
    if (figures.kind !== "budget-er") return;
    expect(figures.name).toBe(program.name);
    expect(figures.targetRenja).toEqual({ kind: "number", value: program.pagu!.value.toNumber() });
    expect(figures.triwulan).toHaveLength(4);
    expect(figures.triwulan.some((f) => f.kind === "number")).toBe(true);
    expect(figures.realisasi).toEqual({ kind: "number", value: program.realisasi!.value.toNumber() });
    expect(Object.keys(figures)).not.toContain("kas");
  });
});
