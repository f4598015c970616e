import { CellRange } from "../../../src/core/grid/grid";
import { toA1 } from "../../../src/core/grid/address";
import { cellCount, eachCell, intersects, qualifiedAddress } from "./addresses";
import { cellProperties, checkCellPropertiesOptions } from "./cellProperties";
import { FakeClientObject, LoadArg } from "./clientObject";
import type { FakeContext } from "./context";
import { jsonLength, STATEMENT_BYTES } from "./context";
import { FakeDataValidation } from "./dataValidation";
import { officeErrors, unsupported } from "./errors";
import { FakeRangeFormat } from "./format";
import { FakeClearApplyTo, FakeHyperlink, FakeSheet, writeInput } from "./model";

export interface RangeTarget {
  sheet: FakeSheet;
  rect: CellRange;
}

const DATA_PROPS = new Set(["values", "formulas", "numberFormat", "text"]);

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly loadable = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "formulas",
    "numberFormat",
    "text",
  ] as const;
  private formatProxy: FakeRangeFormat | undefined;
  private dataValidationProxy: FakeDataValidation | undefined;

  constructor(context: FakeContext, resolver: () => RangeTarget | null, eager = true) {
    super(context, "Range", resolver, eager);
  }

  protected get touchesCells(): boolean {
    return true;
  }

  protected sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }

  protected addressOf(t: RangeTarget): string {
    return qualifiedAddress(t.sheet.name, t.rect);
  }

  protected cellsRead(t: RangeTarget, name: string): number {
    return DATA_PROPS.has(name) ? cellCount(t.rect) : 0;
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    switch (name) {
      case "address":
        return qualifiedAddress(sheet.name, rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
    }
    if (cellCount(rect) > this.context.limits.maxCells) throw officeErrors.rangeExceedsLimit(`Range.${name}`);
    return grid2d(rect, (row, col) => {
      const cell = sheet.peek(row, col);
      switch (name) {
        case "values":
          return cell?.value ?? "";
        case "formulas":
          return cell?.formula !== undefined ? `=${cell.formula}` : (cell?.value ?? "");
        case "numberFormat":
          return cell?.numFmt ?? "General";
        default:
          return cell?.value === null || cell?.value === undefined ? "" : String(cell.value);
      }
    });
  }

  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get text(): string[][] {
    return this.prop("text");
  }

  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown) {
    this.queueData("values", v, (cell, input) => writeInput(cell, input));
  }

  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(v: unknown) {
    this.queueData("formulas", v, (cell, input) => writeInput(cell, input));
  }

  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.queueData("numberFormat", v, (cell, input) => {
      const f = String(input);
      if (f === "General" || f === "") delete cell.numFmt;
      else cell.numFmt = f;
    });
  }

  get hyperlink(): FakeHyperlink {
    return this.prop("hyperlink");
  }
  set hyperlink(link: FakeHyperlink) {
    this.queueWrite("hyperlink", link, ({ sheet, rect }) => {
      eachCell(rect, (row, col) => {
        const cell = sheet.cell(row, col);
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
      });
    });
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, () => this.target()));
  }

  get dataValidation(): FakeDataValidation {
    return (this.dataValidationProxy ??= new FakeDataValidation(this.context, () => this.target()));
  }

  merge(across = false): void {
    this.queueWrite("merge", { across }, ({ sheet, rect }) => {
      if (!across) sheet.merge(rect);
      else for (let r = rect.top; r <= rect.bottom; r++) sheet.merge({ ...rect, top: r, bottom: r });
    });
  }

  unmerge(): void {
    this.queueWrite("unmerge", null, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !sheet.mergesWithin(rect).includes(m));
    });
  }

  /** Excel's ClearApplyTo: `Hyperlinks` takes the links alone; conditional formats go with All and Formats only. */
  clear(applyTo: FakeClearApplyTo = "All"): void {
    this.queueWrite("clear", { applyTo }, ({ sheet, rect }) => {
      const contents = applyTo === "All" || applyTo === "Contents";
      const formats = applyTo === "All" || applyTo === "Formats";
      sheet.forExisting(rect, (cell) => {
        if (contents) {
          cell.value = null;
          delete cell.formula;
        }
        if (formats) {
          cell.format = {};
          delete cell.numFmt;
        }
        if (applyTo !== "Contents") delete cell.hyperlink;
      });
      if (formats) sheet.merges = sheet.merges.filter((m) => !sheet.mergesWithin(rect).includes(m));
      if (formats) sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.range, rect));
    });
  }

  /** Range.style (ExcelApi 1.7): only `Normal` is modelled, which takes every cell's own formatting away. */
  set style(name: string) {
    this.queueWrite("style", name, ({ sheet, rect }) => {
      if (name !== "Normal") throw unsupported(`Range.style = "${name}"`);
      sheet.forExisting(rect, (cell) => {
        cell.format = {};
        delete cell.numFmt;
      });
    });
  }

  select(): void {
    this.queueAction(null, ({ sheet, rect }) => {
      if (this.context.model.active !== sheet) throw officeErrors.invalidSelection("Range.select");
      this.context.model.selection = { sheet, rect: { ...rect } };
    });
  }

  getCellProperties(options: Record<string, unknown>): FakeClientResult<Record<string, unknown>[][]> {
    checkCellPropertiesOptions(options);
    const result = new FakeClientResult<Record<string, unknown>[][]>();
    this.context.enqueue({
      requestBytes: STATEMENT_BYTES + jsonLength(options),
      rangeOp: false,
      run: () => {
        const { sheet, rect } = this.need();
        if (cellCount(rect) > this.context.limits.maxCells)
          throw officeErrors.rangeExceedsLimit("Range.getCellProperties");
        const value = grid2d(rect, (row, col) => cellProperties(sheet.peek(row, col), toA1(row, col), options));
        return { responseBytes: jsonLength(value), cells: cellCount(rect), commit: () => result.settle(value) };
      },
    });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const t = this.need();
      const areas = t.sheet.mergesWithin(t.rect);
      return areas.length === 0 ? null : { sheet: t.sheet, rects: areas.map((a) => ({ ...a })) };
    });
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9), `Visible` only: the runs of rows not hidden, each across the
   * range's columns (how Excel answers for hidden rows); null when every row is hidden.
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    if (cellType !== "Visible") throw unsupported(`getSpecialCellsOrNullObject(${cellType})`);
    return new FakeRangeAreas(this.context, () => {
      const { sheet, rect } = this.need();
      const rects: CellRange[] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (sheet.hiddenRows.has(r)) continue;
        const last = rects[rects.length - 1];
        if (last && last.bottom === r - 1) last.bottom = r;
        else rects.push({ top: r, bottom: r, left: rect.left, right: rect.right });
      }
      return rects.length === 0 ? null : { sheet, rects };
    });
  }

  /** Write a 2-D array (or one value for every cell) cell by cell. */
  private queueData(member: string, input: unknown, write: (cell: ReturnType<FakeSheet["cell"]>, v: unknown) => void) {
    this.queueWrite(member, input, ({ sheet, rect }) => {
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (Array.isArray(input)) {
        const fits = input.length === rows && input.every((r) => Array.isArray(r) && r.length === cols);
        if (!fits) {
          throw officeErrors.invalidArgument(
            `Range.${member}`,
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        }
      }
      eachCell(rect, (row, col) => {
        const v = Array.isArray(input) ? (input[row - rect.top] as unknown[])[col - rect.left] : input;
        const blank = v === "" || v === null || (member === "numberFormat" && v === "General");
        if (blank && !sheet.peek(row, col)) return;
        write(sheet.cell(row, col), v);
      });
      return { cells: cellCount(rect) };
    });
  }
}

function grid2d<V>(rect: CellRange, fn: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: V[] = [];
    for (let col = rect.left; col <= rect.right; col++) line.push(fn(row, col));
    out.push(line);
  }
  return out;
}

export class FakeClientResult<V> {
  private loaded = false;
  private v: V | undefined;

  get value(): V {
    if (!this.loaded) throw officeErrors.valueNotLoaded();
    return this.v as V;
  }

  settle(v: V): void {
    this.v = v;
    this.loaded = true;
  }
}

interface AreasTarget {
  sheet: FakeSheet;
  rects: CellRange[];
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly loadable = ["address", "areaCount"] as const;
  private areasProxy: FakeRangeCollection | undefined;

  constructor(context: FakeContext, resolver: () => AreasTarget | null) {
    super(context, "RangeAreas", resolver, true);
  }

  protected sheetOf(t: AreasTarget): FakeSheet {
    return t.sheet;
  }

  protected readProperty(t: AreasTarget, name: string): unknown {
    if (name === "areaCount") return t.rects.length;
    return t.rects.map((r) => qualifiedAddress(t.sheet.name, r)).join(", ");
  }

  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }

  get areas(): FakeRangeCollection {
    return (this.areasProxy ??= new FakeRangeCollection(this.context, () => {
      const t = this.need();
      return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
    }));
  }
}

const RANGE_ITEM_PROPS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];

export class FakeRangeCollection extends FakeClientObject<RangeTarget[]> {
  protected readonly loadable = RANGE_ITEM_PROPS;

  constructor(context: FakeContext, resolver: () => RangeTarget[] | null) {
    super(context, "RangeCollection", resolver, false);
  }

  protected sheetOf(): null {
    return null;
  }

  protected readProperty(): unknown {
    throw unsupported("RangeCollection properties");
  }

  load(arg?: LoadArg): this {
    return this.loadItems("RangeCollection", arg, RANGE_ITEM_PROPS, () =>
      this.need().map((t) => {
        const item = new FakeRange(this.context, () => t, false);
        item.settle(t);
        return item;
      }),
    );
  }

  get items(): FakeRange[] {
    return this.prop("items");
  }
}
