import { CellRange, CellValue, Grid, GridCell } from "../../src/core/grid/grid";
import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { rangeToA1 } from "../../src/core/grid/address";
import type { RunExcel } from "../../src/excel/runExcel";
import { EXCEL_WEB_LIMITS, FakeContext, FakeLimits } from "./fake/context";
import { FakeOfficeError } from "./fake/errors";
import { FakeCell, FakeSheet, FakeWorkbookModel, Visibility } from "./fake/model";
import { ExcelStats } from "./fake/stats";

export { ExcelStats } from "./fake/stats";
export type { RequestRecord, WriteRecord } from "./fake/stats";
export type { FakeCell, FakeSheet, FakeCellFormat, Visibility } from "./fake/model";
export { FakeOfficeError } from "./fake/errors";
export { EXCEL_WEB_LIMITS } from "./fake/context";
export type { FakeLimits } from "./fake/context";
export { attachmentCount } from "./fake/attachments";
export type { AttachmentKind } from "./fake/attachments";

export interface SeedSheet {
  grid: Grid;
  visibility?: Visibility;
  protected?: boolean;
}

export interface InMemoryExcelOptions {
  sheets?: (Grid | SeedSheet)[];
  /** Defaults to Excel on the web: 5 MB per request and per response, 5,000,000 cells per range read. */
  limits?: Partial<FakeLimits>;
  structureProtected?: boolean;
}

export interface InMemoryExcel {
  /** Same shape as Excel.run; ends with a sync when statements are still queued, as Excel.run does. */
  run: RunExcel;
  /** `Excel.run({ mergeUndoGroup: true }, batch)`: Worksheet.delete and .visibility fail with UndoNotSupported. */
  runGrouped: RunExcel;
  workbook: InMemoryWorkbook;
  stats: ExcelStats;
  /** Make the next sync fail with this Office error (e.g. "InvalidOperationInCellEditMode"). */
  failNextSync(code: string, message?: string, errorLocation?: string): void;
}

/**
 * An in-memory implementation of the subset of the Excel JavaScript API the Office adapter uses, with Office's
 * proxy semantics (load + sync before reading, writes applied at sync, isNullObject) and a measure of every
 * request (statements, bytes both ways, cells) so tests can hold the adapter to Excel on the web's limits.
 */
export function createInMemoryExcel(options: InMemoryExcelOptions = {}): InMemoryExcel {
  const model = new FakeWorkbookModel();
  model.structureProtected = options.structureProtected ?? false;
  const workbook = new InMemoryWorkbook(model);
  for (const s of options.sheets ?? []) {
    if ("grid" in s) workbook.addSheet(s.grid, { visibility: s.visibility, protected: s.protected });
    else workbook.addSheet(s);
  }
  const stats = new ExcelStats();
  const limits = { ...EXCEL_WEB_LIMITS, ...options.limits };
  let injected: FakeOfficeError | undefined;
  const hooks = {
    takeInjectedError: () => {
      const e = injected;
      injected = undefined;
      return e;
    },
  };
  const runWith = async <T>(grouped: boolean, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(model, stats, limits, hooks, grouped);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending > 0) await context.sync();
      if (grouped) stats.undoGroups++;
      return result;
    } catch (e) {
      if (grouped) stats.refusedUndoGroups++;
      throw e;
    }
  };
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => runWith(false, batch);
  const runGrouped = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => runWith(true, batch);
  return {
    run: run as RunExcel,
    runGrouped: runGrouped as RunExcel,
    workbook,
    stats,
    failNextSync: (code, message = `Simulated ${code}`, errorLocation) => {
      injected = new FakeOfficeError(code, message, errorLocation);
    },
  };
}

/** Direct access to the in-memory workbook, bypassing the API: for seeding and for assertions. */
export class InMemoryWorkbook {
  constructor(readonly model: FakeWorkbookModel) {}

  /** Add a sheet from a Grid or from rows of values (each a value or a GridCell). */
  addSheet(
    source: Grid | { name: string; rows: (CellValue | GridCell | undefined)[][]; merges?: CellRange[] },
    options: { visibility?: Visibility; protected?: boolean } = {},
  ): FakeSheet {
    const grid = "cells" in source ? source : gridFromRows(source.name, source.rows, source.merges);
    const sheet = new FakeSheet(grid.name);
    sheet.visibility = options.visibility ?? "Visible";
    sheet.protected = options.protected ?? false;
    grid.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const target = sheet.cell(r, c);
        target.value = cell.value;
        if (cell.formula !== undefined) target.formula = cell.formula;
        if (cell.numFmt !== undefined && cell.numFmt !== "General") target.numFmt = cell.numFmt;
        if (cell.bold) target.format.bold = true;
        if (cell.indent) target.format.indent = cell.indent;
        if (cell.fill) target.format.fill = cell.fill;
      }),
    );
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    for (const r of grid.hiddenRows ?? []) sheet.hiddenRows.add(r);
    this.model.sheets.push(sheet);
    if (!this.model.active && sheet.visibility === "Visible") this.model.active = sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.model.find(name);
    if (!sheet) throw new Error(`No sheet named ${name}; sheets: ${this.sheetNames().join(", ")}`);
    return sheet;
  }

  has(name: string): boolean {
    return this.model.find(name) !== undefined;
  }

  /** Every sheet, hidden ones included, in tab order. */
  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  activeSheet(): string | null {
    return this.model.active?.name ?? null;
  }

  selection(): { sheet: string; address: string } | null {
    const s = this.model.selection;
    return s ? { sheet: s.sheet.name, address: rangeToA1(s.rect) } : null;
  }

  cell(sheet: string, row: number, col: number): FakeCell | undefined {
    return this.sheet(sheet).peek(row, col);
  }

  /**
   * A sheet as a Grid, in the convention of the file adapter: cells with a value or a formula; numFmt when not
   * General; bold only when true; indent only when above 0; rows and columns up to the last value.
   */
  toGrid(name: string): Grid {
    const sheet = this.sheet(name);
    const used = sheet.usedRect(true);
    const rowCount = used ? used.bottom + 1 : 0;
    const colCount = used ? used.right + 1 : 0;
    const cells: (GridCell | undefined)[][] = Array.from({ length: rowCount }, () => []);
    for (const [row, cols] of sheet.cells) {
      for (const [col, cell] of cols) {
        if (cell.value === null && cell.formula === undefined) continue;
        const out: GridCell = { value: cell.value };
        if (cell.formula !== undefined) out.formula = cell.formula;
        if (cell.numFmt !== undefined) out.numFmt = cell.numFmt;
        if (cell.format.bold) out.bold = true;
        if (cell.format.indent) out.indent = cell.format.indent;
        cells[row][col] = out;
      }
    }
    return { name: sheet.name, rowCount, colCount, cells, merges: sheet.merges.map((m) => ({ ...m })) };
  }
}
