/**
 * Pengukuran Kinerja sheets of the round-22 probe (test/fixtures/pk-probe22); misread before the fix each test names.
 */
import path from "node:path";
import { generateLkjip } from "../../src/core/pipeline";
import { gridsOf } from "../file/gridsOf";
import { readPkProbe } from "./pkProbeRead";

const read = (file: string) => readPkProbe("pk-probe22", file);
const fixture = (file: string) => path.join(__dirname, "..", "fixtures", "pk-probe22", file);

describe("what the sheet says of an indikator's polaritas comes before what its stated capaian fits", () => {
  it("a Keterangan 'Semakin kecil semakin baik' makes the indikator negatif: the correct sheet has no finding", async () => {
    const { model, analysis } = await read("P04-rsud-blud-negatif-ket.xlsx");
    const indikator = model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator));
    expect(indikator.filter((i) => i.polaritas === "negatif").map((i) => i.cell)).toEqual(["D8", "D10"]);
    expect(analysis.findings).toEqual([]);
  });

  it.each([
    // The Keterangan says it (the stated 81,6 = R/T had decided the polaritas, and so its own check).
    "P04b-rsud-capaian-negatif-salah.xlsx",
    // No Keterangan, the target written `≤ 25`.
    "D04a-ndr-target-le-capaian-salah.xlsx",
  ])("%s: an NDR capaian worked out as R/T is found (accepted before)", async (file) => {
    const { serious } = await read(file);
    expect(serious.map((f) => [f.rule, f.cell, f.expected?.toString(), f.actual?.toString()])).toEqual([
      ["capaian-kinerja-mismatch", "K8", "118.4", "81.6"],
    ]);
    expect(serious[0].message).toContain("polaritas negatif");
  });
});

it("a SATUAN column gives each indikator its satuan, prefilled in Data Pendukung (left empty before)", async () => {
  const { model } = await read("P01-kecamatan-satuan-kolom-kode.xlsx");
  const indikator = model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator));
  expect(indikator.map((i) => i.satuan)).toEqual(["nilai", "%", "%", "kelurahan"]);
  const result = generateLkjip(await gridsOf(fixture("P01-kecamatan-satuan-kolom-kode.xlsx")));
  if (result.source === null) throw new Error("no table");
  const dp = result.specs.find((s) => s.kind === "data-pendukung");
  const written = dp?.cells.map((c) => c.cell.value) ?? [];
  expect(written).toEqual(expect.arrayContaining(["nilai", "%", "kelurahan"]));
});
