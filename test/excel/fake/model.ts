import { CellRange } from "../../../src/core/grid/grid";
import { intersects } from "./addresses";
import type { FakeValidation } from "./dataValidation";
import type { FakeName } from "./names";
import type { FakeHeadersFooters } from "./sheetFeatures";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";
export type Edge = "top" | "bottom" | "left" | "right";

export interface FakeBorderLine {
  style: string;
  color?: string;
  weight?: string;
}

/** Cell formatting the fake keeps; absent means Excel's default. */
export interface FakeCellFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  fill?: string;
  /** Excel's FillPattern of a filled cell (`Gray50`, …); absent means Solid. */
  fillPattern?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  indent?: number;
  borders?: Partial<Record<Edge, FakeBorderLine>>;
}

export type FakeClearApplyTo = "All" | "Formats" | "Contents" | "Hyperlinks";

/** A conditional format rule as the officer sets it in Excel: where it applies, and what it tests. */
export interface FakeConditionalFormat {
  range: CellRange;
  type: string;
  formula: string;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeCell {
  value: string | number | boolean | null;
  /** Without the leading `=`. The fake does not calculate: a formula written through the API has value null. */
  formula?: string;
  numFmt?: string;
  format: FakeCellFormat;
  hyperlink?: FakeHyperlink;
}

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  /** The print area (PageLayout.setPrintArea), as an absolute A1 range; null when the whole sheet prints. */
  printArea: string | null;
  margins: { left?: number; right?: number; top?: number; bottom?: number; header?: number; footer?: number };
  /** Headers and footers for all pages (HeaderFooterGroup.defaultForAllPages), in Excel's `&P`/`&N` codes. */
  headersFooters: FakeHeadersFooters;
  /** 0-based rows with a manual page break above them. */
  rowBreaks: number[];
  /** PageLayout.firstPageNumber (ExcelApi 1.9): "" for automatic numbering. */
  firstPageNumber: number | "";
}

export class FakeSheet {
  visibility: Visibility = "Visible";
  tabColor = "";
  protected = false;
  deleted = false;
  readonly cells = new Map<number, Map<number, FakeCell>>();
  merges: CellRange[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze = { rows: 0, cols: 0 };
  readonly pageLayout: FakePageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
    printArea: null,
    margins: {},
    headersFooters: {
      leftHeader: "",
      centerHeader: "",
      rightHeader: "",
      leftFooter: "",
      centerFooter: "",
      rightFooter: "",
    },
    rowBreaks: [],
    firstPageNumber: "",
  };
  /** Sheet-scoped defined names (names.ts). */
  names: FakeName[] = [];
  /** The range with filter buttons, when the sheet has an AutoFilter. */
  autoFilter: CellRange | null = null;
  /** Data validation per cell, keyed `row,col` (dataValidation.ts). */
  readonly validations = new Map<string, FakeValidation>();
  /** 0-based rows hidden (by hand or by a filter). */
  readonly hiddenRows = new Set<number>();

  constructor(public name: string) {}

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(row)?.get(col);
  }

  cell(row: number, col: number): FakeCell {
    let r = this.cells.get(row);
    if (!r) this.cells.set(row, (r = new Map()));
    let c = r.get(col);
    if (!c) r.set(col, (c = { value: null, format: {} }));
    return c;
  }

  /** Visit the cells of a rectangle that exist (never creates cells). */
  forExisting(rect: CellRange, fn: (cell: FakeCell, row: number, col: number) => void): void {
    for (const [row, cols] of this.cells) {
      if (row < rect.top || row > rect.bottom) continue;
      for (const [col, cell] of cols) if (col >= rect.left && col <= rect.right) fn(cell, row, col);
    }
  }

  /** The used range as Excel computes it: cells with a value (or, unless valuesOnly, with any formatting). */
  usedRect(valuesOnly: boolean): CellRange | null {
    let rect: CellRange | null = null;
    for (const [row, cols] of this.cells) {
      for (const [col, cell] of cols) {
        if (!isUsed(cell, valuesOnly)) continue;
        if (!rect) rect = { top: row, bottom: row, left: col, right: col };
        else {
          rect.top = Math.min(rect.top, row);
          rect.bottom = Math.max(rect.bottom, row);
          rect.left = Math.min(rect.left, col);
          rect.right = Math.max(rect.right, col);
        }
      }
    }
    return rect;
  }

  mergesWithin(rect: CellRange): CellRange[] {
    return this.merges.filter((m) => intersects(m, rect));
  }

  /** Merging keeps the top-left value and empties the rest, as Excel does. */
  merge(rect: CellRange): void {
    this.merges = this.merges.filter((m) => !intersects(m, rect));
    this.merges.push({ ...rect });
    this.forExisting(rect, (cell, row, col) => {
      if (row === rect.top && col === rect.left) return;
      cell.value = null;
      delete cell.formula;
    });
  }
}

function isUsed(cell: FakeCell, valuesOnly: boolean): boolean {
  if (cell.value !== null || cell.formula !== undefined) return true;
  if (valuesOnly) return false;
  return cell.numFmt !== undefined || Object.keys(cell.format).length > 0 || cell.hyperlink !== undefined;
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  /** Workbook-scoped defined names (Workbook.names), held as a sheet of no name that is never listed. */
  readonly workbookScope = new FakeSheet("");
  /** Workbook structure protection: sheets cannot be added, deleted or hidden. */
  structureProtected = false;
  active: FakeSheet | null = null;
  selection: { sheet: FakeSheet; rect: CellRange } | null = null;

  find(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  visibleSheets(): FakeSheet[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

/**
 * What Excel stores when the API writes `input` (through `values` or `formulas`) into a cell: like typing, a
 * string becomes a formula, a number or a boolean unless the cell is formatted as text (`@`) or starts with `'`.
 * The fake models numbers, percentages, booleans and formulas; Excel also turns date-like text into dates.
 */
export function writeInput(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  if (input === null || input === undefined || input === "") {
    cell.value = null;
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (cell.numFmt === "@") {
    cell.value = s;
  } else if (s.startsWith("'")) {
    cell.value = s.slice(1);
  } else if (s.startsWith("=") && s.length > 1) {
    cell.formula = s.slice(1);
    cell.value = null;
  } else if (NUMBER.test(s)) {
    cell.value = Number(s);
  } else if (PERCENT.test(s)) {
    cell.value = Number(s.slice(0, -1)) / 100;
    cell.numFmt ??= "0%";
  } else if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === "true";
  } else {
    cell.value = s;
  }
}
