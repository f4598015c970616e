import { toA1 } from "../grid/address";
import { Indikator } from "../model/types";
import { ColumnKey, ColumnMap } from "../model/columns";
import { BudgetColumnsRead, isTotalLabel, readBudgetRow } from "./budgetRow";
import { BudgetRowDraft, isNameOnly, SasaranDraft, TujuanDraft } from "./drafts";
import { kodeColumnsOf } from "./kodeCells";
import { KAS_KEYS } from "./headerWords";
import { inCapitals, wordLevel } from "./levelWords";
import { makeFinding } from "../model/makeFinding";
import { hasNumbers, IndikatorRow, newIndikator, readIndikatorRows, setNumbers } from "./indikatorRow";
import { CellReader, collapseSpaces } from "./readCells";
import { SectionHeading, sasaranInIndikatorCell } from "./sectionHeadings";

const sameText = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * Walk the data rows and group them into tujuan → sasaran, with each sasaran's indikator and budget rows.
 * A tujuan or sasaran starts at a non-empty cell in its column whose text differs from the current one (so a
 * merged cell, a name written once above a blank block and a name repeated on every row all read the same); rows
 * with an empty cell belong to the one above.
 */
export function readHierarchy(
  reader: CellReader,
  columns: ColumnMap,
  first: number,
  last: number,
  skip: ReadonlySet<number> = new Set(),
  budget: Partial<BudgetColumnsRead> = {},
  /** Tujuan and sasaran written as headings across the table (no column for them), by row: each starts its own. */
  headings: ReadonlyMap<number, SectionHeading> = new Map(),
): TujuanDraft[] {
  const uraianColumns = budget.uraianColumns ?? [];
  const walker = new HierarchyWalker(reader, columns, {
    kodeColumns: kodeColumnsOf(budget.kodeColumns ?? [], columns.kode),
    uraianColumns: uraianColumns.length > 1 ? uraianColumns : [],
    ...(budget.monthlyKas ? { monthlyKas: budget.monthlyKas } : {}),
    ...(budget.realisasiParts ? { realisasiParts: budget.realisasiParts, triwulan: budget.triwulan ?? null } : {}),
    rpFactor: budget.rpFactor ?? 1,
    ...(budget.totalRows ? { totalRows: budget.totalRows } : {}),
    ...(budget.rekeningRows ? { rekeningRows: budget.rekeningRows } : {}),
    ...(budget.urusanRows ? { urusanRows: budget.urusanRows } : {}),
    ...(budget.pendapatanRows ? { pendapatanRows: budget.pendapatanRows } : {}),
    ...(budget.perubahanRows ? { perubahanRows: budget.perubahanRows } : {}),
    ...(budget.lanjutanRows ? { lanjutanRows: budget.lanjutanRows } : {}),
  });
  for (let r = first; r <= last; r++) {
    const heading = headings.get(r);
    if (heading) walker.heading(r, heading);
    else if (!skip.has(r)) walker.row(r);
  }
  return walker.tujuan;
}

class HierarchyWalker {
  readonly tujuan: TujuanDraft[] = [];
  private currentTujuan: TujuanDraft | null = null;
  private currentSasaran: SasaranDraft | null = null;
  private currentIndikator: Indikator | null = null;
  /** The row of the last budget line kept with a name and no figures (a kegiatan written as a heading, perhaps). */
  private nameOnlyRow = -1;
  /** The sheet writes parents by name alone: a line without figures stood on its own over a line with figures. */
  private nameOnlyParents = false;
  /** The last row of the kinerja half read for the current indikator. */
  private indikatorEnd = -1;
  /** The last row read as a budget's revision under its row (revises). */
  private revisionEnd = -1;

  constructor(
    private readonly reader: CellReader,
    private readonly columns: ColumnMap,
    private readonly budget: BudgetColumnsRead,
  ) {}

  row(r: number): void {
    const { reader, columns } = this;
    // `JUMLAH TOTAL BELANJA` merged across the kinerja half to the names: a total of the budget half (read as one
    // there), no tujuan, sasaran or indikator.
    if (this.totalAcrossKinerja(r)) {
      readBudgetRow(reader, columns, r, this.budget);
      return;
    }
    const tujuanText = reader.nameText(r, columns.tujuan);
    // Without a SASARAN column, `Sasaran: …` in the indikator column names the sasaran of the indikator below it.
    const sasaranHeading = sasaranInIndikatorCell(reader, r, columns);
    const sasaranText = sasaranHeading ?? reader.nameText(r, columns.sasaran);
    const indikatorTujuan = collapseSpaces(reader.text(r, columns.indikatorTujuan));
    const indikator = sasaranHeading === null ? readIndikatorRows(reader, columns, r) : [];
    const budget = readBudgetRow(reader, columns, r, this.budget);

    if (tujuanText !== "" && (!this.currentTujuan || !sameText(tujuanText, this.currentTujuan.tujuan.name))) {
      this.startTujuan(r, tujuanText);
    }
    if (indikatorTujuan !== "" && this.currentTujuan && this.currentTujuan.tujuan.indikatorTujuan === undefined) {
      this.currentTujuan.tujuan.indikatorTujuan = indikatorTujuan;
    }
    if (sasaranText !== "" && (!this.currentSasaran || !sameText(sasaranText, this.currentSasaran.sasaran.name))) {
      this.startSasaran(r, sasaranText, sasaranHeading === null ? undefined : columns.indikatorSasaran);
    }
    for (const ind of indikator) this.indikatorRow(ind);
    if (budget && !this.continuesName(budget) && !this.revises(budget)) this.keep(r, budget);
  }

  /**
   * `Perubahan` (`Setelah Perubahan`, `APBD-P`), without a code, on the rows right under a budget row: that row's
   * budget after the APBD revision, written on a line of its own under the murni figures (apbdp38 D1: read as a sub
   * kegiatan of its own, it doubled every kegiatan's sum, and each sub kegiatan printed its murni pagu). What it
   * holds replaces the row's figures; `Murni` / `Sebelum Perubahan` there is the budget as first set, passed over.
   */
  private revises(budget: BudgetRowDraft): boolean {
    const rows = this.currentSasaran?.budget;
    const previous = rows?.[rows.length - 1];
    if (!previous || budget.kode !== undefined || !hasBudgetNumbers(budget)) return false;
    if (previous.row !== budget.row - 1 && this.revisionEnd !== budget.row - 1) return false;
    const kind = revisionKind(budget.name);
    if (kind === null) return false;
    if (kind === "perubahan") revise(previous, budget);
    this.revisionEnd = budget.row;
    this.budget.perubahanRows?.push(budget.cell);
    return true;
  }

  private keep(r: number, budget: BudgetRowDraft): void {
    this.ensureSasaran(r).budget.push(budget);
    if (isNameOnly(budget)) this.nameOnlyRow = r;
    else if (hasBudgetNumbers(budget) && this.nameOnlyRow === r - 1) this.nameOnlyParents = true;
  }

  private totalAcrossKinerja(r: number): boolean {
    const { reader, columns } = this;
    const uraian = columns.uraian;
    if (uraian === undefined) return false;
    const m = reader.merges.find(r, uraian);
    if (m === undefined || m.top !== r) return false;
    const kinerja = [columns.indikatorSasaran, columns.sasaran, columns.tujuan].filter(
      (c): c is number => c !== undefined,
    );
    return kinerja.some((c) => c >= m.left && c <= m.right) && isTotalLabel(reader.nameText(r, uraian));
  }

  /**
   * A row holding only words in the uraian column, right under a budget row with numbers, continues that row's
   * name: a name wrapped over two lines of a PDF and pasted as two rows (`PROGRAM PENGEMBANGAN IKLIM` /
   * `PENANAMAN MODAL`). Words that start a row of their own (PROGRAM …, a code) are not a continuation, nor are
   * they on a sheet that writes its kegiatan by name alone above their sub kegiatan (such a line has stood on its
   * own over a line with figures already): there the words are the next kegiatan.
   */
  private continuesName(budget: BudgetRowDraft): boolean {
    const rows = this.currentSasaran?.budget;
    const previous = rows?.[rows.length - 1];
    if (!previous || previous.row !== budget.row - 1 || previous.name === "") return false;
    if (budget.name === "" || budget.kode !== undefined || this.nameOnlyParents) return false;
    if (hasBudgetNumbers(budget) || !hasBudgetNumbers(previous) || wordLevel(budget.name) !== null) return false;
    // A name in capitals goes on in capitals (`PROGRAM PENGEMBANGAN IKLIM` / `PENANAMAN MODAL`); words in another
    // case under it are a line of their own (the program's indikator written under it).
    if (inCapitals(previous.name) && !inCapitals(budget.name)) return false;
    previous.name = `${previous.name} ${budget.name}`;
    // Said, since a row of its own typed by name alone looks the same (cascade42 F1: it vanished into the name above).
    this.budget.lanjutanRows?.push(budget.cell);
    return true;
  }

  /** A tujuan or a sasaran written as a heading across the table: it starts there, named by the heading's words. */
  heading(r: number, heading: SectionHeading): void {
    if (heading.level === "sasaran") {
      this.startSasaran(r, heading.name, heading.col);
      return;
    }
    const draft = this.startTujuan(r, heading.name, heading.col);
    if (heading.indikatorTujuan) draft.tujuan.indikatorTujuan = heading.indikatorTujuan;
  }

  /** `col`: the column of a heading the tujuan starts at; the NO cell of such a row is under the heading's merge. */
  private startTujuan(r: number, name: string, col?: number): TujuanDraft {
    const { columns } = this;
    const no = col === undefined ? collapseSpaces(this.reader.text(r, columns.no)) : "";
    const draft: TujuanDraft = {
      tujuan: {
        ...(no !== "" ? { no } : {}),
        name,
        cell: toA1(r, col ?? columns.tujuan ?? columns.sasaran ?? (columns.indikatorSasaran as number)),
        row: r,
        sasaran: [],
      },
      sasaran: [],
    };
    this.tujuan.push(draft);
    this.currentTujuan = draft;
    this.currentSasaran = null;
    this.currentIndikator = null;
    return draft;
  }

  private startSasaran(r: number, name: string, col?: number): SasaranDraft {
    const tujuan = this.ensureTujuan(r, col);
    const cell = toA1(r, col ?? this.columns.sasaran ?? (this.columns.indikatorSasaran as number));
    const draft: SasaranDraft = {
      sasaran: { name, cell, row: r, indikator: [], program: [] },
      budget: [],
    };
    tujuan.sasaran.push(draft);
    tujuan.tujuan.sasaran.push(draft.sasaran);
    this.currentSasaran = draft;
    this.currentIndikator = null;
    return draft;
  }

  /** Content before any tujuan: a tujuan without a name (a finding when the sheet has a TUJUAN column). */
  private ensureTujuan(r: number, col?: number): TujuanDraft {
    if (this.currentTujuan) return this.currentTujuan;
    const draft = this.startTujuan(r, "", col);
    if (this.columns.tujuan !== undefined) this.missingName(draft.tujuan.cell, r, "tujuan");
    return draft;
  }

  private ensureSasaran(r: number): SasaranDraft {
    if (this.currentSasaran) return this.currentSasaran;
    const draft = this.startSasaran(r, "");
    this.missingName(draft.sasaran.cell, r, "sasaran");
    return draft;
  }

  private missingName(cell: string, r: number, what: "tujuan" | "sasaran"): void {
    this.reader.findings.push(
      makeFinding({
        rule: "missing-name",
        sheet: this.reader.sheet,
        cell,
        key: what === "tujuan" ? "missing-name.tujuan" : "missing-name.sasaran",
        params: { cell, baris: r + 1 },
        level: what,
      }),
    );
  }

  private indikatorRow(ind: IndikatorRow): void {
    if (isCapaianSummary(ind)) return;
    const sasaran = this.ensureSasaran(ind.row);
    const current = this.currentIndikator;
    if (current !== null && this.continuesIndikatorName(current, ind)) {
      current.name = `${current.name} ${ind.name}`;
      this.indikatorEnd = ind.row;
      return;
    }
    this.indikatorEnd = ind.row;
    const repeatsName = current !== null && ind.name !== "" && sameText(ind.name, current.name);
    if (ind.name !== "" && !(repeatsName && !ind.hasNumbers)) {
      this.addIndikator(sasaran, ind);
    } else if (ind.hasNumbers) {
      // Numbers under a name merged down from the row above belong to that indikator if it has none yet.
      if (current && ind.nameCovered && !hasNumbers(current)) {
        setNumbers(current, ind);
        if (ind.formulasi !== "") current.formulasi.push(ind.formulasi);
      } else if (current && ind.nameCovered) {
        // Under a name merged over the rows, after its figures: the pembilang and penyebut of its formulasi
        // (`Penyebut: Jumlah sasaran ibu hamil` | 2000), no indikator of their own.
        if (ind.formulasi !== "") current.formulasi.push(ind.formulasi);
      } else {
        this.addIndikator(sasaran, ind);
      }
    } else if (ind.formulasi !== "") {
      if (current) current.formulasi.push(ind.formulasi);
      else this.addIndikator(sasaran, ind);
    }
  }

  /**
   * A name alone (no figure, no formulasi), starting in lower case, on the row right under an indikator with
   * figures: the rest of its name, wrapped by hand onto the next row (`Persentase ibu hamil mendapatkan pelayanan` |
   * `kesehatan ibu hamil sesuai standar`). A name of its own starts with a capital (`Jumlah …`, `Persentase …`).
   */
  private continuesIndikatorName(current: Indikator, ind: IndikatorRow): boolean {
    if (ind.hasNumbers || ind.formulasi !== "" || ind.nameCovered || ind.line !== undefined) return false;
    if (this.indikatorEnd !== ind.row - 1 || !hasNumbers(current)) return false;
    return /^\p{Ll}/u.test(ind.name);
  }

  private addIndikator(sasaran: SasaranDraft, ind: IndikatorRow): void {
    const indikator = newIndikator(ind, this.columns);
    sasaran.sasaran.indikator.push(indikator);
    this.currentIndikator = indikator;
    if (ind.name === "") {
      const cell = toA1(ind.row, this.columns.indikatorSasaran as number);
      this.reader.findings.push(
        makeFinding({
          rule: "missing-name",
          sheet: this.reader.sheet,
          cell,
          key: "missing-name.indikator",
          params: { cell, baris: ind.row + 1 },
          level: "indikator",
        }),
      );
    }
  }
}

/**
 * A line under a sasaran's indikator that sums them up (`Rata-rata Capaian Kinerja Sasaran` with `=AVERAGE(L8:L9)`),
 * as many offices add: no indikator of its own. `Rata-rata Lama Sekolah` is one, and so is an indikator named
 * `Rata-rata capaian kinerja program` with a target or realisasi of its own (words35: it was dropped, silently).
 */
function isCapaianSummary(ind: IndikatorRow): boolean {
  if (!/^(?:nilai\s+)?(?:rata[\s-]*rata\s+capaian|capaian\s+rata[\s-]*rata)\b/i.test(ind.name)) return false;
  return !ind.satuan && !ind.target.some((t) => t.present) && !ind.realisasi.present;
}

/** The words one of those lines holds, and how long it can be. */
const REVISION_WORD = /perubahan|murni|induk|apbd/i;
const REVISION_NAME_MAX = 40;
const REVISED =
  /^(?:(?:anggaran|pagu)\s+)?(?:(?:setelah|sesudah)\s+)?perubahan(?:\s+apbd)?$|^(?:apbd|pagu)[\s-]*p$|^p[\s-]*apbd$/i;
const ORIGINAL = /^(?:(?:anggaran|pagu)\s+)?(?:murni|induk|sebelum\s+perubahan|apbd\s+murni)$/i;

/** What a line under a budget row names: its figures after the revision, or as first set; null for anything else. */
function revisionKind(name: string): "perubahan" | "murni" | null {
  // Every budget row passes here: most are told apart without building anything.
  if (name.length > REVISION_NAME_MAX || !REVISION_WORD.test(name)) return null;
  const words = name
    .replace(/[():.]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return REVISED.test(words) ? "perubahan" : ORIGINAL.test(words) ? "murni" : null;
}

/** The row's figures after the revision: each one the revision line holds, with its formula and legibility. */
function revise(row: BudgetRowDraft, revision: BudgetRowDraft): void {
  const moved: ColumnKey[] = [];
  if (revision.pagu !== null) {
    row.pagu = revision.pagu;
    moved.push("pagu");
  }
  revision.anggaranKas.forEach((kas, i) => {
    if (kas === null) return;
    row.anggaranKas[i] = kas;
    moved.push(KAS_KEYS[i]);
  });
  if (revision.realisasi !== null) {
    row.realisasi = revision.realisasi;
    moved.push("realisasiAnggaran");
    if (revision.realisasiRincian) row.realisasiRincian = revision.realisasiRincian;
    else delete row.realisasiRincian;
  }
  if (revision.capaian !== null) {
    row.capaian = revision.capaian;
    moved.push("capaianAnggaran");
  }
  const formulas = { ...row.formulas };
  for (const key of moved) {
    if (revision.formulas?.[key]) formulas[key] = revision.formulas[key];
    else delete formulas[key];
  }
  if (Object.keys(formulas).length > 0) row.formulas = formulas;
  else delete row.formulas;
  const unreadable = [...(row.unreadable ?? []).filter((k) => !moved.includes(k)), ...(revision.unreadable ?? [])];
  if (unreadable.length > 0) row.unreadable = unreadable;
  else delete row.unreadable;
  delete row.headingTo;
}

/** Any budget number cell has content, readable or not. */
function hasBudgetNumbers(row: BudgetRowDraft): boolean {
  return (
    row.pagu !== null ||
    row.anggaranKas.some((k) => k !== null) ||
    row.realisasi !== null ||
    row.capaian !== null ||
    (row.unreadable !== undefined && row.unreadable.length > 0)
  );
}
