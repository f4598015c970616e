import { CellRange } from "../../../src/core/grid/grid";
import { parseRangeAddress } from "./addresses";
import { countResult, FakeClientObject } from "./clientObject";
import type { FakeContext } from "./context";
import { officeErrors, unsupported } from "./errors";
import type { FakeSheet } from "./model";
import type { FakeRange } from "./range";

export interface FakeHeadersFooters {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

type Resolver = () => FakeSheet | null;

/** A part of a worksheet reached through a property (autoFilter, page breaks, headers and footers). */
abstract class SheetFeature extends FakeClientObject<FakeSheet> {
  protected constructor(context: FakeContext, typeName: string, resolver: Resolver) {
    super(context, typeName, resolver, false);
  }
  protected sheetOf(t: FakeSheet): FakeSheet {
    return t;
  }
  /** A range argument on this sheet: an A1 address or a Range of the same sheet. */
  protected rectOf(sheet: FakeSheet, range: FakeRange | string, location: string): CellRange {
    if (typeof range === "string") return parseRangeAddress(range);
    const target = range.target();
    if (!target || target.sheet !== sheet) throw officeErrors.invalidArgument(location);
    return target.rect;
  }
}

/** Worksheet.autoFilter (ExcelApi 1.9): one filter per sheet; only filter buttons, no criteria, are modelled. */
export class FakeAutoFilter extends SheetFeature {
  protected readonly loadable = ["enabled", "isDataFiltered"] as const;

  constructor(context: FakeContext, resolver: Resolver) {
    super(context, "AutoFilter", resolver);
  }

  protected readProperty(t: FakeSheet, name: string): unknown {
    return name === "enabled" ? t.autoFilter !== null : false;
  }

  get enabled(): boolean {
    return this.prop("enabled");
  }
  get isDataFiltered(): boolean {
    return this.prop("isDataFiltered");
  }

  apply(range: FakeRange | string, columnIndex?: number, criteria?: unknown): void {
    if (columnIndex !== undefined || criteria !== undefined) throw unsupported("AutoFilter criteria");
    this.queueWrite("apply", typeof range === "string" ? range : "range", (sheet) => {
      sheet.autoFilter = { ...this.rectOf(sheet, range, "AutoFilter.apply") };
    });
  }

  remove(): void {
    this.queueWrite("remove", null, (sheet) => void (sheet.autoFilter = null));
  }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): a break above the top row of each range added. */
export class FakePageBreakCollection extends SheetFeature {
  protected readonly loadable = [] as const;

  constructor(context: FakeContext, resolver: Resolver) {
    super(context, "PageBreakCollection", resolver);
  }

  protected readProperty(): unknown {
    throw unsupported("PageBreakCollection properties");
  }

  add(pageBreakRange: FakeRange | string): void {
    this.queueWrite("add", typeof pageBreakRange === "string" ? pageBreakRange : "range", (sheet) => {
      const row = this.rectOf(sheet, pageBreakRange, "PageBreakCollection.add").top;
      if (row === 0)
        throw officeErrors.invalidArgument("PageBreakCollection.add", "A page break cannot go above row 1.");
      const breaks = sheet.pageLayout.rowBreaks;
      if (!breaks.includes(row)) sheet.pageLayout.rowBreaks = [...breaks, row].sort((a, b) => a - b);
    });
  }

  removePageBreaks(): void {
    this.queueWrite("removePageBreaks", null, (sheet) => void (sheet.pageLayout.rowBreaks = []));
  }

  getCount(): { value: number } {
    return countResult(this.context, () => this.need().pageLayout.rowBreaks.length);
  }
}

const SECTIONS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;
type Section = (typeof SECTIONS)[number];

/** PageLayout.headersFooters (ExcelApi 1.9); only `defaultForAllPages` is modelled. */
export class FakeHeaderFooterGroup extends SheetFeature {
  protected readonly loadable = [] as const;
  readonly defaultForAllPages: FakeHeaderFooter;

  constructor(context: FakeContext, resolver: Resolver) {
    super(context, "HeaderFooterGroup", resolver);
    this.defaultForAllPages = new FakeHeaderFooter(context, resolver);
  }

  protected readProperty(): unknown {
    throw unsupported("HeaderFooterGroup properties");
  }
}

/** One set of header and footer sections; text holds Excel's codes (`&P` page, `&N` pages). */
export class FakeHeaderFooter extends SheetFeature {
  protected readonly loadable = SECTIONS;

  constructor(context: FakeContext, resolver: Resolver) {
    super(context, "HeaderFooter", resolver);
    for (const section of SECTIONS) {
      Object.defineProperty(this, section, {
        get: () => this.prop(section),
        set: (v: string) => {
          this.setSection(section, v);
        },
      });
    }
  }

  protected readProperty(t: FakeSheet, name: string): unknown {
    return t.pageLayout.headersFooters[name as Section];
  }

  private setSection(section: Section, text: string): void {
    this.queueWrite(section, text, (sheet) => {
      // Excel refuses a section longer than 255 characters.
      if (text.length > 255) throw officeErrors.invalidArgument(`HeaderFooter.${section}`);
      sheet.pageLayout.headersFooters[section] = text;
    });
  }
}
