import path from "node:path";
import { analyseWorkbook } from "../../src/core/pipeline";
import { PengukuranKinerjaModel } from "../../src/core/model/types";
import { gridsOf } from "../file/gridsOf";

/**
 * A Pengukuran Kinerja probe workbook (test/fixtures/<folder>/<file>) analysed: its model, the findings above info,
 * and the total pagu and realisasi of its programs (BELANJA DAERAH).
 */
export async function readPkProbe(folder: string, file: string) {
  const analysis = analyseWorkbook(await gridsOf(path.join(__dirname, "..", "fixtures", folder, file)));
  const model = analysis.models[0] as PengukuranKinerjaModel;
  const programs = model.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.program));
  const sum = (pick: (p: (typeof programs)[number]) => { value: { toNumber(): number } } | null) =>
    programs.reduce((n, p) => n + (pick(p)?.value.toNumber() ?? 0), 0);
  const serious = analysis.findings.filter((f) => f.severity !== "info");
  return { analysis, model, serious, pagu: sum((p) => p.pagu), realisasi: sum((p) => p.realisasi) };
}
