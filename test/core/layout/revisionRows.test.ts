/**
 * A budget's revision written on the rows under its row (`Perubahan`, `Murni`), as some offices keep a sheet after the
 * APBD Perubahan: the row's figures after the revision, no budget rows of their own (hierarchy.ts, revises).
 */
import { analyseWorkbook } from "../../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { countModel } from "../../../src/core/model/counts";
import { indikatorSheet, Value } from "../tables/indikatorSheet";

const KINERJA: Value[] = ["Meningkatnya akuntabilitas", "Persentase layanan", 20, 40, 60, 80, 82, 102.5];
const blank: Value[] = ["", "", "", "", "", "", "", ""];

function read(budget: Value[][]) {
  const analysis = analyseWorkbook([indikatorSheet(budget.map((b, i) => [...(i === 0 ? KINERJA : blank), ...b]))]);
  const model = analysis.models[0] as PengukuranKinerjaModel;
  const subs = model.tujuan[0].sasaran[0].program.flatMap((p) => p.kegiatan).flatMap((k) => k.subKegiatan);
  return { analysis, model, subs };
}

test("a name alone over `Murni` and `Setelah Perubahan` lines: the sub kegiatan takes the revised figures", () => {
  const { analysis, model, subs } = read([
    ["5.01.01 PROGRAM PENUNJANG", 3000, 2800],
    ["5.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi", 3000, 2800],
    ["5.01.01.2.01.0001 Penyusunan Dokumen Perencanaan", "", ""],
    ["Murni", 2500, ""],
    ["Setelah Perubahan", 2000, 1900],
    ["5.01.01.2.01.0002 Koordinasi dan Penyusunan RKA-SKPD", 1000, 900],
  ]);
  expect(countModel(model)).toMatchObject({ program: 1, kegiatan: 1, subKegiatan: 2 });
  expect(subs.map((s) => [s.name, s.pagu?.value.toNumber(), s.pagu?.cell])).toEqual([
    ["Penyusunan Dokumen Perencanaan", 2000, "J9"],
    ["Koordinasi dan Penyusunan RKA-SKPD", 1000, "J10"],
  ]);
  expect(analysis.findings.map((f) => [f.severity, f.messageKey, f.cell])).toEqual([
    ["info", "level-uncertain.perubahan", "I8"],
  ]);
});

test("`Perubahan` with a code, or not under a budget row, is no revision line", () => {
  const { subs } = read([
    ["5.01.01 PROGRAM PENUNJANG", 3000, 2800],
    ["5.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi", 3000, 2800],
    ["5.01.01.2.01.0001 Penyusunan Dokumen Perubahan", 2000, 1900],
    ["5.01.01.2.01.0002 Perubahan", 1000, 900],
  ]);
  expect(subs.map((s) => s.name)).toEqual(["Penyusunan Dokumen Perubahan", "Perubahan"]);
});
