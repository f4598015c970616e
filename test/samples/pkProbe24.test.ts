/**
 * Pengukuran Kinerja sheets of the round-24 probe (test/fixtures/pk-probe24); misread before the fix each test names.
 */
import { generateLkjip } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";
import path from "node:path";
import { readPkProbe } from "./pkProbeRead";

const read = (file: string) => readPkProbe("pk-probe24", file);

it.each(["v13_recap_below.xlsx", "v28_recap_program_below.xlsx"])(
  "%s: a recap table under the sheet's, with a header of its own, is no part of it (read as more tujuan before)",
  async (file) => {
    const { model, serious } = await read(file);
    const sasaran = model.tujuan.flatMap((t) => t.sasaran);
    expect([model.tujuan.length, sasaran.length, sasaran.flatMap((s) => s.indikator).length]).toEqual([1, 2, 3]);
    expect(serious).toEqual([]);
    const result = generateLkjip(await gridsOf(path.join(__dirname, "..", "fixtures", "pk-probe24", file)));
    if (result.source === null) throw new Error("no table");
    expect(result.specs.map((s) => s.name).filter((n) => n.startsWith("LKjIP SS"))).toEqual([
      "LKjIP SS I",
      "LKjIP SS II",
    ]);
  },
);

it("months a formula left with fractions add up to their kegiatan to the sen: no false error, no noise in the words", async () => {
  const { serious } = await read("v08_monthly.xlsx");
  expect(serious.map((f) => [f.rule, f.cell])).toEqual([["capaian-anggaran-mismatch", "AB13"]]);
  expect(serious[0].message).toContain("(Rp 50.000.000 ÷ Rp 80.000.000 = 63%)");
});
