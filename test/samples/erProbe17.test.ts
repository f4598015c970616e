/**
 * Evaluasi Renja forms of the round-17 probe (test/fixtures/er-probe17): correct forms the engine had misread or
 * refused. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { columnLetters } from "../../src/core/grid/address";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe17");

async function read(file: string) {
  const grids = await gridsOf(path.join(DIR, file));
  const analysis = analyseWorkbook(grids);
  const model = analysis.models[0] as EvaluasiRenjaModel;
  if (!model) throw new Error(`${file} not recognised: ${JSON.stringify(analysis.skipped)}`);
  return { grids, analysis, model };
}

const letter = (col: number | undefined) => (col === undefined ? undefined : columnLetters(col));

describe("Tabel T-C.29 wording (Permendagri 54/2010)", () => {
  it("`Realisasi Target Kinerja … s/d dengan Renja SKPD Tahun Lalu` is the realisasi up to last year (7), not the year's (13)", async () => {
    const { model, analysis } = await read("iso10f-tc29-polos.xlsx");
    expect([letter(model.columns.realisasiRenstraRp), letter(model.columns.realisasiRp)]).toEqual(["K", "W"]);
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("(6) and (7) under one title over `Target Tahun 2026` / `Realisasi s/d 2023`: each sub title says which", async () => {
    const { model, analysis, grids } = await read("er17-10-kominfo-tc29-renstra-gabung.xlsx");
    expect(
      ["targetRenstraK", "targetRenstraRp", "realisasiRenstraK", "realisasiRenstraRp"].map((k) =>
        letter(model.columns[k as keyof typeof model.columns]),
      ),
    ).toEqual(["H", "I", "J", "K"]);
    expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
    // Tabel 3.3: target akhir Renstra 100, realisasi s.d. 2023 60,97, s.d. 2024 84,12.
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    const printed = result.specs.flatMap((s) => s.cells.map((c) => c.cell.value));
    expect(printed).toEqual(expect.arrayContaining([60.97]));
  });
});

it("a names title that begins `Kode dan Urusan/Bidang …` is the names column, each name after its code", async () => {
  const { model, analysis } = await read("er17-04-dinkes-kode-dalam-nama.xlsx");
  expect(letter(model.columns.uraian)).toBe("D");
  expect(countModel(model)).toMatchObject({ program: 3, kegiatan: 6, subKegiatan: 10 });
  expect(model.program[0].kode).toBe("1.02.01");
  expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

it("level words on the unit row under a names title merged over four columns are header, not an urusan", async () => {
  const { model, analysis } = await read("er17-12-dinkes-nama-kolom-per-level.xlsx");
  expect(model.headerRows).toEqual([5, 8]);
  expect(countModel(model)).toMatchObject({ urusan: 1, program: 3, kegiatan: 6, subKegiatan: 10, indikator: 19 });
  expect(analysis.findings.filter((f) => f.severity !== "info")).toEqual([]);
});
