import path from "node:path";
import { generateLkjip } from "../../../src/core/pipeline";
import { gridsOf } from "../../file/gridsOf";

const SAMPLES = path.join(__dirname, "..", "..", "..", "assets", "samples");

async function tableFindings(file: string) {
  const result = generateLkjip(await gridsOf(path.join(SAMPLES, file)));
  if (result.source === null) throw new Error(`${file}: no source`);
  return result;
}

describe("Tabel 2.1 and 2.2 from a source that names no tujuan", () => {
  it("an Evaluasi Renja export without its Tujuan PD column: the empty TUJUAN cell is said once, with its sasaran", async () => {
    const result = await tableFindings("evaluasi-renja-2022-ekspor.xlsx");
    const said = result.tableFindings.filter((f) => f.messageKey === "table-cell-empty.no-tujuan");
    expect(said).toHaveLength(1);
    expect(said[0].message).toMatch(/^Tabel 2\.1, 2\.2: kolom Tujuan dibiarkan kosong untuk "Meningkatnya /);
    expect(said[0].message).toMatch(
      /tidak menyebut tujuannya \(bentuk tanpa kolom Tujuan PD; sasaran di sel B\d+\)\.$/,
    );
    // Beside the table, for whoever fills it in: a note right of the printed area.
    const babII = result.specs.find((s) => s.name === "LKjIP Bab II")!;
    expect(babII.cells.some(({ cell }) => String(cell.value).includes("tidak menyebut tujuan sasaran ini"))).toBe(true);
  });

  it("a source that names its tujuan gets no such note", async () => {
    for (const file of ["pengukuran-kinerja-2022.xlsx", "evaluasi-renja-2022.xlsx"]) {
      const result = await tableFindings(file);
      expect(result.tableFindings.filter((f) => f.messageKey === "table-cell-empty.no-tujuan")).toEqual([]);
    }
  });
});
