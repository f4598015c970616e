/**
 * Evaluasi Renja layout variants of the round-33 probe (test/fixtures/er-probe33). Each test fails on the engine
 * before the fix it names.
 */
import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { EvaluasiRenjaModel } from "../../src/core/model/evaluasiRenja";
import { countModel } from "../../src/core/model/counts";
import { gridsOf } from "../file/gridsOf";
import { describeSkipped } from "../../src/cli/commands/openSource";

const DIR = path.join(__dirname, "..", "fixtures", "er-probe33");

async function read(file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, file)));
  const model = analysis.models[0] as EvaluasiRenjaModel | undefined;
  const shown = analysis.findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule}`);
  return { analysis, model, shown };
}

it("K columns in one block titled `CAPAIAN KINERJA (K)` and Rp in another are read by the block's unit (er33 D1)", async () => {
  const { model, shown } = await read("er33-a-dishub-kblok-rpblok.xlsx");
  // Before: the K columns were read as rupiah (a program's pagu Rp 90), 4 false errors, both planted ones missed.
  expect(model?.program[0].pagu?.value.toString()).toBe("4500750000");
  expect(shown).toEqual(["R11 pagu-vs-children", "X20 renstra-total-mismatch"]);
});

it("a crowded header with `Real. TW` over the quarters is read (er33 D3: the form was refused)", async () => {
  const { model, shown } = await read("er33-e-dinkes-provinsi-singkatan.xlsx");
  expect(model?.layout).toBe("evaluasi-renja");
  expect(shown).toEqual(expect.arrayContaining(["U22 realisasi-over-pagu", "W23 renstra-total-mismatch"]));
  expect(shown.some((s) => s.startsWith("X12 "))).toBe(true);
});

it("`(dalam juta rupiah)` states millions (er33 D2)", async () => {
  const { model, analysis } = await read("er33-g-dishub-juta-rupiah.xlsx");
  expect(model?.rupiahUnit?.factor).toBe(1_000_000);
  const over = analysis.findings.find((f) => f.cell === "U13")!;
  expect(over.message).toBe("Realisasi di U13 (Rp 100.000.000) melebihi pagu (Rp 96.750.000); selisih Rp 3.250.000.");
});

it("column numbers typed as `1 | 2 | … | 17` in one merged cell are no program (er33 D4)", async () => {
  const { model, shown } = await read("iso33-n1-nomor-satu-sel-pipa.xlsx");
  const counts = countModel(model!);
  expect([counts.program, counts.indikator]).toEqual([2, 12]);
  expect(shown).toEqual([]);
});

it("a form without column (8) is told only what the Evaluasi Renja form lacks, not the Pengukuran Kinerja titles (er33 D5)", async () => {
  const analysis = analyseWorkbook(await gridsOf(path.join(DIR, "er33-i-dishub-tanpa-kolom-8.xlsx")));
  expect(analysis.models).toEqual([]);
  expect(analysis.skipped[0].closerTo).toBe("evaluasi-renja");
  expect(describeSkipped(analysis.skipped[0])).toBe(
    '  Lembar "Evaluasi Renja" tampak seperti tabel Evaluasi Renja, tetapi judul kolom ini tidak ditemukan: TARGET KINERJA DAN ANGGARAN RENJA',
  );
});
