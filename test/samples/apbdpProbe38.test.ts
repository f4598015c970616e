/**
 * Pengukuran Kinerja sheets after the APBD Perubahan (test/fixtures/pk-apbdp38): the plan as first set (`MURNI`,
 * `AWAL`, `SEBELUM PERUBAHAN`) beside its revision. Each test fails on the engine before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-apbdp38");

async function read(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const model = analysis.models[0] as PengukuranKinerjaModel;
  const rules = analysis.findings.filter((f) => f.severity === "error").map((f) => `${f.cell} ${f.rule}`);
  return { model, rules, findings: analysis.findings };
}

test.each(["apbdp38-kas-murni-dan-perubahan.xlsx", "apbdp38-kas-sebelum-setelah.xlsx"])(
  "%s: the anggaran kas after the revision is read, not the first group (apbdp38 D2: 6 false kas-vs-pagu errors, the planted one with the murni amount)",
  async (file) => {
    const { model, rules, findings } = await read(file);
    // O–R murni, S–V perubahan.
    expect([model.columns.kas1, model.columns.kas4]).toEqual([18, 21]);
    expect(rules.sort()).toEqual(
      [
        "N12 kas-vs-pagu",
        "N9 kas-vs-pagu",
        "N9 pagu-vs-children",
        "W16 realisasi-over-pagu",
        "W17 realisasi-over-pagu",
        "W18 realisasi-over-pagu",
      ].sort(),
    );
    const n12 = findings.find((f) => f.cell === "N12")!;
    expect(n12.message).toContain("(Rp 1.100.000.000)");
    expect(n12.message).toContain("selisih Rp 20.000.000");
  },
);

test.each(["apbdp38-target-awal-perubahan.xlsx", "apbdp38-target-dua-kolom.xlsx"])(
  "%s: the revised target is the year's, the first one passed over (apbdp38 D3: no target was read, the tables left target, capaian and predikat empty)",
  async (file) => {
    const { model, findings } = await read(file);
    const indikator = model.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.indikator);
    expect(indikator.map((i) => i.target[3]?.value.toNumber())).toEqual([85, 72]);
    expect(findings.filter((f) => f.rule === "capaian-kinerja-mismatch" || f.rule === "missing-value")).toEqual([]);
  },
);

test("a sub kegiatan's revision on the row under it (`Perubahan`, no code) gives that sub kegiatan its figures, and is no sub kegiatan of its own (apbdp38 D1: 13 sub kegiatan for 7, 25 false errors, the murni pagu printed)", async () => {
  const { model, rules, findings } = await read("apbdp38-baris-perubahan.xlsx");
  const subs = model.tujuan
    .flatMap((t) => t.sasaran)
    .flatMap((s) => s.program)
    .flatMap((p) => p.kegiatan)
    .flatMap((k) => k.subKegiatan);
  expect(subs.map((s) => s.name)).not.toContain("Perubahan");
  expect(subs).toHaveLength(7);
  const rambu = subs.find((s) => s.kode === "2.15.02.2.02.0001")!;
  expect([rambu.pagu?.value.toNumber(), rambu.pagu?.cell, rambu.realisasi?.cell]).toEqual([
    1_120_000_000,
    "M14",
    "R14",
  ]);
  expect(rambu.anggaranKas.map((k) => k?.cell)).toEqual(["N14", "O14", "P14", "Q14"]);
  expect(rules.sort()).toEqual(["M23 kas-vs-pagu", "M23 pagu-vs-children", "R25 realisasi-over-pagu"]);
  expect(findings.find((f) => f.rule === "pagu-vs-children")!.message).toContain("(Rp 298.400.000)");
  expect(findings.filter((f) => f.messageKey === "level-uncertain.perubahan").map((f) => f.cell)).toEqual(["L11"]);
  expect(findings.filter((f) => f.rule === "missing-value")).toEqual([]);
});
