import { columnLetters } from "../core/grid/address";
import { marginsOf, SheetSpec } from "../core/tables/sheetSpec";
import { cellWrite, linkTarget, linkText } from "./cellInput";
import { contentSteps } from "./contentSteps";
import { formatSteps, rangeOf } from "./formatSteps";
import { printExtrasSteps } from "./printExtrasSteps";
import { noteSteps } from "./noteSteps";
import { RequestBudget, STATEMENT_BYTES } from "./requestBudget";
import { columnWidthPoints, inchesToPoints } from "./units";
import { OfficerPrint } from "./officerPrint";
import { validationSteps } from "./validationSteps";
import { jsonBytes, WriteStep } from "./writeSteps";

/** Margins in inches, as the file writer uses them. */

/**
 * Everything one SheetSpec becomes, as steps on an empty worksheet (added, or cleared for an update): bulk content,
 * formatting per rectangle, merges, links, drop-down lists, sizes, panes, tab colour, page layout, filter buttons,
 * footer and page breaks. `finalNames` maps a spec's desired sheet name to the name written. `updating` also resets
 * what a cleared sheet may still carry from its earlier version (the footer).
 */
export function sheetSpecSteps(
  ws: () => Excel.Worksheet,
  name: string,
  spec: SheetSpec,
  finalNames: ReadonlyMap<string, string>,
  budget: RequestBudget,
  updating = false,
  theirs?: OfficerPrint,
): WriteStep[] {
  const writes = spec.cells.map(({ row, col, cell }) => ({ row, col, write: cellWrite(cell, finalNames) }));
  return [
    ...contentSteps(ws, name, writes, budget),
    ...baseFontSteps(ws, name, spec),
    ...formatSteps(ws, name, spec.cells),
    ...mergeSteps(ws, name, spec),
    ...linkSteps(ws, name, spec, finalNames),
    ...validationSteps(ws, name, spec.cells, false),
    ...sizeSteps(ws, name, spec),
    ...setupSteps(ws, name, spec, theirs),
    ...printExtrasSteps(ws, name, spec, updating, theirs),
    ...noteSteps(ws, name, spec),
  ];
}

/** Calibri 11 over the whole table, as the file writer sets it: the row heights the tables plan assume it. */
function baseFontSteps(ws: () => Excel.Worksheet, sheet: string, spec: SheetSpec): WriteStep[] {
  if (spec.cells.length === 0) return [];
  let bottom = 0;
  let right = 0;
  for (const { row, col } of spec.cells) {
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  const rect = { top: 0, left: 0, bottom, right };
  return [
    {
      sheet,
      bytes: 3 * STATEMENT_BYTES,
      cells: 0,
      apply: () => {
        const font = rangeOf(ws(), rect).format.font;
        font.name = "Calibri";
        font.size = 11;
      },
    },
  ];
}

function mergeSteps(ws: () => Excel.Worksheet, sheet: string, spec: SheetSpec): WriteStep[] {
  return spec.merges
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .map((m) => ({ sheet, bytes: 2 * STATEMENT_BYTES, cells: 0, apply: () => rangeOf(ws(), m).merge(false) }));
}

/** Internal links, one per linking cell: each has its own target, so they cannot share a statement. */
function linkSteps(
  ws: () => Excel.Worksheet,
  sheet: string,
  spec: SheetSpec,
  finalNames: ReadonlyMap<string, string>,
): WriteStep[] {
  return spec.cells
    .filter(({ cell }) => cell.link !== undefined && cell.formula === undefined)
    .map(({ row, col, cell }) => {
      const target = linkTarget(cell.link as NonNullable<typeof cell.link>, finalNames);
      const text = linkText(cell, target.sheet);
      const hyperlink: Excel.RangeHyperlink = { documentReference: target.reference };
      // Numbers keep their value; textToDisplay would turn them into text.
      if (typeof text === "string") hyperlink.textToDisplay = text;
      return {
        sheet,
        bytes: 2 * STATEMENT_BYTES + jsonBytes(hyperlink),
        cells: 0,
        apply: () => void (ws().getRangeByIndexes(row, col, 1, 1).hyperlink = hyperlink),
      };
    });
}

/** Column widths and row heights, one statement per run of neighbours of equal size. */
function sizeSteps(ws: () => Excel.Worksheet, sheet: string, spec: SheetSpec): WriteStep[] {
  const steps: WriteStep[] = [];
  const widths = spec.columnWidths;
  for (let c = 0; c < widths.length;) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    if (widths[c] > 0) {
      const address = `${columnLetters(c)}:${columnLetters(end)}`;
      const points = columnWidthPoints(widths[c]);
      steps.push({
        sheet,
        bytes: 2 * STATEMENT_BYTES,
        cells: 0,
        apply: () => void (ws().getRange(address).format.columnWidth = points),
      });
    }
    c = end + 1;
  }
  const heights = [...(spec.rowHeights ?? [])].sort((a, b) => a.row - b.row);
  for (let i = 0; i < heights.length;) {
    let end = i;
    while (
      end + 1 < heights.length &&
      heights[end + 1].row === heights[end].row + 1 &&
      heights[end + 1].height === heights[i].height
    )
      end++;
    const address = `${heights[i].row + 1}:${heights[end].row + 1}`;
    const points = heights[i].height;
    steps.push({
      sheet,
      bytes: 2 * STATEMENT_BYTES,
      cells: 0,
      apply: () => void (ws().getRange(address).format.rowHeight = points),
    });
    i = end + 1;
  }
  return steps;
}

/** `theirs`: the page settings the officer gave the sheet being updated, left as they are (officerPrint.ts). */
function setupSteps(ws: () => Excel.Worksheet, sheet: string, spec: SheetSpec, theirs?: OfficerPrint): WriteStep[] {
  const steps: WriteStep[] = [];
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    steps.push({
      sheet,
      bytes: 2 * STATEMENT_BYTES,
      cells: 0,
      apply: () => {
        const panes = ws().freezePanes;
        if (freeze.rows > 0 && freeze.cols > 0) panes.freezeAt(ws().getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
        else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else panes.freezeColumns(freeze.cols);
      },
    });
  }
  const tabColor = spec.tabColor;
  if (tabColor) {
    steps.push({
      sheet,
      bytes: STATEMENT_BYTES,
      cells: 0,
      apply: () => void (ws().tabColor = `#${tabColor.replace(/^#/, "")}`),
    });
  }
  const print = spec.print;
  const margins = marginsOf(print);
  steps.push({
    sheet,
    bytes: 12 * STATEMENT_BYTES,
    cells: 0,
    apply: () => {
      const layout = ws().pageLayout;
      if (!theirs?.orientation) layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      if (!theirs?.paperSize) layout.paperSize = "A4";
      // One page wide; 0 pages tall means "automatic", so long tables flow onto as many pages as they need.
      if (print.fitToWidth && !theirs?.zoom) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (!theirs?.margins) {
        layout.leftMargin = inchesToPoints(margins.left);
        layout.rightMargin = inchesToPoints(margins.right);
        layout.topMargin = inchesToPoints(margins.top);
        layout.bottomMargin = inchesToPoints(margins.bottom);
        layout.headerMargin = inchesToPoints(margins.header);
        layout.footerMargin = inchesToPoints(margins.footer);
      }
      if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows[0] + 1}:$${print.repeatRows[1] + 1}`);
    },
  });
  return steps;
}
