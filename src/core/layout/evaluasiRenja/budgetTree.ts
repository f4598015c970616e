import {
  ErBidang,
  ErIndikator,
  ErKegiatan,
  ErNodeBase,
  ErProgram,
  ErSubKegiatan,
  ErUrusan,
} from "../../model/evaluasiRenja";
import { Kegiatan, Level, LevelEvidence, Program, Quarterly } from "../../model/types";
import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { BudgetRowDraft } from "../drafts";
import { shortenName } from "../findings";
import { RowEvidence } from "../levelEvidence";
import { buildLevels, levelFit } from "../levels";
import { ErRowEvidence } from "./levelEvidence";
import { ErRow, rpFigures } from "./rows";

/** What the tree needs of each node row beyond the row itself. */
export interface NodeExtras {
  indikator: ErIndikator[];
  sasaranCell: string | null;
  outsideTotals: boolean;
}

export interface ErTree {
  urusan: ErUrusan[];
  bidang: ErBidang[];
  program: ErProgram[];
  findings: Finding[];
}

const NO_KAS: Quarterly = [null, null, null, null];

/**
 * The budget tree of the node rows. Urusan and bidang rows (known by code, word, formula or format) open sections;
 * the program → kegiatan → sub kegiatan rows of each section are grouped by the same level builder as a
 * Pengukuran Kinerja sheet's (its arithmetic over the pagu settles what the evidence leaves open).
 */
export function buildErTree(
  rows: readonly ErRow[],
  evidence: Map<ErRow, ErRowEvidence>,
  extras: Map<ErRow, NodeExtras>,
  sheet: string,
): ErTree {
  const tree: ErTree = { urusan: [], bidang: [], program: [], findings: [] };
  let urusan: ErUrusan | null = null;
  let bidang: ErBidang | null = null;
  let section: ErRow[] = [];
  const flush = () => {
    if (section.length === 0) return;
    const programs = programsOf(section, evidence, extras, sheet, tree.findings);
    (bidang ?? urusan ?? tree).program.push(...programs);
    section = [];
  };
  for (const row of rows) {
    const e = evidence.get(row);
    const level = e?.evidence !== undefined ? e.hint : undefined;
    if (level === "urusan" || level === "bidang") {
      flush();
      if (e?.conflict) tree.findings.push(codeWordConflict(sheet, row, e.conflict));
      if (level === "urusan") {
        urusan = {
          ...erNode(row, "urusan", e?.evidence as LevelEvidence, extras),
          bidang: [],
          program: [],
        } as ErUrusan;
        bidang = null;
        tree.urusan.push(urusan);
      } else {
        bidang = { ...erNode(row, "bidang", e?.evidence as LevelEvidence, extras), program: [] } as ErBidang;
        (urusan ?? tree).bidang.push(bidang);
      }
    } else section.push(row);
  }
  flush();
  return tree;
}

function programsOf(
  section: readonly ErRow[],
  evidence: Map<ErRow, ErRowEvidence>,
  extras: Map<ErRow, NodeExtras>,
  sheet: string,
  findings: Finding[],
): ErProgram[] {
  const byRow = new Map<number, ErRow>();
  const drafts: BudgetRowDraft[] = [];
  const draftEvidence = new Map<BudgetRowDraft, RowEvidence>();
  for (const row of section) {
    byRow.set(row.row, row);
    const figures = rpFigures(row.rp);
    const draft: BudgetRowDraft = {
      row: row.row,
      name: row.name,
      cell: row.nameCell,
      pagu: figures.pagu,
      anggaranKas: NO_KAS,
      realisasi: figures.realisasi,
      capaian: null,
      bold: row.bold,
      indent: row.indent,
    };
    if (row.kode) draft.kode = row.kode;
    drafts.push(draft);
    draftEvidence.set(draft, evidence.get(row) ?? { hint: "unknown" });
  }
  const result = chooseReading(drafts, draftEvidence, sheet);
  findings.push(...result.findings);
  const node = (row: number, level: Level, ev: LevelEvidence) => erNode(byRow.get(row) as ErRow, level, ev, extras);
  return result.program.map((p: Program): ErProgram => ({
    ...node(p.row, "program", p.levelEvidence),
    level: "program",
    kegiatan: p.kegiatan.map((k: Kegiatan): ErKegiatan => ({
      ...node(k.row, "kegiatan", k.levelEvidence),
      level: "kegiatan",
      subKegiatan: k.subKegiatan.map((s): ErSubKegiatan => ({
        ...node(s.row, "subKegiatan", s.levelEvidence),
        level: "subKegiatan",
      })),
    })),
  }));
}

/**
 * As for a Pengukuran Kinerja sheet (layout/buildModel.ts): format is weaker evidence than code, word and formula,
 * and is dropped for the section when arithmetic alone explains more sums and the format reading leaves sub
 * kegiatan without a kegiatan above them, or when arithmetic explains clearly more sums (a row formatted as the
 * wrong level). A few sums that close by coincidence do not outweigh a consistent format.
 */
function chooseReading(
  drafts: BudgetRowDraft[],
  evidence: Map<BudgetRowDraft, RowEvidence>,
  sheet: string,
): ReturnType<typeof buildLevels> {
  const withFormat = buildLevels(drafts, evidence, sheet);
  const byFormat = (e: RowEvidence) => e.evidence === "format" || (e.evidence === undefined && e.hint !== "unknown");
  if (![...evidence.values()].some(byFormat)) return withFormat;
  const plain = new Map<BudgetRowDraft, RowEvidence>();
  for (const [row, e] of evidence) plain.set(row, byFormat(e) ? { hint: "unknown" } : e);
  const margin = Math.max(3, Math.ceil(drafts.length * 0.2));
  const gain = levelFit(drafts, plain).closedRows - withFormat.closedRows;
  return (withFormat.orphanSubs > 0 && gain > 0) || gain > margin ? buildLevels(drafts, plain, sheet) : withFormat;
}

function erNode(row: ErRow, level: Level, levelEvidence: LevelEvidence, extras: Map<ErRow, NodeExtras>): ErNodeBase {
  const figures = rpFigures(row.rp);
  const extra = extras.get(row);
  const node: ErNodeBase = {
    level,
    name: row.name,
    cell: row.nameCell,
    row: row.row,
    pagu: figures.pagu,
    anggaranKas: [null, null, null, null],
    realisasi: figures.realisasi,
    capaian: null,
    levelEvidence,
    targetRenstra: figures.targetRenstra,
    realisasiRenstra: figures.realisasiRenstra,
    realisasiTriwulan: figures.realisasiTriwulan,
    realisasiSdTahun: figures.realisasiSdTahun,
    tingkatCapaian: figures.tingkatCapaian,
    ...(figures.capaianRenja !== undefined ? { capaianRenja: figures.capaianRenja } : {}),
    sasaranCell: extra?.sasaranCell ?? null,
    indikator: extra?.indikator ?? [],
  };
  if (row.kode) node.kode = row.kode;
  if (row.rp.unreadable.length > 0) node.unreadable = row.rp.unreadable;
  if (row.rp.formulaKeys) node.formulas = row.rp.formulaKeys;
  if (extra?.outsideTotals) node.outsideTotals = true;
  return node;
}

/** Code and word of an urusan or bidang row disagree: the code is kept, and the finding says so. */
function codeWordConflict(sheet: string, row: ErRow, conflict: NonNullable<RowEvidence["conflict"]>): Finding {
  const cell = row.nameCell;
  return makeFinding({
    rule: "level-uncertain",
    sheet,
    cell,
    key: "level-uncertain.code-word-conflict",
    params: {
      cell,
      nama: shortenName(row.name, 60),
      baris: row.row + 1,
      kode: conflict.kode,
      tingkatKode: conflict.byCode,
      tingkatKata: conflict.byWord,
    },
    level: conflict.byCode,
    name: row.name,
  });
}
