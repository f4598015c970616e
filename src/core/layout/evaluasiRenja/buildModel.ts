import Decimal from "decimal.js";
import { ColumnMap, ER_COLUMN_KEYS, ErColumnKey, ErGroup } from "../../model/columns";
import { ColumnEquation, ColumnGroup, ErIndikator, EvaluasiRenjaModel, TotalRow } from "../../model/evaluasiRenja";
import { Finding } from "../../model/finding";
import { inCellOrder, makeFinding } from "../../model/makeFinding";
import { withSubjects } from "../../model/subjects";
import { CellReader } from "../readCells";
import { readTitle } from "../title";
import { buildErTree } from "./budgetTree";
import { sumErHeadingRows } from "./headingRows";
import { walkContext } from "./context";
import { parseEquation, ratioOfColumns, sumOfColumns } from "./equations";
import { ErHeaderMatch } from "./findHeader";
import { erLevelEvidence } from "./levelEvidence";
import { ErNumberReader } from "./numbers";
import { erFrame, ErRow, readErRow, rpFigures } from "./rows";
import { MaybeNumber } from "../../model/types";
import { ColumnKind, decideConventions } from "./separators";
import { findErDataEnd, isFooterText, isRepeatedHeaderRow } from "./tableEnd";
import { isPageLineRow } from "../pageLines";
import { isUnlabelledTotal, labelKind, outsideTotalsBlocks, RowKind, totalRow, unitTotalRows } from "./totals";
import { perangkatDaerahOf, triwulanFromRealisasi } from "./period";
import { rupiahUnitOf } from "../rupiahUnit";
import { normaliseHeader } from "../headerWords";
import { isSemesterTitle } from "./headerWords";
import { unsettledColumns } from "./settledByRow";
import { erWordLevel } from "./levelWords";
import { inCapitals } from "../levelWords";
import { formOffices } from "./offices";

export type ErBuildResult = { model: EvaluasiRenjaModel } | { model: null; reason: string };

/** Read the Evaluasi Renja table under a header into its model. */
export function buildErModel(reader: CellReader, header: ErHeaderMatch, columns: ColumnMap): ErBuildResult {
  const width = Math.min(reader.grid.colCount, 256);
  const numberCols = numberColumns(columns);
  const first = header.rows[1] + 1;
  let last = findErDataEnd(reader, columns, [...numberCols.keys()], first);
  if (last < first) {
    return {
      model: null,
      reason: `Lembar "${reader.sheet}": judul kolom tabel Evaluasi Renja ada di baris ${header.rows[0] + 1}, tetapi tidak ada baris data di bawahnya.`,
    };
  }
  // Rupiah in thousands: said above the table, or in a note under it.
  const { unit: rupiahUnit, ignored: rupiahUnitIgnored } = rupiahUnitOf(reader, header.rows[1], {
    cols: [columns.targetRenjaRp, columns.realisasiRp, columns.targetRenstraRp],
    rows: [first, last],
  });
  const frame = erFrame(
    columns,
    header.kodeColumns[0] === columns.kode ? header.kodeColumns : [],
    header.uraianColumns[0] === columns.uraian ? header.uraianColumns : [],
    rupiahUnit?.factor ?? 1,
  );
  const conventions = decideConventions(reader, numberCols, first, last);
  const numbers = new ErNumberReader(reader, conventions.byColumn);

  // A header copied onto a printed page, a page line: no data, and a SUM over them passes over their text as it
  // should (a kegiatan's SUM over a page break inside it is no sum short of an unreadable amount).
  const notData = new Set<number>();
  for (let r = first; r <= last; r++)
    if (isRepeatedHeaderRow(reader, columns, r, width) || isPageLineRow(reader, r)) notData.add(r);
  reader.skipRows(notData);
  const rows: ErRow[] = [];
  for (let r = first; r <= last; r++) if (!notData.has(r)) rows.push(readErRow(numbers, frame, r));
  // A Pemda-level form holding several offices: the first one's rows are this report's, the others are said.
  const tableEnd = last;
  const offices = formOffices(rows);
  const later = offices.later;
  if (later.length > 0) {
    last = later[0].row - 1;
    rows.splice(rows.findIndex((r) => r.row >= later[0].row));
  }
  const { kinds, totals, details } = classifyRows(rows);
  // Revenue rows (a BLUD's pendapatan) are no belanja: said once, neither checked nor in the tables.
  const pendapatan = rows.filter((r) => kinds.get(r) === "apart" && r.rp.present);
  const findings: Finding[] = [
    ...rowsFinding(reader.sheet, details, "level-uncertain.rincian"),
    ...rowsFinding(reader.sheet, pendapatan, "level-uncertain.pendapatan"),
  ];
  const blocks = outsideTotalsBlocks(rows, kinds, totals);
  const outside = new Set<number>();
  for (const b of blocks) for (let r = b.rows[0]; r <= b.rows[1]; r++) outside.add(r);

  const nodes = rows.filter((r) => kinds.get(r) === "node");
  // The table ends at its last row of data: footer lines (averages, factors) and blank rows after it are not data.
  const lastData = [...rows]
    .reverse()
    .find((r) => kinds.get(r) !== "footer" && kinds.get(r) !== "context" && kinds.get(r) !== "apart");
  if (lastData) last = lastData.row;
  for (const row of nodes) if (row.name === "") findings.push(missingName(reader.sheet, row));
  for (const row of rows) {
    const ind = row.indikator;
    const kind = kinds.get(row);
    if (ind && ind.name === "" && columns.indikator !== undefined && (kind === "node" || kind === "continuation")) {
      const hasK = ind.targetRenja !== null || ind.realisasiTriwulan.some((q) => q !== null) || ind.realisasi !== null;
      if (hasK) findings.push(missingIndikatorName(reader.sheet, ind.cell, row.row));
    }
  }
  const context = walkContext(reader, columns, rows, kinds, outside);
  const title = readTitle(reader, header.rows[0]);
  // Sub kegiatan exist from the 2021 budget on (Permendagri 90/2019); a form of an earlier year has two levels.
  const noSubKegiatan = title.tahun !== null && title.tahun < FIRST_YEAR_WITH_SUB_KEGIATAN;
  const tree = buildErTree(nodes, erLevelEvidence(nodes, { noSubKegiatan }), context.extras, reader.sheet);
  const headingFindings = sumErHeadingRows(tree, columns, reader.sheet);
  const fromRealisasi = title.triwulan === null ? triwulanFromRealisasi(nodes, rows) : null;

  const model: EvaluasiRenjaModel = {
    layout: "evaluasi-renja",
    sheet: reader.sheet,
    triwulan: title.triwulan ?? fromRealisasi,
    triwulanFrom: title.triwulanFrom ?? (fromRealisasi !== null ? "realisasi" : null),
    ...(title.triwulanLembar !== undefined ? { triwulanLembar: title.triwulanLembar } : {}),
    tahun: title.tahun ?? yearOfRenja(reader, header, columns),
    title: title.title,
    perangkatDaerah: perangkatDaerahOf(title.title) ?? offices.first?.name ?? null,
    columns,
    headerRows: header.rows,
    dataRows: [first, last],
    tujuan: context.tujuan,
    sasaran: context.sasaran,
    urusan: tree.urusan,
    bidang: tree.bidang,
    program: tree.program,
    ...numberedGroups(reader, header, columns),
    totals,
    outsideTotals: blocks,
    ambiguousColumns: unsettledColumns(
      conventions.ambiguous,
      conventions.doubtfulRows,
      columns,
      indikatorAt(rows),
      quartersCumulative(reader, header, columns),
    ),
    ...(quartersCumulative(reader, header, columns) ? { triwulanKumulatif: true as const } : {}),
    ...(quartersSemester(reader, header, columns) ? { semester: true as const } : {}),
    ...(rupiahUnit ? { rupiahUnit } : {}),
    ...(rupiahUnitIgnored ? { rupiahUnitIgnored } : {}),
    findings: [],
  };
  if (later.length > 0) {
    const period = { triwulan: model.triwulan, tahun: model.tahun };
    model.stackedTables = [
      { rows: [first, last], ...period, read: true },
      ...later.map((o, i) => ({
        rows: [o.row, (later[i + 1]?.row ?? tableEnd + 1) - 1] as [number, number],
        ...period,
        read: false,
        unit: o.name,
      })),
    ];
  }
  // A footer line's words in a figure column ("Predikat kinerja … Tinggi") are the form's, not an unreadable figure.
  // (A finding's row is 1-based.)
  const footerRows = new Set(
    rows.filter((r) => kinds.get(r) === "footer" || kinds.get(r) === "apart").map((r) => r.row + 1),
  );
  const read = reader.findings.filter(
    (f) => !(f.rule === "unreadable-value" && f.row !== null && footerRows.has(f.row)),
  );
  model.findings = withSubjects(model, inCellOrder([...read, ...findings, ...tree.findings, ...headingFindings]));
  return { model };
}

/** The one indikator written on a row (null for none, or several one per line). */
function indikatorAt(rows: readonly ErRow[]): (row: number) => ErIndikator | null {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  return (row) => {
    const r = byRow.get(row);
    return r?.indikator && r.moreIndikator === undefined ? r.indikator : null;
  };
}

/** One info finding for rows read as no node (a breakdown, revenue), at the first one's name, counting them. */
function rowsFinding(
  sheet: string,
  rows: readonly ErRow[],
  key: "level-uncertain.rincian" | "level-uncertain.pendapatan",
): Finding[] {
  if (rows.length === 0) return [];
  const cell = rows[0].nameCell;
  return [makeFinding({ rule: "level-uncertain", sheet, cell, key, params: { cell, jumlah: rows.length } })];
}

/** Every K, % and Rp column with what it holds, for the separator decision. */
function numberColumns(columns: ColumnMap): Map<number, ColumnKind> {
  const out = new Map<number, ColumnKind>();
  for (const key of ER_COLUMN_KEYS) {
    const col = columns[key];
    if (col === undefined) continue;
    const kind: ColumnKind | null = key.endsWith("Rp")
      ? key.startsWith("tingkatCapaian") || key.startsWith("capaianRenja")
        ? "persen"
        : "rp"
      : key.endsWith("Persen") || key === "tingkatCapaianK" || key === "capaianRenjaK"
        ? "persen"
        : key.endsWith("K")
          ? "k"
          : null;
    if (kind) out.set(col, kind);
  }
  return out;
}

/** The header over the first triwulan's columns says `s.d.` (sampai dengan) or `kumulatif`: quarters up to each. */
function quartersCumulative(reader: CellReader, header: ErHeaderMatch, columns: ColumnMap): boolean {
  return /\bs\s*\.?\s*\/?\s*d\b\.?|sampai dengan|kumulatif/i.test(firstQuarterHeader(reader, header, columns));
}

/** The realisasi columns are a semester form's halves (`Realisasi Kinerja Pada Semester` / `Semester I`, `II`). */
function quartersSemester(reader: CellReader, header: ErHeaderMatch, columns: ColumnMap): boolean {
  return isSemesterTitle(normaliseHeader(firstQuarterHeader(reader, header, columns)));
}

/** The header words over the first realisasi column of a quarter (a semester form has no TW I). */
function firstQuarterHeader(reader: CellReader, header: ErHeaderMatch, columns: ColumnMap): string {
  const col = columns.realisasiTw1Rp ?? columns.realisasiTw1K ?? columns.realisasiTw2Rp ?? columns.realisasiTw2K;
  if (col === undefined) return "";
  let text = "";
  for (let r = header.rows[0]; r <= header.rows[1]; r++) text += ` ${reader.masterText(r, col)}`;
  return text;
}

/**
 * The year the header gives the Renja evaluated (`Target … Renja PD Tahun Berjalan (2024)`), for a form whose title
 * and sheet name say none (a single sheet saved as HTML keeps no sheet name): the one year written over (8).
 */
function yearOfRenja(reader: CellReader, header: ErHeaderMatch, columns: ColumnMap): number | null {
  const col = columns.targetRenjaRp ?? columns.targetRenjaK;
  if (col === undefined) return null;
  const years = new Set<number>();
  for (let r = header.rows[0]; r <= header.rows[1]; r++)
    for (const m of reader.masterText(r, col).matchAll(/\b(20\d\d)\b/g)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0] : null;
}

/** The first budget year of the Permendagri 90/2019 nomenclature, which added sub kegiatan under kegiatan. */
const FIRST_YEAR_WITH_SUB_KEGIATAN = 2021;

/** Kinds of all rows; unnamed Rp rows become totals or nameless nodes. */
function classifyRows(rows: readonly ErRow[]): { kinds: Map<ErRow, RowKind>; totals: TotalRow[]; details: ErRow[] } {
  const kinds = new Map<ErRow, RowKind>();
  const open: ErRow[] = [];
  let lastNode: ErRow | null = null;
  let underFooter = false;
  for (const row of rows) {
    let kind = labelKind(row, isFooterText);
    // The lines of a note under the table (`Catatan:` then `1. Realisasi anggaran berdasarkan SP2D …`): words only,
    // without code or figure, in whatever column they were typed (the names, the tujuan). A row with figures starts
    // a block pasted under the notes.
    if (kind === "footer") underFooter = true;
    else if (underFooter && !row.kode && !row.rp.present && !row.indikator && !row.moreIndikator) kind = "footer";
    else underFooter = false;
    if (kind === "node" && lastNode !== null && repeatsNode(row, lastNode)) kind = "continuation";
    if (kind === "node" && lastNode !== null && continuesName(row, lastNode)) {
      lastNode.name = `${lastNode.name} ${row.name}`;
      kind = "continuation";
    }
    if (kind === "unnamed") open.push(row);
    else kinds.set(row, kind);
    if (kind === "node") lastNode = row;
    else if (kind !== "continuation") lastNode = null;
  }
  const details = detailRows(rows, kinds, open);
  for (const row of open) {
    if (details.includes(row)) {
      kinds.set(row, "continuation");
      continue;
    }
    const above = rows.filter((r) => r.row < row.row && kinds.get(r) === "node");
    const nodeFollows = rows.some((r) => r.row > row.row && kinds.get(r) === "node");
    kinds.set(row, isUnlabelledTotal(row, above, nodeFollows) ? "total" : "node");
  }
  const units = unitTotalRows(rows, kinds);
  const totals = rows
    .filter((r) => kinds.get(r) === "total")
    .map((r) => totalRow(r, labelKind(r, isFooterText) === "total", units.has(r.row)));
  return { kinds, totals, details };
}

/**
 * Two or more rows right under a node with Rp figures and nothing else of a node (no code, name or indikator) that
 * add up to the node's: its figures split by location, as a provincial form lists a sub kegiatan per kabupaten
 * (erprov42 F3: read as nameless sub kegiatan, with 8 false errors). Details of the node, no nodes.
 */
function detailRows(rows: readonly ErRow[], kinds: Map<ErRow, RowKind>, open: readonly ErRow[]): ErRow[] {
  const isOpen = new Set(open);
  const out: ErRow[] = [];
  rows.forEach((row, i) => {
    if (kinds.get(row) !== "node") return;
    const run: ErRow[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const next = rows[j];
      if (!isOpen.has(next) || next.indikator || next.row !== rows[j - 1].row + 1) break;
      run.push(next);
    }
    if (run.length < 2) return;
    const own = rpFigures(row.rp).pagu;
    const parts = run.map((r) => rpFigures(r.rp).pagu);
    if (own === null || parts.some((p) => p === null)) return;
    const total = parts.reduce((sum, p) => sum.plus((p as NonNullable<typeof p>).value), new Decimal(0));
    if (total.eq(own.value)) out.push(...run);
  });
  return out;
}

/**
 * A row that repeats the code and name of the node above it (the form's merged cells unmerged and filled down, as
 * some exports and copies do), with its next indikator, is that node's continuation: its Rp cells are left empty or
 * repeat the node's. Read as a node of its own, it doubled every sum it stood in.
 */
function repeatsNode(row: ErRow, node: ErRow): boolean {
  if (!row.indikator || row.kode !== node.kode || !sameName(row.name, node.name)) return false;
  // The same indikator again is a child that shares its parent's name (a kegiatan's only sub kegiatan often does).
  if (node.indikator && sameName(row.indikator.name, node.indikator.name)) return false;
  if (!row.rp.present) return true;
  // Figures repeated too: only a code tells a repeat from a child of the same name and amount.
  if (row.kode === undefined) return false;
  const [mine, theirs] = [rpFigures(row.rp), rpFigures(node.rp)];
  const same = (a: MaybeNumber, b: MaybeNumber) => a === null || (b !== null && a.value.eq(b.value));
  return (
    same(mine.pagu, theirs.pagu) &&
    same(mine.realisasi, theirs.realisasi) &&
    same(mine.targetRenstra, theirs.targetRenstra) &&
    same(mine.realisasiRenstra, theirs.realisasiRenstra) &&
    same(mine.realisasiSdTahun, theirs.realisasiSdTahun) &&
    mine.realisasiTriwulan.every((q, i) => same(q, theirs.realisasiTriwulan[i]))
  );
}

/**
 * A row holding only words in the name column, right under a node with a code, on a form whose nodes carry codes:
 * the rest of that node's name, wrapped over two lines of a printed form and pasted as two rows
 * (`PROGRAM PENUNJANG URUSAN` / `PEMERINTAHAN DAERAH KABUPATEN/KOTA`). Words that start a row of their own
 * (PROGRAM …, URUSAN …, Kegiatan: …) are not a continuation, nor capitals under a name that is not (a heading such
 * as `URUSAN PILIHAN`). Read as a node, each became a kegiatan or sub kegiatan without figures.
 */
function continuesName(row: ErRow, node: ErRow): boolean {
  if (node.row !== row.row - 1 || node.kode === undefined || node.name === "") return false;
  if (row.kode !== undefined || row.name === "" || row.nameCovered || row.rp.present) return false;
  if (row.indikator !== null || row.moreIndikator !== undefined || row.uraianOffset !== node.uraianOffset) return false;
  const { visi, misi, sasaranRpjmd, tujuan, sasaran } = row.context;
  if ([visi, misi, sasaranRpjmd, tujuan, sasaran].some((t) => t !== "")) return false;
  if (inCapitals(row.name) && !inCapitals(node.name)) return false;
  return erWordLevel(row.name) === null;
}

function sameName(a: string, b: string): boolean {
  return a !== "" && a.toLowerCase() === b.toLowerCase();
}

/** The numbered groups and equations of the row of column numbers. */
function numberedGroups(
  reader: CellReader,
  header: ErHeaderMatch,
  columns: ColumnMap,
): { columnGroups: ColumnGroup[]; equations: ColumnEquation[] } {
  if (header.numberRow === null) return { columnGroups: [], equations: [] };
  const keyOf = new Map<number, ErColumnKey>();
  for (const key of ER_COLUMN_KEYS) {
    const col = columns[key];
    if (col !== undefined && !keyOf.has(col)) keyOf.set(col, key);
  }
  const numbers = new Set(header.numberCells.map((c) => c.number));
  const columnGroups: ColumnGroup[] = [];
  const equations: ColumnEquation[] = [];
  for (const cell of header.numberCells) {
    const a1 = reader.a1(header.numberRow, cell.col);
    const roles = cell.columns.map((c) => groupOfKey(keyOf.get(c))).filter((g): g is ErGroup => g !== null);
    // A number written over each of its columns instead of merged across them is one group.
    const same = columnGroups.find((g) => g.number === cell.number);
    if (same) {
      same.columns.push(...cell.columns);
      same.role ??= roles[0] ?? null;
    } else columnGroups.push({ number: cell.number, role: roles[0] ?? null, cell: a1, columns: [...cell.columns] });
    if (cell.equation === undefined || equations.some((e) => e.number === cell.number)) continue;
    const expr = parseEquation(cell.equation, (n) => numbers.has(n));
    if (!expr) continue;
    equations.push({
      number: cell.number,
      text: reader.masterText(header.numberRow, cell.col),
      cell: a1,
      expr,
      sum: sumOfColumns(expr),
      ratio: ratioOfColumns(expr),
    });
  }
  return { columnGroups, equations };
}

function groupOfKey(key: ErColumnKey | undefined): ErGroup | null {
  const m = key ? /^(.*?)(K|Persen|Rp)$/.exec(key) : null;
  return m ? (m[1] as ErGroup) : null;
}

function missingName(sheet: string, row: ErRow): Finding {
  const cell = row.nameCell;
  return makeFinding({
    rule: "missing-name",
    sheet,
    cell,
    key: "missing-name.budget",
    params: { cell, baris: row.row + 1 },
  });
}

function missingIndikatorName(sheet: string, cell: string, row: number): Finding {
  return makeFinding({
    rule: "missing-name",
    sheet,
    cell,
    key: "missing-name.indikator",
    params: { cell, baris: row + 1 },
    level: "indikator",
  });
}
