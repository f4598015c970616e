import { absoluteRangeA1 } from "../../../src/core/grid/address";
import { MAX_COL, MAX_ROW, parseRangeAddress } from "./addresses";
import { AttachmentKind, FakeAttachmentCollection } from "./attachments";
import { FakeClientObject } from "./clientObject";
import type { FakeContext } from "./context";
import { officeErrors, unsupported } from "./errors";
import { FakePageLayout as PageLayoutModel, FakeSheet, Visibility } from "./model";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { invalidateReferencesTo } from "./references";
import { FakeAutoFilter, FakeHeaderFooterGroup, FakePageBreakCollection } from "./sheetFeatures";

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly loadable = ["name", "visibility", "position", "tabColor"] as const;
  private pageLayoutProxy: FakePageLayout | undefined;
  private freezePanesProxy: FakeFreezePanes | undefined;
  private protectionProxy: FakeWorksheetProtection | undefined;
  private namesProxy: FakeNamedItemCollection | undefined;
  private autoFilterProxy: FakeAutoFilter | undefined;
  private pageBreaksProxy: FakePageBreakCollection | undefined;

  constructor(context: FakeContext, resolver: () => FakeSheet | null, eager = true) {
    super(context, "Worksheet", resolver, eager);
  }

  protected sheetOf(t: FakeSheet): FakeSheet {
    return t;
  }

  protected readProperty(t: FakeSheet, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "visibility":
        return t.visibility;
      case "position":
        return this.context.model.sheets.indexOf(t);
      default:
        return t.tabColor;
    }
  }

  get name(): string {
    return this.prop("name");
  }
  get position(): number {
    return this.prop("position");
  }
  /** As Excel: the sheet moves to that 0-based place among all sheets, the others keeping their order. */
  set position(v: number) {
    this.queueWrite("position", v, (sheet) => {
      const model = this.context.model;
      if (model.structureProtected) throw officeErrors.accessDenied("Worksheet.position");
      if (!Number.isInteger(v) || v < 0 || v >= model.sheets.length) {
        throw officeErrors.invalidArgument("Worksheet.position", `Position ${v} is outside the workbook's sheets.`);
      }
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      model.sheets.splice(v, 0, sheet);
    });
  }

  get visibility(): Visibility {
    return this.prop("visibility");
  }
  set visibility(v: Visibility) {
    this.queueWrite("visibility", v, (sheet) => {
      const model = this.context.model;
      if (this.context.mergeUndoGroup) throw officeErrors.undoNotSupported("Worksheet.visibility");
      if (model.structureProtected) throw officeErrors.accessDenied("Worksheet.visibility");
      if (v !== "Visible" && sheet.visibility === "Visible" && model.visibleSheets().length === 1) {
        throw officeErrors.invalidOperation("Worksheet.visibility", "A workbook must keep at least one visible sheet.");
      }
      sheet.visibility = v;
      if (v !== "Visible" && model.active === sheet) model.active = model.visibleSheets()[0] ?? null;
    });
  }

  get tabColor(): string {
    return this.prop("tabColor");
  }
  set tabColor(v: string) {
    this.queueWrite("tabColor", v, (sheet) => {
      sheet.tabColor = v;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.need();
      const rect =
        address === undefined ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } : parseRangeAddress(address);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
        throw officeErrors.invalidArgument("Worksheet.getRangeByIndexes");
      }
      const rect = {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
      return { sheet: this.need(), rect };
    });
  }

  /** Excel answers A1 for an empty sheet rather than failing. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.need();
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.need();
      const rect = sheet.usedRect(valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    this.queueAction(null, (sheet) => {
      if (sheet.visibility !== "Visible")
        throw officeErrors.invalidOperation("Worksheet.activate", "A hidden sheet cannot be activated.");
      this.context.model.active = sheet;
    });
  }

  delete(): void {
    this.queueWrite("delete", null, (sheet) => {
      const model = this.context.model;
      if (this.context.mergeUndoGroup) throw officeErrors.undoNotSupported("Worksheet.delete");
      if (model.structureProtected) throw officeErrors.accessDenied("Worksheet.delete");
      if (sheet.visibility === "Visible" && model.visibleSheets().length === 1) {
        throw officeErrors.invalidOperation("Worksheet.delete", "A workbook must keep at least one visible sheet.");
      }
      model.sheets = model.sheets.filter((s) => s !== sheet);
      sheet.deleted = true;
      invalidateReferencesTo(model, sheet.name);
      if (model.active === sheet) model.active = model.visibleSheets()[0] ?? null;
      if (model.selection?.sheet === sheet) model.selection = null;
    });
  }

  get pageLayout(): FakePageLayout {
    return (this.pageLayoutProxy ??= new FakePageLayout(this.context, () => this.target()));
  }
  get freezePanes(): FakeFreezePanes {
    return (this.freezePanesProxy ??= new FakeFreezePanes(this.context, () => this.target()));
  }
  get protection(): FakeWorksheetProtection {
    return (this.protectionProxy ??= new FakeWorksheetProtection(this.context, () => this.target()));
  }
  get names(): FakeNamedItemCollection {
    return (this.namesProxy ??= new FakeNamedItemCollection(this.context, () => this.target()));
  }
  get autoFilter(): FakeAutoFilter {
    return (this.autoFilterProxy ??= new FakeAutoFilter(this.context, () => this.target()));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return (this.pageBreaksProxy ??= new FakePageBreakCollection(this.context, () => this.target()));
  }
  get charts(): FakeAttachmentCollection {
    return this.attachments("charts");
  }
  get tables(): FakeAttachmentCollection {
    return this.attachments("tables");
  }
  get pivotTables(): FakeAttachmentCollection {
    return this.attachments("pivotTables");
  }
  get shapes(): FakeAttachmentCollection {
    return this.attachments("shapes");
  }
  get comments(): FakeAttachmentCollection {
    return this.attachments("comments");
  }

  private attachments(kind: AttachmentKind): FakeAttachmentCollection {
    return new FakeAttachmentCollection(this.context, kind, () => this.target());
  }
}

/** A part of a worksheet (page layout, panes, protection): writes change the sheet, not its cells. */
abstract class SheetPart extends FakeClientObject<FakeSheet> {
  protected constructor(context: FakeContext, typeName: string, resolver: () => FakeSheet | null) {
    super(context, typeName, resolver, false);
  }
  protected sheetOf(t: FakeSheet): FakeSheet {
    return t;
  }
}

const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;
type MarginName = (typeof MARGINS)[number];
const marginKey = (m: MarginName) => m.replace("Margin", "") as keyof PageLayoutModel["margins"];

export class FakePageLayout extends SheetPart {
  protected readonly loadable = ["orientation", "paperSize", "zoom", "firstPageNumber", ...MARGINS] as const;
  private headersFootersProxy: FakeHeaderFooterGroup | undefined;

  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, "PageLayout", resolver);
    for (const m of MARGINS) {
      Object.defineProperty(this, m, {
        get: () => this.prop(m),
        set: (v: number) => {
          this.queueWrite(m, v, (sheet) => void (sheet.pageLayout.margins[marginKey(m)] = v));
        },
      });
    }
  }

  protected readProperty(t: FakeSheet, name: string): unknown {
    const p = t.pageLayout;
    if (name === "orientation") return p.orientation;
    if (name === "paperSize") return p.paperSize;
    if (name === "zoom") return { ...p.zoom };
    if (name === "firstPageNumber") return p.firstPageNumber;
    return p.margins[marginKey(name as MarginName)] ?? null;
  }

  get orientation(): string {
    return this.prop("orientation");
  }
  set orientation(v: string) {
    this.queueWrite("orientation", v, (sheet) => void (sheet.pageLayout.orientation = v));
  }
  get paperSize(): string {
    return this.prop("paperSize");
  }
  set paperSize(v: string) {
    this.queueWrite("paperSize", v, (sheet) => void (sheet.pageLayout.paperSize = v));
  }
  get zoom(): PageLayoutModel["zoom"] {
    return this.prop("zoom");
  }
  set zoom(v: PageLayoutModel["zoom"]) {
    this.queueWrite("zoom", v, (sheet) => {
      const bad = [v.horizontalFitToPages, v.verticalFitToPages].some(
        (n) => n !== undefined && (n < 0 || !Number.isInteger(n)),
      );
      if (bad || (v.scale !== undefined && (v.scale < 10 || v.scale > 400)))
        throw officeErrors.invalidArgument("PageLayout.zoom");
      sheet.pageLayout.zoom = { ...v };
    });
  }

  get firstPageNumber(): number | "" {
    return this.prop("firstPageNumber");
  }
  set firstPageNumber(v: number | "") {
    this.queueWrite("firstPageNumber", v, (sheet) => {
      if (v !== "" && (!Number.isInteger(v) || v < 0)) throw officeErrors.invalidArgument("PageLayout.firstPageNumber");
      sheet.pageLayout.firstPageNumber = v;
    });
  }

  get headersFooters(): FakeHeaderFooterGroup {
    return (this.headersFootersProxy ??= new FakeHeaderFooterGroup(this.context, () => this.target()));
  }

  setPrintArea(area: FakeRange | string): void {
    const payload = typeof area === "string" ? area : "range";
    this.queueWrite("setPrintArea", payload, (sheet) => {
      const rect = typeof area === "string" ? parseRangeAddress(area) : (area.target() ?? undefined)?.rect;
      if (!rect) throw officeErrors.invalidArgument("PageLayout.setPrintArea");
      sheet.pageLayout.printArea = absoluteRangeA1(rect);
    });
  }

  setPrintTitleRows(rows: FakeRange | string): void {
    const payload = typeof rows === "string" ? rows : "range";
    this.queueWrite("setPrintTitleRows", payload, (sheet) => {
      const rect = typeof rows === "string" ? parseRangeAddress(rows) : (rows.target() ?? undefined)?.rect;
      if (!rect || rect.left !== 0 || rect.right !== MAX_COL) {
        throw officeErrors.invalidArgument("PageLayout.setPrintTitleRows", "Print title rows must be whole rows.");
      }
      sheet.pageLayout.printTitleRows = `$${rect.top + 1}:$${rect.bottom + 1}`;
    });
  }
}

export class FakeFreezePanes extends SheetPart {
  protected readonly loadable = [] as const;

  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, "WorksheetFreezePanes", resolver);
  }

  protected readProperty(): unknown {
    throw unsupported("WorksheetFreezePanes properties");
  }

  freezeRows(count = 1): void {
    this.queueWrite("freezeRows", count, (sheet) => void (sheet.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.queueWrite("freezeColumns", count, (sheet) => void (sheet.freeze = { rows: 0, cols: count }));
  }
  freezeAt(range: FakeRange | string): void {
    this.queueWrite("freezeAt", typeof range === "string" ? range : "range", (sheet) => {
      const rect = typeof range === "string" ? parseRangeAddress(range) : range.target()?.rect;
      if (!rect || rect.top !== 0 || rect.left !== 0)
        throw officeErrors.invalidArgument("WorksheetFreezePanes.freezeAt");
      sheet.freeze = { rows: rect.bottom + 1, cols: rect.right + 1 };
    });
  }
  unfreeze(): void {
    this.queueWrite("unfreeze", null, (sheet) => void (sheet.freeze = { rows: 0, cols: 0 }));
  }
}

export class FakeWorksheetProtection extends SheetPart {
  protected readonly loadable = ["protected"] as const;

  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, "WorksheetProtection", resolver);
  }

  protected readProperty(t: FakeSheet): unknown {
    return t.protected;
  }

  get protected(): boolean {
    return this.prop("protected");
  }
}
