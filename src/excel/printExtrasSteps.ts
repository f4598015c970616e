import { SheetSpec } from "../core/tables/sheetSpec";
import { footerSections } from "./footerSections";
import { OfficerPrint } from "./officerPrint";
import { rangeOf } from "./formatSteps";
import { STATEMENT_BYTES } from "./requestBudget";
import { jsonBytes, WriteStep } from "./writeSteps";

/**
 * What ExcelApi 1.9 adds to a sheet's setup: filter buttons on a table (`spec.autoFilter`), the print area
 * (`spec.print.area`: the tables, not the officer's notes beside them), the page footer
 * (`spec.print.footer`), the first page's number (`spec.print.firstPageNumber`) and manual page breaks
 * (`spec.rowBreaks`). `resetFooter` writes empty sections (and automatic numbering) when the spec has none, so an
 * updated sheet loses an earlier one.
 */
export function printExtrasSteps(
  ws: () => Excel.Worksheet,
  sheet: string,
  spec: SheetSpec,
  resetFooter: boolean,
  theirs?: OfficerPrint,
): WriteStep[] {
  const steps: WriteStep[] = [];
  const filter = spec.autoFilter;
  if (filter) {
    steps.push({
      sheet,
      bytes: 3 * STATEMENT_BYTES,
      cells: 0,
      apply: () => ws().autoFilter.apply(rangeOf(ws(), filter)),
    });
  }
  const footer = spec.print.footer;
  if (footer !== undefined || resetFooter) {
    const sections = footerSections(footer ?? "");
    steps.push({
      sheet,
      bytes: 6 * STATEMENT_BYTES + jsonBytes(sections),
      cells: 0,
      apply: () => {
        const page = ws().pageLayout.headersFooters.defaultForAllPages;
        page.leftFooter = sections.left;
        page.centerFooter = sections.center;
        page.rightFooter = sections.right;
      },
    });
  }
  const first = spec.print.firstPageNumber;
  if ((first !== undefined || resetFooter) && !theirs?.firstPageNumber) {
    steps.push({
      sheet,
      bytes: 2 * STATEMENT_BYTES,
      cells: 0,
      // "" is Excel's automatic numbering: on from the sheet printed before.
      apply: () => void (ws().pageLayout.firstPageNumber = first ?? ""),
    });
  }
  const area = spec.print.area;
  if (area) {
    steps.push({
      sheet,
      bytes: 3 * STATEMENT_BYTES,
      cells: 0,
      apply: () => ws().pageLayout.setPrintArea(rangeOf(ws(), area)),
    });
  }
  for (const row of spec.rowBreaks ?? []) {
    // A break above row 1 means nothing to Excel.
    if (row <= 0) continue;
    steps.push({
      sheet,
      bytes: 3 * STATEMENT_BYTES,
      cells: 0,
      apply: () => void ws().horizontalPageBreaks.add(ws().getRangeByIndexes(row, 0, 1, 1)),
    });
  }
  return steps;
}
