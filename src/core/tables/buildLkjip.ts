import { fitNumberColumns } from "./numberWidths";
import { DataPendukung } from "../model/dataPendukung";
import { PengukuranKinerjaModel } from "../model/types";
import { SKALA_PREDIKAT } from "../formulas";
import { Finding } from "../model/finding";
import { Lang } from "../numbers/format";
import { SheetSpec } from "./sheetSpec";
import { buildBabII } from "./babII";
import { buildHasilPemeriksaan } from "./hasilPemeriksaan";
import { buildContext, DEFAULT_LKJIP_OPTIONS, LkjipOptions } from "./lkjipContext";
import { buildRealisasiAnggaran } from "./realisasiAnggaran";
import { buildSasaranSheet, SASARAN_TABLES } from "./sasaranSheet";
import { tahunDataPendukung } from "./dataPendukungReader";
import { LkjipSource } from "./fromEvaluasiRenja";

export type { LkjipOptions } from "./lkjipContext";
export { DEFAULT_LKJIP_OPTIONS } from "./lkjipContext";

/**
 * The LKjIP sheets for one recognised sheet (a Pengukuran Kinerja sheet, or an Evaluasi Renja one through
 * fromEvaluasiRenja): Bab II, one Bab III sheet per sasaran (tables
 * numbered 3.1, 3.2… across sasaran), Realisasi Anggaran (the last table number), and Hasil Pemeriksaan.
 */
export function buildLkjipSheets(input: {
  model: PengukuranKinerjaModel;
  /** The source seen through fromEvaluasiRenja, when the sheet is an Evaluasi Renja one (its view is `model`). */
  source?: LkjipSource;
  findings: Finding[];
  dataPendukung: DataPendukung | null;
  options?: Partial<LkjipOptions>;
  /** The language of the Hasil Pemeriksaan sheet; the LKjIP tables themselves are in Bahasa Indonesia. */
  lang?: Lang;
}): SheetSpec[] {
  const options: LkjipOptions = { ...DEFAULT_LKJIP_OPTIONS, ...definedOnly(input.options ?? {}) };
  checkOptions(options);
  const ctx = buildContext(
    input.source ?? input.model,
    input.dataPendukung,
    options,
    tahunDataPendukung(input.dataPendukung),
  );
  const specs: SheetSpec[] = [buildBabII(ctx)];
  let nomor = 1;
  for (const s of ctx.sasaran) {
    specs.push(buildSasaranSheet(ctx, s, nomor));
    nomor += SASARAN_TABLES.length;
  }
  specs.push(buildRealisasiAnggaran(ctx, nomor));
  specs.push(buildHasilPemeriksaan(input.findings, input.model.sheet, input.lang ?? "id"));
  return specs.map(fitNumberColumns);
}

function definedOnly<T extends object>(o: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Options usually come from a command line or a settings sheet: say plainly which value is wrong. */
function checkOptions(o: LkjipOptions): void {
  if (o.efisiensi !== "rasio" && o.efisiensi !== "pmk") {
    throw new Error(`Pilihan efisiensi tidak dikenal: ${String(o.efisiensi)} (pilih rasio atau pmk).`);
  }
  if (!Object.prototype.hasOwnProperty.call(SKALA_PREDIKAT, o.skalaPredikat)) {
    throw new Error(
      `Skala predikat tidak dikenal: ${String(o.skalaPredikat)} (pilih ${Object.keys(SKALA_PREDIKAT).join(" atau ")}).`,
    );
  }
}
