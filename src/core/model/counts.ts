import { ErNode, EvaluasiRenjaModel } from "./evaluasiRenja";
import { SheetModel } from "./sheetModel";

export interface ModelCounts {
  /** Urusan and bidang urusan rows: only an Evaluasi Renja sheet has them. */
  urusan?: number;
  bidang?: number;
  tujuan: number;
  sasaran: number;
  indikator: number;
  program: number;
  kegiatan: number;
  subKegiatan: number;
}

/** How many of each node the recognised sheet holds, as the task pane and the CLI show them. */
export function countModel(model: SheetModel): ModelCounts {
  if (model.layout === "evaluasi-renja") return countEvaluasiRenja(model);
  const counts: ModelCounts = { tujuan: 0, sasaran: 0, indikator: 0, program: 0, kegiatan: 0, subKegiatan: 0 };
  for (const tujuan of model.tujuan) {
    counts.tujuan++;
    for (const sasaran of tujuan.sasaran) {
      counts.sasaran++;
      counts.indikator += sasaran.indikator.length;
      for (const program of sasaran.program) {
        counts.program++;
        for (const kegiatan of program.kegiatan) {
          counts.kegiatan++;
          counts.subKegiatan += kegiatan.subKegiatan.length;
        }
      }
    }
  }
  return counts;
}

/** Tujuan and Sasaran PD once each; indikator of the sasaran and of every node; each level of the budget tree. */
function countEvaluasiRenja(model: EvaluasiRenjaModel): ModelCounts {
  const sasaran = [...model.tujuan.flatMap((t) => t.sasaran), ...model.sasaran];
  const counts: ModelCounts = {
    urusan: 0,
    bidang: 0,
    tujuan: model.tujuan.length,
    sasaran: sasaran.length,
    indikator: sasaran.reduce((n, s) => n + s.indikator.length, 0),
    program: 0,
    kegiatan: 0,
    subKegiatan: 0,
  };
  const visit = (node: ErNode): void => {
    counts[node.level] = (counts[node.level] ?? 0) + 1;
    counts.indikator += node.indikator.length;
    if (node.level === "urusan") [...node.bidang, ...node.program].forEach(visit);
    else if (node.level === "bidang") node.program.forEach(visit);
    else if (node.level === "program") node.kegiatan.forEach(visit);
    else if (node.level === "kegiatan") node.subKegiatan.forEach(visit);
  };
  [...model.urusan, ...model.bidang, ...model.program].forEach(visit);
  return counts;
}
