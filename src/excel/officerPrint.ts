import { FIRST_PAGE, marginsOf, SheetSpec } from "../core/tables/sheetSpec";
import { inchesToPoints } from "./units";

/**
 * Which page settings of a generated sheet about to be updated are the officer's: those that differ from what the
 * writer sets (sheetSpecSteps.ts, printExtrasSteps.ts). The update leaves them as they are, as the file writer keeps
 * them (src/file/package/officerPageSetup.ts); the print area, print titles and page breaks follow the new content.
 * Their page header is never written (the writer sets the footer alone).
 */
export interface OfficerPrint {
  orientation: boolean;
  paperSize: boolean;
  /** Scale, or fit to pages other than one page wide. */
  zoom: boolean;
  margins: boolean;
  firstPageNumber: boolean;
}

const MARGIN_PROPS = ["left", "right", "top", "bottom", "header", "footer"] as const;
/** Excel keeps margins in points with rounding of its own. */
const MARGIN_TOLERANCE = 0.5;

/**
 * Queue the loads of the page settings of `sheets` (generated sheets a run may update) with the next request; after
 * it, `officerPrintOf` of a loaded layout tells which settings are the officer's.
 */
export function queuePageLayouts(context: Excel.RequestContext, sheets: readonly string[]): Map<string, ReadLayout> {
  const out = new Map<string, ReadLayout>();
  for (const name of sheets) {
    const layout = context.workbook.worksheets.getItem(name).pageLayout;
    layout.load([
      "orientation",
      "paperSize",
      "zoom",
      "firstPageNumber",
      "leftMargin",
      "rightMargin",
      "topMargin",
      "bottomMargin",
      "headerMargin",
      "footerMargin",
    ]);
    out.set(name, layout);
  }
  return out;
}

/** The officer's settings among a loaded layout's, or null when it has none of theirs. */
export function officerSettings(layout: ReadLayout | undefined, spec: SheetSpec): OfficerPrint | null {
  if (!layout) return null;
  const theirs = officerPrintOf(layout, spec);
  return Object.values(theirs).some((v) => v) ? theirs : null;
}

type ReadLayout = Pick<
  Excel.PageLayout,
  | "orientation"
  | "paperSize"
  | "zoom"
  | "firstPageNumber"
  | "leftMargin"
  | "rightMargin"
  | "topMargin"
  | "bottomMargin"
  | "headerMargin"
  | "footerMargin"
>;

/** What of a sheet's page layout differs from what the writer sets for `spec`. */
export function officerPrintOf(layout: ReadLayout, spec: SheetSpec): OfficerPrint {
  const print = spec.print;
  const zoom = layout.zoom ?? {};
  const fitted = zoom.horizontalFitToPages === 1 && (zoom.verticalFitToPages ?? 0) === 0;
  const margins = marginsOf(print);
  const pointsOf = {
    left: layout.leftMargin,
    right: layout.rightMargin,
    top: layout.topMargin,
    bottom: layout.bottomMargin,
    header: layout.headerMargin,
    footer: layout.footerMargin,
  };
  return {
    orientation: layout.orientation !== (print.orientation === "landscape" ? "Landscape" : "Portrait"),
    paperSize: layout.paperSize !== "A4",
    zoom: print.fitToWidth ? !fitted : false,
    margins: MARGIN_PROPS.some(
      (m) => typeof pointsOf[m] === "number" && Math.abs(pointsOf[m] - inchesToPoints(margins[m])) > MARGIN_TOLERANCE,
    ),
    // Ours is 1 on the report's first sheet and automatic ("") elsewhere: only another number is theirs.
    firstPageNumber:
      typeof layout.firstPageNumber === "number" &&
      layout.firstPageNumber !== FIRST_PAGE &&
      layout.firstPageNumber !== print.firstPageNumber,
  };
}
