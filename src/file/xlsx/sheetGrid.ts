import { toA1 } from "../../core/grid/address";
import { CellRange, CellValue, Grid, GridCell } from "../../core/grid/grid";
import { ProgressFn } from "../../core/ports/workbookPort";
import { PackageParts } from "../package/packageParts";
import { parseCellRef, parseRangeRef } from "./cellAddress";
import { booleanValue, isoDateValue, numberValue } from "./cellValues";
import { decodeEscapes } from "./escapedText";
import { shiftFormula, tidyFormula } from "./formulaText";
import { packageContext } from "./packageContext";
import { CellStyle } from "./styles";
import { WorkbookInfo, WorkbookSheet } from "./workbookInfo";
import { malformedPart, missingSheetPart, notAWorksheet, unknownSheet } from "../ooxml/ooxmlErrors";
import { streamXml } from "./xmlStream";

/** Rows between two progress reports. */
const PROGRESS_ROWS = 1_000;

/**
 * One worksheet as the engine's Grid, streamed from its part: values (a formula cell holds its cached result), number
 * formats, formulas (shared ones expanded per cell), bold, indent, fill and merges. Everything else in the part —
 * and every other part (drawings, comments, tables, pivots, external links) — is passed over unread. As in the
 * exceljs reader: a cell is kept when it holds a value or a formula; merged-away cells are empty; rows and columns
 * run up to the last kept cell.
 */
export function readSheetGrid(
  parts: PackageParts,
  info: WorkbookInfo,
  sheetName: string,
  onProgress?: ProgressFn,
): Grid {
  const sheet = findSheet(info, sheetName);
  if (sheet.kind !== "worksheet") throw notAWorksheet(sheet.name, sheet.part);
  const bytes = parts.bytes(sheet.part);
  if (!bytes) throw missingSheetPart(sheet.name, sheet.part);
  const { strings, styles } = packageContext(parts, info);
  const reader = new SheetReader(sheet, strings, styles, info.date1904, onProgress);
  streamXml(bytes, sheet.part, reader);
  return reader.grid();
}

/** The sheet of that name: exactly as written, else ignoring case as Excel does. */
function findSheet(info: WorkbookInfo, name: string): WorkbookSheet {
  const exact = info.sheets.find((s) => s.name === name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  const found = info.sheets.find((s) => s.name.toLowerCase() === lower);
  if (!found) throw unknownSheet(name);
  return found;
}

/** What a text event is collected into. */
const enum Capture {
  None,
  Value,
  Formula,
  InlineText,
}

interface SharedFormula {
  text: string;
  row: number;
  col: number;
}

class SheetReader {
  private readonly cells: (GridCell | undefined)[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly shared = new Map<string, SharedFormula>();
  /** Prefix of the sheet's own elements (`x` in `<x:worksheet>`); elements of other namespaces are skipped. */
  private prefix: string | null = null;
  /** Depth inside elements that hold nothing the engine reads (`extLst`, foreign elements). */
  private skipping = 0;
  private inSheetData = false;
  private totalRows = 0;
  private lastReported = 0;

  private row = -1;
  private col = -1;
  private inCell = false;
  private type = "";
  private style = 0;
  private capture = Capture.None;
  private value = "";
  private hasValue = false;
  private formula = "";
  private formulaType = "";
  private sharedIndex = "";
  private inline = "";
  private inInline = false;
  private phonetic = 0;

  constructor(
    private readonly sheet: WorkbookSheet,
    private readonly strings: string[],
    private readonly styles: CellStyle[],
    private readonly date1904: boolean,
    private readonly onProgress?: ProgressFn,
  ) {}

  open(name: string, prefix: string, attributes: Record<string, string>): void {
    if (this.prefix === null) {
      this.prefix = prefix;
      return;
    }
    if (this.skipping > 0 || prefix !== this.prefix || name === "extLst") {
      this.skipping++;
      return;
    }
    if (this.inCell) {
      this.openInCell(name, attributes);
      return;
    }
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        this.onProgress?.({ phase: "membaca", done: 0, total: this.totalRows });
        break;
      case "row":
        if (this.inSheetData) this.openRow(attributes.r, attributes.hidden);
        break;
      case "c":
        if (this.inSheetData) this.openCell(attributes);
        break;
      case "mergeCell":
        this.addMerge(attributes.ref);
        break;
      case "dimension":
        this.totalRows = (parseRangeRef(attributes.ref ?? "")?.bottom ?? -1) + 1;
        break;
    }
  }

  close(name: string, prefix: string): void {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    if (prefix !== this.prefix) return;
    if (this.inCell) {
      this.closeInCell(name);
      return;
    }
    if (name === "row") this.reportProgress(false);
    else if (name === "sheetData") this.inSheetData = false;
  }

  text(t: string): void {
    switch (this.capture) {
      case Capture.Value:
        this.value += t;
        break;
      case Capture.Formula:
        this.formula += t;
        break;
      case Capture.InlineText:
        this.inline += t;
        break;
    }
  }

  private openRow(r: string | undefined, hidden: string | undefined): void {
    const n = r === undefined ? NaN : Number(r);
    this.row = Number.isInteger(n) && n >= 1 ? n - 1 : this.row + 1;
    this.col = -1;
    if (hidden === "1" || hidden === "true") this.hiddenRows.push(this.row);
  }

  private openCell(attributes: Record<string, string>): void {
    const ref = attributes.r;
    if (ref !== undefined) {
      const at = parseCellRef(ref);
      if (!at) throw malformedPart(this.sheet.part, `alamat sel "${ref}" tidak sah`);
      this.row = at.row;
      this.col = at.col;
    } else {
      if (this.row < 0) this.row = 0;
      this.col++;
    }
    this.inCell = true;
    this.type = attributes.t ?? "n";
    const s = attributes.s;
    this.style = s === undefined ? 0 : Number(s) || 0;
    this.value = "";
    this.hasValue = false;
    this.formula = "";
    this.formulaType = "";
    this.sharedIndex = "";
    this.inline = "";
  }

  private openInCell(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case "v":
        this.capture = Capture.Value;
        this.hasValue = true;
        break;
      case "f":
        this.capture = Capture.Formula;
        this.formulaType = attributes.t ?? "";
        this.sharedIndex = attributes.si ?? "";
        break;
      case "is":
        this.inInline = true;
        this.hasValue = true;
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "t":
        if (this.inInline && this.phonetic === 0) this.capture = Capture.InlineText;
        break;
    }
  }

  private closeInCell(name: string): void {
    switch (name) {
      case "v":
      case "f":
      case "t":
        this.capture = Capture.None;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "is":
        this.inInline = false;
        break;
      case "c":
        this.inCell = false;
        this.capture = Capture.None;
        this.finishCell();
        break;
    }
  }

  private finishCell(): void {
    const formula = this.cellFormula();
    const value = this.cellValue();
    if (formula === undefined && (value === null || value === "")) return;
    const cell: GridCell = { value };
    const style = this.styles[this.style] ?? this.styles[0];
    if (style?.numFmt !== undefined) cell.numFmt = style.numFmt;
    if (this.type === "e" && typeof value === "string") cell.text = value;
    if (formula !== undefined) cell.formula = formula;
    if (style?.bold) cell.bold = true;
    if (style && style.indent > 0) cell.indent = style.indent;
    if (style?.fill !== undefined) cell.fill = style.fill;
    (this.cells[this.row] ??= [])[this.col] = cell;
  }

  /** The cell's own formula text; a shared formula's dependent cell gets the master's, shifted. */
  private cellFormula(): string | undefined {
    const type = this.formulaType;
    if (type === "dataTable") return undefined;
    if (type === "shared" && this.sharedIndex !== "") {
      if (this.formula !== "") {
        this.shared.set(this.sharedIndex, { text: this.formula, row: this.row, col: this.col });
        return tidyFormula(this.formula);
      }
      const master = this.shared.get(this.sharedIndex);
      return master ? shiftFormula(master.text, this.row - master.row, this.col - master.col) : undefined;
    }
    return this.formula !== "" ? tidyFormula(this.formula) : undefined;
  }

  private cellValue(): CellValue {
    if (!this.hasValue) return null;
    const v = this.value;
    switch (this.type) {
      case "s": {
        const text = this.strings[Number(v)];
        if (text === undefined) {
          const cell = toA1(this.row, this.col);
          throw malformedPart(this.sheet.part, `sel ${cell} merujuk teks bersama nomor ${v}, yang tidak ada`);
        }
        return text;
      }
      case "str":
        return decodeEscapes(v);
      case "inlineStr":
        return decodeEscapes(this.inline);
      case "b":
        return booleanValue(v);
      case "e":
        return v;
      case "d":
        return isoDateValue(v, this.date1904);
      default:
        return v === "" ? null : numberValue(v);
    }
  }

  private addMerge(ref: string | undefined): void {
    const range = ref ? parseRangeRef(ref) : null;
    if (range && (range.bottom > range.top || range.right > range.left)) this.merges.push(range);
  }

  private reportProgress(final: boolean): void {
    if (!this.onProgress) return;
    const done = this.row + 1;
    if (!final && done - this.lastReported < PROGRESS_ROWS) return;
    this.lastReported = done;
    const total = Math.max(this.totalRows, done);
    this.onProgress({ phase: "membaca", done, total });
  }

  grid(): Grid {
    this.reportProgress(true);
    const cells = this.cells;
    for (const m of this.merges) emptyMergedAway(cells, m);
    let rowCount = 0;
    let colCount = 0;
    for (let r = 0; r < cells.length; r++) {
      const line = cells[r];
      if (!line) continue;
      let length = line.length;
      while (length > 0 && line[length - 1] === undefined) length--;
      line.length = length;
      if (length === 0) continue;
      rowCount = r + 1;
      if (length > colCount) colCount = length;
    }
    cells.length = rowCount;
    for (let r = 0; r < rowCount; r++) cells[r] ??= [];
    const hiddenRows = this.hiddenRows.filter((r) => r < rowCount);
    return {
      name: this.sheet.name,
      rowCount,
      colCount,
      cells,
      merges: this.merges,
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    };
  }
}

/** Only a merge's top-left cell shows; whatever the others hold is not part of the sheet as Excel shows it. */
function emptyMergedAway(cells: (GridCell | undefined)[][], m: CellRange): void {
  const bottom = Math.min(m.bottom, cells.length - 1);
  for (let r = m.top; r <= bottom; r++) {
    const line = cells[r];
    if (!line) continue;
    const right = Math.min(m.right, line.length - 1);
    for (let c = r === m.top ? m.left + 1 : m.left; c <= right; c++) delete line[c];
  }
}
