/**
 * Evaluasi Renja forms of the round-14 probe (test/fixtures/er-probe14): correct forms the engine had misread or
 * over-reported. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { EvaluasiRenjaModel, ErProgram } from "../../src/core/model/evaluasiRenja";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe14");

async function analyse(file: string) {
  const grids = await gridsOf(path.join(DIR, file));
  const analysis = analyseWorkbook(grids);
  return { grids, model: analysis.models[0] as EvaluasiRenjaModel, findings: analysis.findings };
}

function programsOf(m: EvaluasiRenjaModel): ErProgram[] {
  return [
    ...m.program,
    ...m.urusan.flatMap((u) => [...u.program, ...u.bidang.flatMap((b) => b.program)]),
    ...m.bidang.flatMap((b) => b.program),
  ];
}

describe("a form with Rp before K in every group, (15) headed `Rp (%)` | `K (%)`", () => {
  it("reads (15) by its labels: no tingkat capaian is called wrong", async () => {
    const { model, findings } = await analyse("er14-01-dinkes-rp-sebelum-k.xlsx");
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    const program = programsOf(model).find((p) => p.cell === "E10")!;
    expect(program.tingkatCapaian?.value.toNumber()).toBe(73.46);
    expect(program.indikator[0].tingkatCapaian?.value.toNumber()).toBe(87.24);
  });
});

describe("a program whose two kegiatan lie in two Sasaran PD blocks", () => {
  it("is printed as a part in each sasaran's Alokasi, with the program's whole pagu beside it", async () => {
    const { grids, findings } = await analyse("er14-03-dinkes-multi-urusan.xlsx");
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    const result = generateLkjip(grids);
    if (!result.source) throw new Error("no source");
    const name = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT";
    const parts = result.specs
      .filter((s) => s.name.startsWith("LKjIP SS"))
      .flatMap((s) => s.cells.filter((c) => c.cell.value === `${name} (sebagian)`).map((c) => ({ s, row: c.row })));
    expect(parts).toHaveLength(2);
    for (const { s, row } of parts) {
      const texts = s.cells.filter((c) => c.row === row).map((c) => String(c.cell.value ?? ""));
      expect(texts.some((t) => /melayani lebih dari satu sasaran.*dari pagu program Rp 1\.720\.440\.800/.test(t))).toBe(
        true,
      );
    }
    const babII = result.specs.find((s) => s.name === "LKjIP Bab II")!;
    const row = babII.cells.find((c) => c.cell.value === name)!.row;
    expect(babII.cells.filter((c) => c.row === row).map((c) => c.cell.value)).toContain(1720440800);
  });
});

describe("Rp only on program and kegiatan rows, sub kegiatan rows with their indikator only", () => {
  it("is said once, not as two missing figures per sub kegiatan", async () => {
    const { findings } = await analyse("er14-10-pupr-rp-hanya-kegiatan.xlsx");
    expect(findings.filter((f) => f.severity !== "info").map((f) => [f.messageKey, f.cell])).toEqual([
      ["missing-value.sub-kegiatan-rp", "M12"],
    ]);
  });
});
