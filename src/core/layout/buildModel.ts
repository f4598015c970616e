import { RealisasiParts } from "./headerWords";
import { inCellOrder, makeFinding } from "../model/makeFinding";
import { IgnoredRupiahUnit, PengukuranKinerjaModel, RupiahUnit } from "../model/types";
import { withSubjects } from "../model/subjects";
import { Finding } from "../model/finding";
import { ColumnMap } from "../model/columns";
import { BudgetRowDraft, SasaranDraft } from "./drafts";
import { readHierarchy } from "./hierarchy";
import { RowEvidence, rowEvidence, sharedEvidence } from "./levelEvidence";
import { sumHeadingRows } from "./headingRows";
import { pkTotalRows } from "./totalRows";
import { TotalRowRead } from "./budgetRow";
import { buildLevels, LevelFit, levelFit, LevelResult } from "./levels";
import { CellReader } from "./readCells";
import { repeatedHeaderRows } from "./repeatedHeader";
import { isPageLineRow } from "./pageLines";
import { SectionHeading, sectionHeadingOf } from "./sectionHeadings";
import { TitleInfo } from "./title";
import { capaianFollow, triwulanFromCapaian } from "./triwulanFromCapaian";
import { hiddenRowsLeftOut, LeftOutRow } from "./hiddenBySubtotal";

export interface ModelFrame {
  columns: ColumnMap;
  /** Columns a split code is read from, left to right; empty: the `kode` column alone. */
  kodeColumns?: number[];
  /** Columns of the names, one per level (`PROGRAM | KEGIATAN | SUB KEGIATAN`); empty: the `uraian` column alone. */
  uraianColumns?: number[];
  /** An anggaran kas planned per month: each quarter's month columns, added up into its kas. */
  monthlyKas?: number[][];
  /** No column for the year's realisasi anggaran: the parts it is written in, read up to the title's triwulan. */
  realisasiParts?: RealisasiParts;
  /** The sheet writes its Rupiah in thousands or millions: amounts are read multiplied back to rupiah. */
  rupiahUnit?: RupiahUnit;
  /** A unit stated that the amounts contradict: not applied (SheetModelBase.rupiahUnitIgnored). */
  rupiahUnitIgnored?: IgnoredRupiahUnit;
  /** The header says the anggaran kas columns are cumulative (`S/D TW II`). */
  kasKumulatif?: true;
  headerRows: [number, number];
  dataRows: [number, number];
  title: TitleInfo;
}

/** Read the data rows into the SheetModel: hierarchy first, then the levels of each sasaran's budget rows. */
export function buildModel(reader: CellReader, frame: ModelFrame): PengukuranKinerjaModel {
  const { columns, dataRows } = frame;
  const headerHeight = frame.headerRows[1] - frame.headerRows[0] + 1;
  const skip = repeatedHeaderRows(reader, columns, headerHeight, dataRows[0], dataRows[1]);
  // Print furniture is no row of data. A tujuan or a sasaran written as a heading across the table starts its tujuan
  // or sasaran, where the sheet has no column for it (with one, such a row is read as the name in that column).
  const headings = new Map<number, SectionHeading>();
  for (let r = dataRows[0]; r <= dataRows[1]; r++) {
    const heading = sectionHeadingOf(reader, r, columns);
    if (heading) headings.set(r, heading);
    if (heading || isPageLineRow(reader, r)) skip.add(r);
  }
  // A hidden row its parent's SUBTOTAL(109, …) leaves out is a dropped row, no budget row of the sheet.
  const leftOut = hiddenRowsLeftOut(reader, columns, dataRows[0], dataRows[1]);
  for (const { row } of leftOut) skip.add(row);
  reader.skipRows(skip);
  const totalRows: TotalRowRead[] = [];
  const rekeningRows: string[] = [];
  const urusanRows: string[] = [];
  const pendapatanRows: string[] = [];
  const perubahanRows: string[] = [];
  const lanjutanRows: string[] = [];
  const drafts = readHierarchy(
    reader,
    columns,
    dataRows[0],
    dataRows[1],
    skip,
    {
      kodeColumns: frame.kodeColumns ?? [],
      uraianColumns: frame.uraianColumns ?? [],
      monthlyKas: frame.monthlyKas,
      ...(frame.realisasiParts ? { realisasiParts: frame.realisasiParts, triwulan: frame.title.triwulan } : {}),
      rpFactor: frame.rupiahUnit?.factor ?? 1,
      totalRows,
      rekeningRows,
      urusanRows,
      pendapatanRows,
      perubahanRows,
      lanjutanRows,
    },
    headings,
  );
  const sasaranDrafts = drafts.flatMap((t) => t.sasaran);
  const levelFindings = assignLevels(sasaranDrafts, reader.sheet);
  const sumHeadings = new Map<number, string>();
  for (const s of sasaranDrafts)
    for (const b of s.budget) if (b.headingTo !== undefined) sumHeadings.set(b.row, b.headingTo);
  const model: PengukuranKinerjaModel = {
    layout: "pengukuran-kinerja",
    sheet: reader.sheet,
    triwulan: frame.title.triwulan,
    triwulanFrom: frame.title.triwulanFrom,
    ...(frame.title.triwulanLembar !== undefined ? { triwulanLembar: frame.title.triwulanLembar } : {}),
    tahun: frame.title.tahun,
    title: frame.title.title,
    columns,
    headerRows: frame.headerRows,
    dataRows,
    tujuan: drafts.map((t) => t.tujuan),
    findings: [],
    ...(frame.rupiahUnit ? { rupiahUnit: frame.rupiahUnit } : {}),
    ...(frame.rupiahUnitIgnored ? { rupiahUnitIgnored: frame.rupiahUnitIgnored } : {}),
    ...(frame.kasKumulatif ? { kasKumulatif: true as const } : {}),
  };
  if (model.triwulan === null) {
    // Neither the title nor the sheet's name says the triwulan: the targets the sheet's capaian follow from may.
    const inferred = triwulanFromCapaian(model.tujuan);
    if (inferred !== null) {
      model.triwulan = inferred;
      model.triwulanFrom = "capaian";
    }
  } else if (model.triwulanLembar !== undefined && capaianFollow(model.tujuan, model.triwulanLembar, model.triwulan)) {
    // The title and the sheet's name give two quarters, and the capaian the sheet states are measured against the
    // name's targets: the title was left from the quarter before (year37 D3: a TW IV sheet read as TW III).
    model.triwulanJudul = model.triwulan;
    model.triwulan = model.triwulanLembar;
    model.triwulanFrom = "lembar";
    delete model.triwulanLembar;
  }
  const totals = pkTotalRows(reader, columns, totalRows, frame.rupiahUnit?.factor ?? 1);
  if (totals.length > 0) model.totals = totals;
  const headingFindings = sumHeadingRows(model.tujuan, sumHeadings, columns, reader.sheet);
  const rekening = [
    ...skippedRowsFinding(reader.sheet, rekeningRows, "level-uncertain.rekening"),
    ...skippedRowsFinding(reader.sheet, urusanRows, "level-uncertain.urusan"),
    ...skippedRowsFinding(reader.sheet, pendapatanRows, "level-uncertain.pendapatan"),
    ...skippedRowsFinding(reader.sheet, perubahanRows, "level-uncertain.perubahan"),
    ...skippedRowsFinding(reader.sheet, lanjutanRows, "level-uncertain.lanjutan-nama"),
    ...leftOutFinding(reader, columns, leftOut),
  ];
  model.findings = withSubjects(
    model,
    inCellOrder([...reader.findings, ...levelFindings, ...headingFindings, ...rekening]),
  );
  return model;
}

/**
 * Levels of every sasaran's budget rows. Format (bold, indent) is weaker evidence than code and word, and is
 * dropped for the whole table when arithmetic alone explains more sums and the format reading leaves sub kegiatan
 * without a kegiatan above them (a stray bold row), or when arithmetic explains clearly more sums. A few sums that
 * close by coincidence do not outweigh a consistent format.
 */
function assignLevels(sasaran: SasaranDraft[], sheet: string): Finding[] {
  const rows = sasaran.map((s) => s.budget);
  const evidence = rowEvidence(rows);
  const withFormat = levelsFor(rows, evidence, sheet);
  let chosen = withFormat;
  // "Not a program" alone changes nothing once programs are known by word or code: no second reading needed. Nor
  // when the format reading already closes every row the other reading could close (all but its programs, which
  // only code and word name there): it cannot gain.
  if (anyFormatEvidence(evidence) && closed(withFormat) < mostClosableWithoutFormat(rows, evidence)) {
    // The other reading is only counted; its tree and findings are built only if it wins.
    const plain = withoutFormatHints(evidence);
    const withoutFormat = rows.map((r) => levelFit(r, plain));
    const rowCount = sasaran.reduce((n, s) => n + s.budget.length, 0);
    const margin = Math.max(3, Math.ceil(rowCount * 0.2));
    const orphans = withFormat.reduce((n, r) => n + r.orphanSubs, 0);
    const gain = closed(withoutFormat) - closed(withFormat);
    if ((orphans > 0 && gain > 0) || gain > margin) chosen = levelsFor(rows, plain, sheet);
  }
  sasaran.forEach((s, i) => (s.sasaran.program = chosen[i].program));
  return chosen.flatMap((r) => r.findings);
}

function levelsFor(rows: BudgetRowDraft[][], evidence: Map<BudgetRowDraft, RowEvidence>, sheet: string): LevelResult[] {
  return rows.map((r) => buildLevels(r, evidence, sheet));
}

function closed(results: LevelFit[]): number {
  return results.reduce((n, r) => n + r.closedRows, 0);
}

/**
 * The most rows a reading without format hints can close (levelFit's closedRows): every row but the programs known by
 * code or word, which head their blocks there and are never counted as closed.
 */
function mostClosableWithoutFormat(rows: BudgetRowDraft[][], evidence: Map<BudgetRowDraft, RowEvidence>): number {
  let n = 0;
  for (const block of rows) {
    for (const row of block) {
      const e = evidence.get(row);
      if (!(e?.hint === "program" && (e.evidence === "kode" || e.evidence === "kata"))) n++;
    }
  }
  return n;
}

// Both walk a map with an entry per budget row: forEach, not an entry array per row.
function anyFormatEvidence(evidence: Map<BudgetRowDraft, RowEvidence>): boolean {
  let found = false;
  evidence.forEach((e) => (found ||= e.evidence === "format" || e.hint === "programOrKegiatan"));
  return found;
}

function withoutFormatHints(evidence: Map<BudgetRowDraft, RowEvidence>): Map<BudgetRowDraft, RowEvidence> {
  const out = new Map<BudgetRowDraft, RowEvidence>();
  const unknown = sharedEvidence("unknown");
  evidence.forEach((e, row) => out.set(row, e.evidence === "kode" || e.evidence === "kata" ? e : unknown));
  return out;
}

/**
 * One info finding for rows read as no budget row: the rekening belanja rows (details of their sub kegiatan), the
 * urusan rows (headings above the programs), revenue rows, a budget's revision rows (`Perubahan` under its row), and
 * words read as the rest of the name above them.
 */
type SkippedRowsKey =
  | "level-uncertain.rekening"
  | "level-uncertain.urusan"
  | "level-uncertain.pendapatan"
  | "level-uncertain.perubahan"
  | "level-uncertain.lanjutan-nama";

function skippedRowsFinding(sheet: string, cells: readonly string[], key: SkippedRowsKey): Finding[] {
  if (cells.length === 0) return [];
  const cell = cells[0];
  return [makeFinding({ rule: "level-uncertain", sheet, cell, key, params: { cell, jumlah: cells.length } })];
}

/** One info finding for the hidden rows a SUBTOTAL(109, …) leaves out: at the first one's name, with its formula. */
function leftOutFinding(reader: CellReader, columns: ColumnMap, rows: readonly LeftOutRow[]): Finding[] {
  if (rows.length === 0) return [];
  const cell = reader.a1(rows[0].row, columns.uraian ?? 0);
  const params = { cell, jumlah: rows.length, rumus: rows[0].by };
  return [
    makeFinding({ rule: "level-uncertain", sheet: reader.sheet, cell, key: "level-uncertain.subtotal-hidden", params }),
  ];
}
