import { FakeClientObject } from "./clientObject";
import type { FakeContext } from "./context";
import { unsupported } from "./errors";
import { Edge, FakeBorderLine, FakeCellFormat, FakeSheet } from "./model";
import type { RangeTarget } from "./range";
import { eachCell, qualifiedAddress } from "./addresses";

type Resolver = () => RangeTarget | null;

/** Shared by the range-format family: a lazily created proxy over the same range, whose writes touch cells. */
abstract class RangePart extends FakeClientObject<RangeTarget> {
  protected constructor(context: FakeContext, typeName: string, resolver: Resolver) {
    super(context, typeName, resolver, false);
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
  /** Set one format field on every cell of the range. */
  protected setCells<K extends keyof FakeCellFormat>(member: string, key: K, value: FakeCellFormat[K]): void {
    this.queueWrite(member, value, ({ sheet, rect }) => {
      eachCell(rect, (row, col) => {
        sheet.cell(row, col).format[key] = value;
      });
    });
  }
  /** A format field read over the range: its value when every cell agrees, else null (as Excel does). */
  protected uniform<K extends keyof FakeCellFormat>(t: RangeTarget, key: K, fallback: FakeCellFormat[K]): unknown {
    let seen: unknown = undefined;
    let first = true;
    let mixed = false;
    eachCell(t.rect, (row, col) => {
      const v = t.sheet.peek(row, col)?.format[key] ?? fallback;
      if (first) seen = v;
      else if (v !== seen) mixed = true;
      first = false;
    });
    return mixed ? null : seen;
  }
}

export class FakeRangeFormat extends RangePart {
  protected readonly loadable = ["columnWidth", "rowHeight", "wrapText", "indentLevel"] as const;
  private fontProxy: FakeFont | undefined;
  private fillProxy: FakeFill | undefined;
  private bordersProxy: FakeBorders | undefined;

  constructor(context: FakeContext, resolver: Resolver) {
    super(context, "RangeFormat", resolver);
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "columnWidth":
        return t.sheet.columnWidths.get(t.rect.left) ?? DEFAULT_COLUMN_WIDTH;
      case "rowHeight":
        return t.sheet.rowHeights.get(t.rect.top) ?? DEFAULT_ROW_HEIGHT;
      case "wrapText":
        return this.uniform(t, "wrap", false);
      default:
        return this.uniform(t, "indent", 0);
    }
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(points: number) {
    this.queueWrite("columnWidth", points, ({ sheet, rect }) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(points: number) {
    this.queueWrite("rowHeight", points, ({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  /** Setting true resets the rows to the sheet's standard height (false has no effect, as in Excel). */
  set useStandardHeight(v: boolean) {
    this.queueWrite("useStandardHeight", v, ({ sheet, rect }) => {
      if (!v) return;
      for (const row of [...sheet.rowHeights.keys()])
        if (row >= rect.top && row <= rect.bottom) sheet.rowHeights.delete(row);
    });
  }

  /** Setting true resets the columns to the sheet's standard width. */
  set useStandardWidth(v: boolean) {
    this.queueWrite("useStandardWidth", v, ({ sheet, rect }) => {
      if (!v) return;
      for (const col of [...sheet.columnWidths.keys()])
        if (col >= rect.left && col <= rect.right) sheet.columnWidths.delete(col);
    });
  }

  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(v: boolean) {
    this.setCells("wrapText", "wrap", v);
  }

  get indentLevel(): number {
    return this.prop("indentLevel");
  }
  set indentLevel(v: number) {
    this.setCells("indentLevel", "indent", v);
  }

  get horizontalAlignment(): string {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.setCells("horizontalAlignment", "hAlign", v);
  }

  get verticalAlignment(): string {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.setCells("verticalAlignment", "vAlign", v);
  }

  get font(): FakeFont {
    return (this.fontProxy ??= new FakeFont(this.context, () => this.target()));
  }
  get fill(): FakeFill {
    return (this.fillProxy ??= new FakeFill(this.context, () => this.target()));
  }
  get borders(): FakeBorders {
    return (this.bordersProxy ??= new FakeBorders(this.context, () => this.target()));
  }
}

/** Excel's defaults for Calibri 11: 64 px columns, 20 px rows. */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

export class FakeFont extends RangePart {
  protected readonly loadable = ["bold", "italic"] as const;

  constructor(context: FakeContext, resolver: Resolver) {
    super(context, "RangeFont", resolver);
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    return name === "bold" ? this.uniform(t, "bold", false) : this.uniform(t, "italic", false);
  }

  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.setCells("bold", "bold", v);
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.setCells("italic", "italic", v);
  }
  get underline(): string {
    return this.prop("underline");
  }
  set underline(v: string) {
    this.setCells("underline", "underline", v);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setCells("color", "fontColor", v);
  }
  get size(): number {
    return this.prop("size");
  }
  set size(v: number) {
    this.setCells("size", "fontSize", v);
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setCells("name", "fontName", v);
  }
}

export class FakeFill extends RangePart {
  protected readonly loadable = [] as const;

  constructor(context: FakeContext, resolver: Resolver) {
    super(context, "RangeFill", resolver);
  }

  protected readProperty(): unknown {
    throw unsupported("RangeFill properties");
  }

  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setCells("color", "fill", v);
  }

  clear(): void {
    this.queueWrite("clear", null, ({ sheet, rect }) => {
      sheet.forExisting(rect, (cell) => {
        delete cell.format.fill;
        delete cell.format.fillPattern;
      });
    });
  }
}

export class FakeBorders extends RangePart {
  protected readonly loadable = [] as const;
  private readonly items = new Map<string, FakeBorder>();

  constructor(context: FakeContext, resolver: Resolver) {
    super(context, "RangeBorderCollection", resolver);
  }

  protected readProperty(): unknown {
    throw unsupported("RangeBorderCollection properties");
  }

  getItem(index: string): FakeBorder {
    if (!BORDER_INDEXES.includes(index)) throw unsupported(`border index ${index}`);
    let item = this.items.get(index);
    if (!item) this.items.set(index, (item = new FakeBorder(this.context, () => this.target(), index)));
    return item;
  }
}

const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

export class FakeBorder extends RangePart {
  protected readonly loadable = [] as const;

  constructor(
    context: FakeContext,
    resolver: Resolver,
    private readonly index: string,
  ) {
    super(context, "RangeBorder", resolver);
  }

  protected readProperty(): unknown {
    throw unsupported("RangeBorder properties");
  }

  get style(): string {
    return this.prop("style");
  }
  set style(v: string) {
    this.setLine("style", { style: v });
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setLine("color", { color: v });
  }
  get weight(): string {
    return this.prop("weight");
  }
  set weight(v: string) {
    this.setLine("weight", { weight: v });
  }

  private setLine(member: string, patch: Partial<FakeBorderLine>): void {
    this.queueWrite(`${this.index}.${member}`, patch, ({ sheet, rect }) => {
      for (const [row, col, edge] of edgeCells(rect, this.index)) {
        const format = sheet.cell(row, col).format;
        const borders = (format.borders ??= {});
        if (patch.style === "None") {
          delete borders[edge];
          continue;
        }
        borders[edge] = { style: "Continuous", ...borders[edge], ...patch };
      }
    });
  }
}

/** The cell sides a border index of a rectangle stands for. */
function edgeCells(rect: RangeTarget["rect"], index: string): [number, number, Edge][] {
  const out: [number, number, Edge][] = [];
  const rows = (from: number, to: number, fn: (r: number) => void) => {
    for (let r = from; r <= to; r++) fn(r);
  };
  const cols = (from: number, to: number, fn: (c: number) => void) => {
    for (let c = from; c <= to; c++) fn(c);
  };
  switch (index) {
    case "EdgeTop":
      cols(rect.left, rect.right, (c) => out.push([rect.top, c, "top"]));
      break;
    case "EdgeBottom":
      cols(rect.left, rect.right, (c) => out.push([rect.bottom, c, "bottom"]));
      break;
    case "EdgeLeft":
      rows(rect.top, rect.bottom, (r) => out.push([r, rect.left, "left"]));
      break;
    case "EdgeRight":
      rows(rect.top, rect.bottom, (r) => out.push([r, rect.right, "right"]));
      break;
    case "InsideHorizontal":
      rows(rect.top + 1, rect.bottom, (r) =>
        cols(rect.left, rect.right, (c) => out.push([r, c, "top"], [r - 1, c, "bottom"])),
      );
      break;
    case "InsideVertical":
      rows(rect.top, rect.bottom, (r) =>
        cols(rect.left + 1, rect.right, (c) => out.push([r, c, "left"], [r, c - 1, "right"])),
      );
      break;
  }
  return out;
}
