import Decimal from "decimal.js";
import { parsePolaritas, Polaritas } from "../formulas";
import { toA1 } from "../grid/address";
import { Grid, GridCell } from "../grid/grid";
import { parseCellNumber } from "../numbers";
import { DataIndikator, DataPendukung } from "../model/dataPendukung";
import { Finding } from "../model/finding";
import { makeFinding } from "../model/makeFinding";
import { DataColumn as KolomAngka } from "../model/messages/params";
import { classifyHeader, DataColumn } from "./dataPendukungLayout";
import { normaliseName } from "./text";

/** What the Data Pendukung sheet holds: DataPendukung plus the year the user wrote (null when empty). */
export interface DataPendukungTerbaca extends DataPendukung {
  tahun: number | null;
}

/** The year of a DataPendukung read by readDataPendukung, if it carries one. */
export function tahunDataPendukung(dp: DataPendukung | null): number | null {
  const t = (dp as Partial<DataPendukungTerbaca> | null)?.tahun;
  return typeof t === "number" ? t : null;
}

const NUMBER_COLUMNS = ["targetTahunLalu", "realisasiTahunLalu", "targetAkhirRenstra"] as const;
const POLARITAS_WORDS = "positif, negatif, negatif-b atau stabil";

function text(cell: GridCell | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined ? "" : String(v).trim();
}

/** The header row of a Data Pendukung sheet and where each column is, or null when it has none. */
export function findDataPendukungHeader(
  grid: Grid,
): { row: number; columns: Partial<Record<DataColumn, number>> } | null {
  return new Reader(grid, []).findHeader();
}

/**
 * Read the Data Pendukung sheet, finding its labels and its header by their words (rows and columns may have
 * moved). Numbers are read as the indikator's own unit: percentages in percent points, and a plain number in a
 * percentage cell is percent points too. Bad entries give findings, never an exception.
 */
export function readDataPendukung(grid: Grid): { data: DataPendukungTerbaca; findings: Finding[] } {
  const findings: Finding[] = [];
  const reader = new Reader(grid, findings);
  const header = reader.findHeader();
  const labelsEnd = header ? header.row : grid.rowCount;
  const data: DataPendukungTerbaca = {
    namaPerangkatDaerah: reader.labelText(
      labelsEnd,
      (w) => w.startsWith("nama perangkat daerah") || w === "nama opd" || w === "nama skpd",
    ),
    totalAnggaran: reader.labelNumber(labelsEnd, (w) => w.startsWith("total anggaran"), "totalAnggaran"),
    tahun: reader.labelYear(labelsEnd),
    indikator: [],
  };
  if (!header) {
    findings.push(
      makeFinding({
        rule: "missing-value",
        sheet: grid.name,
        cell: "A1",
        expected: "Indikator Kinerja",
        key: "missing-value.data-pendukung-header",
        params: { sheet: grid.name },
      }),
    );
    return { data, findings };
  }
  data.indikator = reader.rows(header.row, header.columns);
  return { data, findings };
}

class Reader {
  constructor(
    private readonly grid: Grid,
    private readonly findings: Finding[],
  ) {}

  private cell(row: number, col: number): GridCell | undefined {
    return this.grid.cells[row]?.[col];
  }

  /** The first row that names an Indikator column and at least one input column. */
  findHeader(): { row: number; columns: Partial<Record<DataColumn, number>> } | null {
    for (let r = 0; r < this.grid.rowCount; r++) {
      const columns: Partial<Record<DataColumn, number>> = {};
      const row = this.grid.cells[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const kind = classifyHeader(normaliseName(text(row[c])));
        if (kind && columns[kind] === undefined) columns[kind] = c;
      }
      const inputs = ["polaritas", ...NUMBER_COLUMNS, "analisis", "programPenunjang"] as DataColumn[];
      if (columns.indikator !== undefined && inputs.some((k) => columns[k] !== undefined)) return { row: r, columns };
    }
    return null;
  }

  /** The first non-empty cell right of a label matching `isLabel`, above the header. */
  private labelValue(
    end: number,
    isLabel: (words: string) => boolean,
  ): { row: number; col: number; cell: GridCell } | null {
    for (let r = 0; r < end; r++) {
      const row = this.grid.cells[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        if (!isLabel(normaliseName(text(row[c])))) continue;
        for (let k = c + 1; k < Math.max(row.length, this.grid.colCount); k++) {
          const v = row[k];
          if (v && text(v) !== "") return { row: r, col: k, cell: v };
        }
        return null;
      }
    }
    return null;
  }

  labelText(end: number, isLabel: (words: string) => boolean): string {
    const found = this.labelValue(end, isLabel);
    return found ? text(found.cell) : "";
  }

  labelNumber(end: number, isLabel: (words: string) => boolean, kolom: KolomAngka): Decimal | null {
    const found = this.labelValue(end, isLabel);
    return found ? this.number(found.row, found.col, kolom) : null;
  }

  labelYear(end: number): number | null {
    const isLabel = (w: string) => w === "tahun" || w === "tahun anggaran" || w === "tahun laporan";
    const found = this.labelValue(end, isLabel);
    if (!found) return null;
    const v = this.number(found.row, found.col, "tahun");
    if (v === null) return null;
    if (!v.isInteger() || v.lessThan(1900) || v.greaterThan(2999)) {
      this.unreadable(found.row, found.col, "tahun", text(found.cell), "tahun empat angka, mis. 2022");
      return null;
    }
    return v.toNumber();
  }

  /** A number in the cell; empty gives null; unreadable gives null and a finding. */
  number(row: number, col: number, kolom: KolomAngka, indikator: string | null = null): Decimal | null {
    const parsed = parseCellNumber(this.cell(row, col));
    if (parsed.kind === "empty") return null;
    if (parsed.kind === "number") return parsed.value;
    this.unreadable(row, col, kolom, parsed.text, null, indikator);
    return null;
  }

  private unreadable(
    row: number,
    col: number,
    kolom: KolomAngka,
    actual: string,
    expected: string | null,
    indikator: string | null = null,
  ): void {
    const a1 = toA1(row, col);
    this.findings.push(
      makeFinding({
        rule: "unreadable-value",
        sheet: this.grid.name,
        cell: a1,
        expected,
        actual,
        key: "unreadable-value.data-pendukung",
        params: { cell: a1, kolom, sheet: this.grid.name, teks: actual },
        ...(indikator !== null ? { level: "indikator", name: indikator } : {}),
      }),
    );
  }

  private polaritas(row: number, col: number | undefined, indikator: string): Polaritas {
    if (col === undefined) return "positif";
    const raw = text(this.cell(row, col));
    if (raw === "") return "positif";
    const p = parsePolaritas(raw);
    if (p) return p;
    const a1 = toA1(row, col);
    this.findings.push(
      makeFinding({
        rule: "unreadable-value",
        sheet: this.grid.name,
        cell: a1,
        expected: POLARITAS_WORDS,
        actual: raw,
        key: "unreadable-value.polaritas",
        params: { cell: a1, sheet: this.grid.name, teks: raw },
        level: "indikator",
        name: indikator,
      }),
    );
    return "positif";
  }

  rows(headerRow: number, columns: Partial<Record<DataColumn, number>>): DataIndikator[] {
    const out: DataIndikator[] = [];
    const indCol = columns.indikator as number;
    const textAt = (r: number, key: DataColumn) =>
      columns[key] === undefined ? "" : text(this.cell(r, columns[key] as number));
    let sasaran = "";
    for (let r = headerRow + 1; r < this.grid.rowCount; r++) {
      const name = textAt(r, "indikator");
      sasaran = textAt(r, "sasaran") || sasaran;
      const filled =
        NUMBER_COLUMNS.some((k) => textAt(r, k) !== "") ||
        textAt(r, "analisis") !== "" ||
        textAt(r, "programPenunjang") !== "";
      if (name === "") {
        if (filled) {
          const a1 = toA1(r, indCol);
          this.findings.push(
            makeFinding({
              rule: "missing-value",
              sheet: this.grid.name,
              cell: a1,
              expected: "nama indikator",
              key: "missing-value.data-pendukung-name",
              params: { cell: a1, sheet: this.grid.name, baris: r + 1 },
              level: "indikator",
            }),
          );
        }
        continue;
      }
      const num = (key: (typeof NUMBER_COLUMNS)[number]) =>
        columns[key] === undefined ? null : this.number(r, columns[key] as number, key, name);
      out.push({
        sasaran,
        indikator: name,
        polaritas: this.polaritas(r, columns.polaritas, name),
        targetTahunLalu: num("targetTahunLalu"),
        realisasiTahunLalu: num("realisasiTahunLalu"),
        targetAkhirRenstra: num("targetAkhirRenstra"),
        analisis: textAt(r, "analisis"),
        programPenunjang: textAt(r, "programPenunjang"),
        cell: toA1(r, indCol),
      });
    }
    return out;
  }
}
