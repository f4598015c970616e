/**
 * Pengukuran Kinerja sheets in e-SAKIP export layouts (test/fixtures/pk-esakip36): a `Kode` column holding the
 * indikator's code (`IKU 1.1`) left of the indikator is no budget column. Each test fails on the engine before the
 * fix it names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { gridsOf } from "../file/gridsOf";

const DIR = path.join(__dirname, "..", "fixtures", "pk-esakip36");

async function read(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const said = analysis.findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule}`);
  return { model: analysis.models[0] as PengukuranKinerjaModel, said };
}

test.each([
  ["esakip36-kode-iku.xlsx", ["Q9 capaian-kinerja-mismatch"]],
  ["esakip36-kode-iku-teks.xlsx", ["U14 total-row-mismatch", "R10 capaian-kinerja-mismatch"]],
  [
    "esakip36-kode-iku-kode-rekening.xlsx",
    ["U11 pagu-vs-children", "V16 realisasi-over-pagu", "V17 realisasi-over-pagu"],
  ],
])(
  "%s: the indikator keep their realisasi, and the planted errors alone are found (esakip36 F1)",
  async (file, planted) => {
    const { model, said } = await read(file);
    expect(said.sort()).toEqual([...planted].sort());
    const indikator = model.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.indikator);
    expect(indikator.length).toBeGreaterThan(0);
    expect(indikator.filter((i) => i.realisasi !== null).length).toBeGreaterThan(0);
  },
);

test("a capaian stated T/R for an indikator nothing says is lower-is-better is said, with R/T's figure (esakip36 F2: a missed target printed 103,45% Sangat Tinggi, silently)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "esakip36-capaian-t-per-r.xlsx")));
  const q6 = analysis.findings.filter((f) => f.cell === "Q6");
  expect(q6.map((f) => f.messageKey)).toEqual(["capaian-kinerja-mismatch.polaritas-capaian"]);
  expect(q6[0].message).toContain("(103,45%)");
  expect(q6[0].message).toContain("capaiannya 96,67%");
});

test("`Rencana Aksi` over TW I … TW IV beside `Target 2023`: the quarters' actions, the year's target read (esakip36 F3: twenty action texts were unreadable targets, the planted errors missed)", async () => {
  const { model, said } = await read("esakip36-rencana-aksi-teks.ods");
  expect(said.sort()).toEqual(["J9 capaian-kinerja-mismatch", "M12 realisasi-over-pagu"]);
  const indikator = model.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.indikator);
  expect(indikator.map((i) => i.target[3]?.value.toNumber())).toEqual([3, 90, 85, 80, 100]);
});
