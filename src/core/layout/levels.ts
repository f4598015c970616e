import Decimal from "decimal.js";
import { sum } from "../numbers/decimal";
import { SheetNumber } from "../model/sheetNumber";
import { BudgetNode, Kegiatan, Level, LevelEvidence, Program, SubKegiatan } from "../model/types";
import { Finding } from "../model/finding";
import { BudgetRowDraft, isNameOnly } from "./drafts";
import { makeFinding } from "../model/makeFinding";
import { shortenName } from "./findings";
import { LevelHint, RowEvidence } from "./levelEvidence";
import { Group, partition } from "./partition";
import { sumExtents, withSumExtents } from "./sumExtents";
import { MessageKey, ParamsOf } from "../model/messages/params";

export interface LevelResult {
  program: Program[];
  findings: Finding[];
  /** Rows in kegiatan groups whose sub kegiatan add up: how well this reading explains the numbers. */
  closedRows: number;
  /** Rows the evidence calls sub kegiatan that had to head a kegiatan group (no kegiatan above them). */
  orphanSubs: number;
}

/**
 * Build the program → kegiatan → sub kegiatan tree of one sasaran. Programs come from the evidence (code, word,
 * format); rows before the first program are grouped into programs by arithmetic (a program's pagu is half the
 * sum of its kegiatan and sub kegiatan). Inside a program, kegiatan groups come from the evidence where there is
 * some and from arithmetic elsewhere. Every guessed level gets a level-uncertain finding.
 */
export function buildLevels(
  rows: readonly BudgetRowDraft[],
  evidence: Map<BudgetRowDraft, RowEvidence>,
  sheet: string,
): LevelResult {
  const builder = new LevelBuilder(rows, evidence, sheet);
  builder.build();
  return {
    program: builder.program,
    findings: builder.findings,
    closedRows: builder.closedRows,
    orphanSubs: builder.orphanSubs,
  };
}

/** How well a reading explains the numbers (see LevelResult), without building its tree or its findings. */
export interface LevelFit {
  closedRows: number;
  orphanSubs: number;
}

/** The closedRows and orphanSubs buildLevels would give, for comparing two readings cheaply. */
export function levelFit(rows: readonly BudgetRowDraft[], evidence: Map<BudgetRowDraft, RowEvidence>): LevelFit {
  const hint = (row: BudgetRowDraft): LevelHint => evidence.get(row)?.hint ?? "unknown";
  const fit: LevelFit = { closedRows: 0, orphanSubs: 0 };
  const countKegiatan = (block: readonly BudgetRowDraft[]) => {
    for (const g of kegiatanGroups(block, hint)) {
      if (g.closes) fit.closedRows += g.end - g.start + 1;
      if (hint(block[g.start]) === "subKegiatan") fit.orphanSubs++;
    }
  };
  const programRows = programRowsOf(rows, hint);
  const firstProgram = programRows[0] ?? rows.length;
  if (firstProgram > 0) {
    const segment = rows.slice(0, firstProgram);
    for (const g of programGroups(segment, hint)) countKegiatan(segment.slice(g.start + 1, g.end + 1));
  }
  programRows.forEach((p, k) => countKegiatan(rows.slice(p + 1, programRows[k + 1] ?? rows.length)));
  return fit;
}

/**
 * The pagu the arithmetic of levels adds up: the cell's value, or, when the pagu cell holds text, Σ anggaran kas of
 * the row (which should equal it), so that one unreadable pagu does not regroup its neighbours. Only for finding
 * levels: validation never uses a stand-in.
 */
function paguForLevels(row: BudgetRowDraft): Decimal | SheetNumber | null {
  if (row.pagu) return row.pagu instanceof SheetNumber ? row.pagu : row.pagu.value;
  if (!row.unreadable?.includes("pagu") || row.unreadable.some((c) => c.startsWith("kas"))) return null;
  const kas = row.anggaranKas.filter((k) => k !== null);
  return kas.length > 0 ? sum(kas.map((k) => k.value)) : null;
}

function programRowsOf(rows: readonly BudgetRowDraft[], hint: (row: BudgetRowDraft) => LevelHint): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) if (hint(rows[i]) === "program") out.push(i);
  return out;
}

/** Rows before any program row grouped into programs by arithmetic. */
function programGroups(segment: readonly BudgetRowDraft[], hint: (row: BudgetRowDraft) => LevelHint): Group[] {
  return partition({
    values: segment.map(paguForLevels),
    factor: 2,
    minMembers: 2,
    canStart: segment.map((r) => {
      const h = hint(r);
      return h === "unknown" || h === "programOrKegiatan";
    }),
    mustStart: segment.map(() => false),
  });
}

/**
 * A program's rows grouped into kegiatan with their sub kegiatan. Where the program's first row is a name without
 * figures (its kegiatan written as headings, their figures left to the rows under them), every such row over rows
 * with figures starts a kegiatan too: arithmetic cannot place a row that has no pagu.
 */
function kegiatanGroups(block: readonly BudgetRowDraft[], hint: (row: BudgetRowDraft) => LevelHint): Group[] {
  if (block.length === 0) return [];
  const hints = block.map(hint);
  const canStart = hints.map((h) => h !== "subKegiatan" && h !== "program");
  const headings = isNameOnly(block[0]);
  const mustStart = hints.map(
    (h, i) =>
      h === "kegiatan" ||
      h === "programOrKegiatan" ||
      (headings && canStart[i] && isNameOnly(block[i]) && i + 1 < block.length && !isNameOnly(block[i + 1])),
  );
  withSumExtents(sumExtents(block), canStart, mustStart);
  return partition({ values: block.map(paguForLevels), factor: 1, minMembers: 1, canStart, mustStart });
}

class LevelBuilder {
  readonly program: Program[] = [];
  readonly findings: Finding[] = [];
  closedRows = 0;
  orphanSubs = 0;

  constructor(
    private readonly rows: readonly BudgetRowDraft[],
    private readonly evidence: Map<BudgetRowDraft, RowEvidence>,
    private readonly sheet: string,
  ) {}

  private readonly hint = (row: BudgetRowDraft): LevelHint => this.evidence.get(row)?.hint ?? "unknown";

  build(): void {
    const { rows } = this;
    for (const row of rows) {
      const conflict = this.evidence.get(row)?.conflict;
      if (conflict) {
        this.uncertain(row, "level-uncertain.code-word-conflict", {
          kode: conflict.kode,
          tingkatKode: conflict.byCode,
          tingkatKata: conflict.byWord,
        });
      }
    }
    const programRows = programRowsOf(rows, this.hint);
    const firstProgram = programRows[0] ?? rows.length;
    if (firstProgram > 0) this.headless(rows.slice(0, firstProgram));
    programRows.forEach((p, k) => {
      const end = programRows[k + 1] ?? rows.length;
      const head = rows[p];
      const program = this.programNode(head, this.evidence.get(head)?.evidence ?? "kata");
      program.kegiatan = this.kegiatan(rows.slice(p + 1, end), program, false);
    });
  }

  /** Rows before any program row: programs by arithmetic, every level here a guess. */
  private headless(segment: BudgetRowDraft[]): void {
    for (const g of programGroups(segment, this.hint)) {
      const head = segment[g.start];
      const program = this.programNode(head, g.closes ? "aritmetika" : "posisi");
      this.uncertain(head, g.closes ? "level-uncertain.program-by-sum" : "level-uncertain.program-by-position", {});
      program.kegiatan = this.kegiatan(segment.slice(g.start + 1, g.end + 1), program, true);
    }
  }

  private kegiatan(block: BudgetRowDraft[], program: Program, headless: boolean): Kegiatan[] {
    return kegiatanGroups(block, this.hint).map((g) => this.kegiatanGroup(block, g, program, headless));
  }

  private kegiatanGroup(block: BudgetRowDraft[], g: Group, program: Program, headless: boolean): Kegiatan {
    const head = block[g.start];
    const members = block.slice(g.start + 1, g.end + 1);
    if (g.closes) this.closedRows += members.length + 1;
    const headEvidence = this.evidence.get(head);
    const known = headEvidence?.hint === "kegiatan" && headEvidence.evidence !== undefined;
    let evidence: LevelEvidence;
    if (known) evidence = headEvidence.evidence as LevelEvidence;
    else if (headEvidence?.hint === "programOrKegiatan") evidence = "format";
    else evidence = g.closes ? "aritmetika" : "posisi";
    const kegiatan = this.node(head, "kegiatan", evidence) as Kegiatan;
    kegiatan.subKegiatan = [];

    // The rows under a kegiatan placed by position are said once, with it or at the first of them (msg40 D5: the
    // same sentence once per sub kegiatan).
    let saidWithHead = false;
    if (headEvidence?.hint === "subKegiatan") {
      this.orphanSubs++;
      this.uncertain(head, "level-uncertain.sub-without-kegiatan", underProgram(program));
    } else if (headless) {
      this.uncertain(head, "level-uncertain.kegiatan-under-guessed-program", underProgram(program));
    } else if (!known && !g.closes && !isNameOnly(head)) {
      // A heading without figures has no sum to differ: heading-row-sum says where its figures come from.
      if (members.length === 0) this.uncertain(head, "level-uncertain.kegiatan-without-sub", underProgram(program));
      else {
        const barisSub = members.length;
        this.uncertain(head, "level-uncertain.kegiatan-sum-differs", { ...underProgram(program), barisSub });
        saidWithHead = true;
      }
    }

    const guessed: BudgetRowDraft[] = [];
    for (const row of members) {
      const e = this.evidence.get(row);
      const knownSub = e?.hint === "subKegiatan" && e.evidence !== undefined;
      const sub = this.node(
        row,
        "subKegiatan",
        knownSub ? (e.evidence as LevelEvidence) : g.closes ? "aritmetika" : "posisi",
      ) as SubKegiatan;
      kegiatan.subKegiatan.push(sub);
      if (knownSub) continue;
      if (headless) this.uncertain(row, "level-uncertain.sub-under-guessed-program", underKegiatan(head));
      else if (!g.closes && !isNameOnly(head) && !saidWithHead) guessed.push(row);
    }
    if (guessed.length > 0) {
      const lainnya = guessed.length - 1;
      this.uncertain(guessed[0], "level-uncertain.sub-sum-differs", { ...underKegiatan(head), lainnya });
    }
    return kegiatan;
  }

  private programNode(row: BudgetRowDraft, evidence: LevelEvidence): Program {
    const program = this.node(row, "program", evidence) as Program;
    program.kegiatan = [];
    this.program.push(program);
    return program;
  }

  private node(row: BudgetRowDraft, level: Level, levelEvidence: LevelEvidence): BudgetNode {
    const node = this.plainNode(row, level, levelEvidence);
    if (row.unreadable) node.unreadable = row.unreadable;
    if (row.formulas) node.formulas = row.formulas;
    if (row.realisasiRincian) node.realisasiRincian = row.realisasiRincian;
    return node;
  }

  private plainNode(row: BudgetRowDraft, level: Level, levelEvidence: LevelEvidence): BudgetNode {
    // Two literals rather than a spread: one node per row of a large sheet, with or without a kode.
    if (row.kode) {
      return {
        level,
        kode: row.kode,
        name: row.name,
        cell: row.cell,
        row: row.row,
        pagu: row.pagu,
        anggaranKas: row.anggaranKas,
        realisasi: row.realisasi,
        capaian: row.capaian,
        levelEvidence,
      };
    }
    return {
      level,
      name: row.name,
      cell: row.cell,
      row: row.row,
      pagu: row.pagu,
      anggaranKas: row.anggaranKas,
      realisasi: row.realisasi,
      capaian: row.capaian,
      levelEvidence,
    };
  }

  /** A level-uncertain finding about `row`: its name (or row number) and whatever else the sentence names. */
  private uncertain<K extends UncertainKey>(row: BudgetRowDraft, key: K, extra: Omit<ParamsOf<K>, CommonParams>): void {
    const params = { cell: row.cell, nama: shortenName(row.name, LABEL_MAX), baris: row.row + 1, ...extra };
    this.findings.push(
      makeFinding({ rule: "level-uncertain", sheet: this.sheet, cell: row.cell, key, params: params as ParamsOf<K> }),
    );
  }
}

type UncertainKey = Extract<MessageKey, `level-uncertain.${string}`>;
type CommonParams = "cell" | "nama" | "baris";

/** How much of a row's name a level-uncertain sentence quotes; the program or kegiatan it sits under, less. */
const LABEL_MAX = 60;
const LABEL_MAX_SHORT = 40;

function underKegiatan(head: BudgetRowDraft): { kegiatan: string; barisKegiatan: number; kegiatanCell: string } {
  return { kegiatan: shortenName(head.name, LABEL_MAX_SHORT), barisKegiatan: head.row + 1, kegiatanCell: head.cell };
}

function underProgram(program: Program): { program: string; barisProgram: number; programCell: string } {
  return {
    program: shortenName(program.name, LABEL_MAX_SHORT),
    barisProgram: program.row + 1,
    programCell: program.cell,
  };
}
