import { Grid } from "./grid/grid";
import { ColumnMap, Layout } from "./model/columns";
import { MissingByLayout, recognise } from "./layout/recognise";
import { isPengukuranKinerja, SheetModel } from "./model/sheetModel";
import { fromEvaluasiRenja } from "./tables/fromEvaluasiRenja";
import { asLkjipSource, LkjipSource } from "./tables/lkjipSource";
import { DATA_PENDUKUNG_SHEET, DataPendukung } from "./model/dataPendukung";
import { Finding } from "./model/finding";
import { makeFinding } from "./model/makeFinding";
import { validate } from "./validation/validate";
import { OpsiValidasi } from "./validation/opsi";
import { polaritasInDoubt, sheetPolaritas } from "./validation/rules/capaianKinerjaMismatch";
import { polaritasLembarLain } from "./validation/polaritasLembarLain";
import { budgetNodes, holdsRealisasi } from "./validation/modelAccess";
import { polaritasFromWords } from "./formulas/polaritasWords";
import { Indikator } from "./model/types";
import { Polaritas } from "./formulas/polaritas";
import { buildLkjip, LkjipOptions } from "./tables/buildLkjip";
import { buildDataPendukungTemplate, looksLikeDataPendukung, readDataPendukung } from "./tables/dataPendukung";
import { FIRST_PAGE, SheetSpec } from "./tables/sheetSpec";
import { planDataPendukungAdditions } from "./tables/dataPendukungAdditions";
import { REGISTRY_SHEET } from "./workbook/registry";
import { sheetNameKey } from "./workbook/sheetNames";
import { normaliseName } from "./tables/text";
import { matchDataPendukung } from "./tables/dataPendukungMatch";
import { dataPendukungOfYear } from "./tables/dataPendukungYear";
import { Lang } from "./numbers/format";
import { otherPartsFinding } from "./tables/sourceParts";
import { tahunLaluMismatches, withTahunLalu } from "./tables/tahunLaluSheet";
import { dataPendukungTotals } from "./tables/dataPendukungTotals";

export interface SkippedSheet {
  sheet: string;
  /** Header words that were looked for and not found, for the family the sheet comes closest to. */
  missingHeaders: string[];
  /** The header words each layout family looked for and did not find. */
  missingByLayout: MissingByLayout;
  /** The family the sheet plainly belongs to, whose missing words alone say what to fix (see recognise). */
  closerTo: Layout | null;
  reason: string;
}

export interface Analysis {
  /** Recognised sheets in workbook order. */
  models: SheetModel[];
  /** Every finding of every recognised sheet (recognition and validation), sorted by sheet, row, column. */
  findings: Finding[];
  skipped: SkippedSheet[];
}

export interface AnalyseOptions {
  /** Only this sheet (by name, case-insensitive). */
  sheet?: string;
  /** Column corrections per sheet name. */
  columns?: Record<string, ColumnMap>;
  /**
   * The officer's Data Pendukung sheet, as the adapter knows it by our mark (the officer may have renamed or moved
   * it); without it, the sheet named "Data Pendukung" when its content is ours (looksLikeDataPendukung: one of the
   * officer's own of that name is theirs). It is read as Data Pendukung, never as a source table.
   */
  dataPendukungSheet?: string;
  /** Other sheets with our Data Pendukung mark (copies the officer made): not read, each named in a finding. */
  dataPendukungCopies?: string[];
  /**
   * Sheets hidden in the workbook: read and checked like the others, but the LKjIP is built from a visible sheet
   * whenever one holds a table (a hidden sheet is mostly an old copy kept out of sight).
   */
  hiddenSheets?: readonly string[];
}

/** The name of the Data Pendukung sheet among the grids, lower-cased. */
function dataPendukungName(options: AnalyseOptions): string {
  return (options.dataPendukungSheet ?? DATA_PENDUKUNG_SHEET).toLowerCase();
}

const NOT_SOURCE = new Set([DATA_PENDUKUNG_SHEET.toLowerCase(), REGISTRY_SHEET.toLowerCase()]);

/** Recognise every Pengukuran Kinerja and Evaluasi Renja table among the grids and validate them together. */
export function analyseWorkbook(grids: Grid[], options: AnalyseOptions = {}): Analysis {
  return analyse(grids, options, officerDataPendukung(grids, options)).analysis;
}

/** The officer's Data Pendukung among the grids, read; null without one. */
interface OfficerDataPendukung {
  grid: Grid;
  read: ReturnType<typeof readDataPendukung>;
}

function officerDataPendukung(grids: Grid[], options: AnalyseOptions): OfficerDataPendukung | null {
  const dpName = dataPendukungName(options);
  const named = grids.find((g) => g.name.toLowerCase() === dpName);
  const grid = named && (options.dataPendukungSheet !== undefined || looksLikeDataPendukung(named)) ? named : undefined;
  return grid ? { grid, read: readDataPendukung(grid) } : null;
}

/**
 * The polaritas the officer wrote in Data Pendukung for each indikator of each Pengukuran Kinerja sheet, matched
 * as the tables match it (so that the checks and Tabel 3.1 never disagree); an indikator without one is left to
 * the validation (the polaritas its stated capaian follows, else positif).
 */
function givenPolaritas(models: SheetModel[], dp: OfficerDataPendukung | null): OpsiValidasi {
  const data = dp?.read.data;
  if (!dp || !data || data.indikator.length === 0) return {};
  const given = new Map<Indikator, Polaritas>();
  for (const model of models) {
    if (!isPengukuranKinerja(model)) continue;
    for (const [ind, m] of matchDataPendukung(model, data, dp.grid.name).indikator) {
      if (m.data.polaritasTertulis) given.set(ind, m.data.polaritas);
    }
  }
  return given.size > 0 ? { polaritas: (ind) => given.get(ind) } : {};
}

/**
 * The workbook's recognised sheets beside the source: the analysis's, or, when one sheet was chosen (`--sheet`, the
 * pane's choice), the others read now, unchecked (eryear40: choosing the sheet left last year's sheet unread, and
 * with it every figure of last year).
 */
function otherModels(grids: Grid[], options: AnalyseOptions, analysis: Analysis): SheetModel[] {
  if (options.sheet === undefined) return analysis.models;
  const wanted = sheetNameKey(options.sheet);
  return recogniseGrids(grids, options, (g) => sheetNameKey(g.name) !== wanted && isSourceSheet(g, options)).models;
}

/** A sheet a table may be read from when none is chosen: not our settings sheet, not the officer's Data Pendukung. */
function isSourceSheet(grid: Grid, options: AnalyseOptions): boolean {
  const name = grid.name.toLowerCase();
  return !NOT_SOURCE.has(name) && name !== dataPendukungName(options);
}

/** The analysis, and the options its validation ran with (the tables' prefill weighs the same polaritas). */
function analyse(
  grids: Grid[],
  options: AnalyseOptions,
  dp: OfficerDataPendukung | null,
): { analysis: Analysis; opsi: OpsiValidasi } {
  const wanted = options.sheet === undefined ? undefined : sheetNameKey(options.sheet);
  const { models, skipped } = recogniseGrids(grids, options, (g) =>
    wanted !== undefined ? sheetNameKey(g.name) === wanted : isSourceSheet(g, options),
  );
  const opsi = { ...givenPolaritas(models, dp), polaritasLembarLain: polaritasLembarLain(models) };
  return { analysis: { models, findings: validate(models, opsi), skipped }, opsi };
}

/** The tables among the grids `include` keeps, and, for each of those grids without one, why. */
function recogniseGrids(
  grids: Grid[],
  options: AnalyseOptions,
  include: (grid: Grid) => boolean,
): { models: SheetModel[]; skipped: SkippedSheet[] } {
  const models: SheetModel[] = [];
  const skipped: SkippedSheet[] = [];
  for (const grid of grids) {
    if (!include(grid)) continue;
    const result = recognise(grid, { columns: options.columns?.[grid.name] });
    if (result.model) models.push(result.model);
    else
      skipped.push({
        sheet: grid.name,
        missingHeaders: result.missingHeaders,
        missingByLayout: result.missingByLayout,
        closerTo: result.closerTo,
        reason: result.reason,
      });
  }
  return { models, skipped };
}

/**
 * The year-end source: the latest triwulan of the latest year. On a tie the Pengukuran Kinerja sheet (its sasaran
 * indicators are the IKU the LKjIP reports), and between sheets of one family the one that holds the other's
 * programs and more (a REKAP of the bidang sheets, wherever its tab is), else the one that comes last, unless it is
 * hidden or its name says it is an older copy (`TW III 2023 (lama)`) and the other is neither. A sheet without any
 * realisasi (set up ahead for a later triwulan: names, pagu and targets) is passed over while another holds some, and
 * a hidden sheet while a visible one holds a table, whatever its period.
 */
export function latestModel(models: SheetModel[], hiddenSheets: readonly string[] = []): SheetModel | null {
  // Lower is more likely the officer's current sheet of a period.
  const staleness = (m: SheetModel) => (hiddenSheets.includes(m.sheet) ? 2 : 0) + (isOlderCopyName(m.sheet) ? 1 : 0);
  // A hidden sheet only when no visible one holds a table: the task pane reads the visible sheets alone, and the
  // CLI builds the same report from the same workbook (it names a hidden sheet of a later period it passed over).
  const visible = models.filter((m) => !hiddenSheets.includes(m.sheet));
  const pool = visible.length > 0 ? visible : models;
  const filled = pool.filter(holdsRealisasi);
  let best: SheetModel | null = null;
  for (const m of filled.length > 0 ? filled : pool) {
    if (!best) best = m;
    else if ((m.tahun ?? 0) > (best.tahun ?? 0)) best = m;
    else if ((m.tahun ?? 0) === (best.tahun ?? 0)) {
      const later = (m.triwulan ?? 0) - (best.triwulan ?? 0);
      if (later > 0) best = m;
      else if (later === 0 && m.layout === best.layout) {
        if (holdsProgramsOf(best, m)) continue;
        if (holdsProgramsOf(m, best) || staleness(m) <= staleness(best)) best = m;
      } else if (later === 0 && isPengukuranKinerja(m)) best = m;
    }
  }
  return best;
}

/** `whole` lists every program of `part` and more: a recap of the office over one of its bidang's sheets. */
function holdsProgramsOf(whole: SheetModel, part: SheetModel): boolean {
  const names = (m: SheetModel) =>
    budgetNodes(m)
      .filter((r) => r.node.level === "program")
      .map((r) => normaliseName(r.node.kode ?? r.node.name));
  const all = new Set(names(whole));
  const some = names(part);
  return some.length > 0 && all.size > new Set(some).size && some.every((n) => all.has(n));
}

/** A sheet name that says the sheet is an older copy kept beside the current one. */
export function isOlderCopyName(sheet: string): boolean {
  return /\b(?:lama|old|draf|draft|backup|cadangan|arsip|salinan|copy|bak)\b/i.test(sheet);
}

export interface GenerateResult {
  analysis: Analysis;
  /** The sheet the LKjIP tables were built from: a Pengukuran Kinerja or an Evaluasi Renja one (see latestModel). */
  source: SheetModel;
  specs: SheetSpec[];
  /** True when Data Pendukung was missing and a fill-in template is among the specs. */
  dataPendukungCreated: boolean;
  /** Findings about the Data Pendukung sheet itself (unreadable numbers, unknown polaritas). */
  dataPendukungFindings: Finding[];
  /**
   * What building the tables found (also in Hasil Pemeriksaan): cells left empty and why, Data Pendukung rows that
   * match nothing (kept and marked in the sheet) or match only uncertainly (to confirm).
   */
  tableFindings: Finding[];
}

/** What generate gives when no sheet holds a table to build from. */
export interface NoSource {
  analysis: Analysis;
  source: null;
}

/** Everything `generate` writes, as sheet specs. Null source when no sheet holds a table to build from. */
export function generateLkjip(
  grids: Grid[],
  options: AnalyseOptions & { lkjip?: Partial<LkjipOptions>; lang?: Lang } = {},
): GenerateResult | NoSource {
  const dp = officerDataPendukung(grids, options);
  const { analysis, opsi } = analyse(grids, options, dp);
  const source = latestModel(analysis.models, options.hiddenSheets);
  if (!source) return { analysis, source: null };
  // An Evaluasi Renja sheet is fed to the same builders through a view in their shape (tables/fromEvaluasiRenja.ts).
  const view: LkjipSource = isPengukuranKinerja(source)
    ? withSheetPrefill(asLkjipSource(source), { polaritasLembarLain: opsi.polaritasLembarLain })
    : fromEvaluasiRenja(source, analysis.findings);
  // Last year's year-end sheet in the workbook: its figures prefill Data Pendukung and check what is written there.
  const lkjip = withTahunLalu(
    view,
    otherModels(grids, options, analysis).filter((m) => !isOlderCopyName(m.sheet)),
  );
  const dpGrid = dp?.grid;
  const read = dp?.read ?? null;
  // Data Pendukung filled for another year: its year's figures are not this report's (tables/dataPendukungYear.ts).
  const ofYear = dataPendukungOfYear(read?.data ?? null, source.tahun, dpGrid?.name);
  const dataPendukung: DataPendukung | null = ofYear.data;
  const readFindings: Finding[] = [...(read?.findings ?? []), ...ofYear.findings];
  // What this run appends to the officer's Data Pendukung is planned first, so that the tables' notes name the cells
  // of the rows it adds rather than a cell that does not exist yet; the tables use the same match.
  const match = dpGrid && dataPendukung ? matchDataPendukung(lkjip, dataPendukung, dpGrid.name) : undefined;
  const additions =
    dpGrid && dataPendukung && match ? planDataPendukungAdditions(lkjip, dpGrid, match, dataPendukung) : null;
  // Other sheets of the period holding other programs (one sheet per bidang): the tables leave them out, and say so.
  const candidates = analysis.models.filter(
    (m) => holdsRealisasi(m) && !isOlderCopyName(m.sheet) && !(options.hiddenSheets ?? []).includes(m.sheet),
  );
  const parts = otherPartsFinding(source, candidates);
  const dataPendukungFindings = [
    ...readFindings,
    ...(additions?.findings ?? []),
    ...(dpGrid && match ? tahunLaluMismatches(lkjip, match, dpGrid.name) : []),
    ...(dpGrid && dataPendukung ? dataPendukungTotals(lkjip, dataPendukung, dpGrid.name) : []),
    ...(dpGrid ? copyFindings(options.dataPendukungCopies ?? [], dpGrid.name) : []),
  ];
  const built = buildLkjip({
    model: lkjip.model,
    source: lkjip,
    findings: [...analysis.findings, ...(parts ? [parts] : []), ...dataPendukungFindings],
    dataPendukung,
    dataPendukungSheet: dpGrid?.name,
    ...(additions ? { appended: additions.cells, match } : {}),
    options: options.lkjip,
    lang: options.lang === "en" ? "en" : "id",
  });
  const specs = built.specs;
  if (!dpGrid) {
    const template = buildDataPendukungTemplate(lkjip);
    template.print = { ...template.print, footer: built.footer("data-pendukung"), firstPageNumber: FIRST_PAGE };
    specs.push(template);
  } else if (additions?.spec) specs.push(additions.spec);
  return {
    analysis,
    source,
    specs,
    dataPendukungCreated: !dpGrid,
    dataPendukungFindings,
    tableFindings: parts ? [parts, ...built.findings] : built.findings,
  };
}

/**
 * A Pengukuran Kinerja source with what the sheet says of each indikator beyond its figures: the polaritas the sheet
 * gives it (sheetPolaritas; else the one its name says: `Angka Kematian Ibu`) where that is not positif, and the
 * satuan of its SATUAN column. Data Pendukung is prefilled with them and the tables use them until the officer
 * writes others there; a polaritas in doubt (polaritasInDoubt) is left in Data Pendukung for the officer to write, as
 * its finding asks, so that a prefilled one does not silence the finding on the next run.
 */
function withSheetPrefill(lkjip: LkjipSource, opsi: OpsiValidasi): LkjipSource {
  const model = lkjip.model;
  const indikator = new Map(lkjip.prefill?.indikator ?? []);
  for (const s of model.tujuan.flatMap((t) => t.sasaran)) {
    for (const ind of s.indikator) {
      const polaritas = sheetPolaritas(model, ind) ?? polaritasFromWords(ind.name);
      if (polaritas !== null && polaritas !== "positif") indikator.set(ind, { ...indikator.get(ind), polaritas });
      if (polaritasInDoubt(model, ind, opsi)) indikator.set(ind, { ...indikator.get(ind), polaritasRagu: true });
      if (ind.satuan !== undefined) indikator.set(ind, { ...indikator.get(ind), satuan: ind.satuan });
    }
  }
  return indikator.size > 0 ? { ...lkjip, prefill: { ...lkjip.prefill, indikator } } : lkjip;
}

/** One finding per copy of Data Pendukung: what the officer types there is not read. */
function copyFindings(copies: string[], read: string): Finding[] {
  return copies.map((sheet) =>
    makeFinding({
      rule: "data-pendukung-copy",
      sheet,
      cell: "A1",
      actual: sheet,
      expected: read,
      key: "data-pendukung-copy",
      params: { sheet, dibaca: read },
    }),
  );
}
