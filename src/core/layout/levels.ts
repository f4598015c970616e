import { BudgetNode, Kegiatan, Level, LevelEvidence, Program, SubKegiatan } from "../model/types";
import { Finding } from "../validation/finding";
import { BudgetRowDraft } from "./drafts";
import { finding, quoteName } from "./findings";
import { LevelHint, RowEvidence } from "./levelEvidence";
import { Group, partition } from "./partition";

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

function programRowsOf(rows: readonly BudgetRowDraft[], hint: (row: BudgetRowDraft) => LevelHint): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) if (hint(rows[i]) === "program") out.push(i);
  return out;
}

/** Rows before any program row grouped into programs by arithmetic. */
function programGroups(segment: readonly BudgetRowDraft[], hint: (row: BudgetRowDraft) => LevelHint): Group[] {
  return partition({
    values: segment.map((r) => r.pagu?.value ?? null),
    factor: 2,
    minMembers: 2,
    canStart: segment.map((r) => {
      const h = hint(r);
      return h === "unknown" || h === "programOrKegiatan";
    }),
    mustStart: segment.map(() => false),
  });
}

/** A program's rows grouped into kegiatan with their sub kegiatan. */
function kegiatanGroups(block: readonly BudgetRowDraft[], hint: (row: BudgetRowDraft) => LevelHint): Group[] {
  if (block.length === 0) return [];
  const hints = block.map(hint);
  return partition({
    values: block.map((r) => r.pagu?.value ?? null),
    factor: 1,
    minMembers: 1,
    canStart: hints.map((h) => h !== "subKegiatan" && h !== "program"),
    mustStart: hints.map((h) => h === "kegiatan" || h === "programOrKegiatan"),
  });
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
      if (conflict) this.uncertain(row, `${label(row)}: ${conflict}.`);
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
      this.uncertain(
        head,
        g.closes
          ? `${label(head)} dianggap program: tidak ada baris PROGRAM di atasnya di sasaran ini, dan pagunya sama dengan jumlah pagu kegiatan di bawahnya.`
          : `${label(head)} dianggap program karena berada di awal sasaran tanpa baris PROGRAM di atasnya.`,
      );
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

    if (headEvidence?.hint === "subKegiatan") {
      this.orphanSubs++;
      this.uncertain(
        head,
        `${label(head)} bertanda sub kegiatan tetapi tidak ada kegiatan di atasnya; dianggap kegiatan ${underProgram(program)}.`,
      );
    } else if (headless) {
      this.uncertain(
        head,
        `${label(head)} dianggap kegiatan ${underProgram(program)}, yang tingkatnya sendiri ditebak.`,
      );
    } else if (!known && !g.closes) {
      const why =
        members.length === 0
          ? "tidak ada sub kegiatan di bawahnya"
          : "jumlah pagu sub kegiatan di bawahnya tidak sama dengan pagunya";
      this.uncertain(head, `${label(head)} dianggap kegiatan karena berada ${underProgram(program)}; ${why}.`);
    }

    for (const row of members) {
      const e = this.evidence.get(row);
      const knownSub = e?.hint === "subKegiatan" && e.evidence !== undefined;
      const sub = this.node(
        row,
        "subKegiatan",
        knownSub ? (e.evidence as LevelEvidence) : g.closes ? "aritmetika" : "posisi",
      ) as SubKegiatan;
      kegiatan.subKegiatan.push(sub);
      if (!knownSub && (headless || !g.closes)) {
        const why = headless
          ? "program di atasnya sendiri ditebak"
          : "jumlah pagu kegiatan itu tidak cocok sehingga tingkatnya ditebak";
        this.uncertain(
          row,
          `${label(row)} dianggap sub kegiatan dari kegiatan ${label(head, 40)} (${head.cell}); ${why}.`,
        );
      }
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

  private uncertain(row: BudgetRowDraft, what: string): void {
    this.findings.push(finding("level-uncertain", this.sheet, row.cell, `Sel ${row.cell}: ${what}`));
  }
}

function underProgram(program: Program): string {
  return `di bawah program ${label(program, 40)} (${program.cell})`;
}

/** A row's name for a message, or its row number when it has none. */
function label(row: { name: string; row: number }, max = 60): string {
  return row.name !== "" ? quoteName(row.name, max) : `Baris ${row.row + 1} (tanpa nama)`;
}
