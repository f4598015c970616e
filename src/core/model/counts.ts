import { SheetModel } from "./types";

export interface ModelCounts {
  tujuan: number;
  sasaran: number;
  indikator: number;
  program: number;
  kegiatan: number;
  subKegiatan: number;
}

/** How many of each node the recognised sheet holds, as the task pane and the CLI show them. */
export function countModel(model: SheetModel): ModelCounts {
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
