import { DataPendukung, DATA_PENDUKUNG_SHEET } from "../model/dataPendukung";
import { PengukuranKinerjaModel } from "../model/types";
import { SKALA_PREDIKAT } from "../formulas";
import { Finding } from "../model/finding";
import { Lang } from "../numbers/format";
import { FIRST_PAGE, GeneratedKind, SheetSpec } from "./sheetSpec";
import { buildBabII } from "./babII";
import { buildHasilPemeriksaan } from "./hasilPemeriksaan";
import { buildContext, DEFAULT_LKJIP_OPTIONS, LkjipOptions, tahunLabel } from "./lkjipContext";
import { buildRealisasiAnggaran } from "./realisasiAnggaran";
import { buildSasaranSheets, SASARAN_TABLES } from "./sasaranSheet";
import { tahunDataPendukung } from "./dataPendukungReader";
import { gapFindings, TableGap } from "./tableGaps";
import { pageFooter } from "./pageFooter";
import { footerOffice } from "./titleBlock";
import { LkjipSource } from "./lkjipSource";
import { AppendedCells } from "./dataPendukungTemplate";
import { DataPendukungMatch } from "./dataPendukungMatch";

export type { LkjipOptions } from "./lkjipContext";
export { DEFAULT_LKJIP_OPTIONS } from "./lkjipContext";

export interface LkjipInput {
  model: PengukuranKinerjaModel;
  /** The source seen through fromEvaluasiRenja, when the sheet is an Evaluasi Renja one (its view is `model`). */
  source?: LkjipSource;
  findings: Finding[];
  dataPendukung: DataPendukung | null;
  /** The sheet Data Pendukung was read from (default "Data Pendukung"). */
  dataPendukungSheet?: string;
  /** The cells of the rows this run appends to Data Pendukung (planDataPendukungAdditions), for the notes to name. */
  appended?: AppendedCells;
  /** matchDataPendukung of this source and Data Pendukung, when the caller has it already; else worked out here. */
  match?: DataPendukungMatch;
  options?: Partial<LkjipOptions>;
  /** The language of the Hasil Pemeriksaan sheet; the LKjIP tables themselves are in Bahasa Indonesia. */
  lang?: Lang;
}

export interface LkjipSheets {
  specs: SheetSpec[];
  /**
   * What building the tables found, also listed in Hasil Pemeriksaan: cells left empty and why
   * (`table-cell-empty`), Data Pendukung rows that match nothing or only uncertainly.
   */
  findings: Finding[];
  /** The page footer of a sheet of each kind (a Data Pendukung made beside these sheets takes its own). */
  footer: (kind: GeneratedKind) => string;
}

/**
 * The LKjIP sheets for one recognised sheet (a Pengukuran Kinerja sheet, or an Evaluasi Renja one through
 * fromEvaluasiRenja): Bab II, the Bab III sheets of each sasaran (tables numbered 3.1, 3.2… across sasaran),
 * Realisasi Anggaran (the last table number), and Hasil Pemeriksaan. A table taller than a page gets a sheet of its
 * own. Every sheet carries the page footer.
 */
export function buildLkjip(input: LkjipInput): LkjipSheets {
  const options: LkjipOptions = { ...DEFAULT_LKJIP_OPTIONS, ...definedOnly(input.options ?? {}) };
  checkOptions(options);
  const ctx = buildContext(
    input.source ?? input.model,
    input.dataPendukung,
    options,
    tahunDataPendukung(input.dataPendukung),
    input.findings,
    input.dataPendukungSheet ?? DATA_PENDUKUNG_SHEET,
    { match: input.match, appended: input.appended },
  );
  const specs: SheetSpec[] = [];
  const gaps: TableGap[] = [];
  const add = (part: { specs: SheetSpec[]; gaps: TableGap[] }) => {
    specs.push(...part.specs);
    gaps.push(...part.gaps);
  };
  add(buildBabII(ctx));
  let nomor = 1;
  for (const s of ctx.sasaran) {
    add(buildSasaranSheets(ctx, s, nomor));
    nomor += SASARAN_TABLES.length;
  }
  add(buildRealisasiAnggaran(ctx, nomor));
  const findings = [...ctx.match.findings, ...gapFindings(gaps)];
  specs.push(buildHasilPemeriksaan([...input.findings, ...findings], input.model.sheet, input.lang ?? "id"));
  const office = footerOffice(ctx.namaPerangkatDaerah, ctx.namaPemda);
  const footer = (kind: GeneratedKind) => pageFooter(office, tahunLabel(ctx), kind, input.lang ?? "id");
  for (const s of specs) s.print = { ...s.print, footer: footer(s.kind) };
  // The report's pages are numbered from its first sheet, and the checks' from theirs, whatever prints before them.
  const first = specs.find((s) => s.kind === "lkjip-table");
  for (const s of [first, specs.find((s) => s.kind === "hasil-pemeriksaan")])
    if (s) s.print.firstPageNumber = FIRST_PAGE;
  return { specs, findings, footer };
}

/** The sheets only (see buildLkjip). */
export function buildLkjipSheets(input: LkjipInput): SheetSpec[] {
  return buildLkjip(input).specs;
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
