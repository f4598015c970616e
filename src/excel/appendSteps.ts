import { CellRange } from "../core/grid/grid";
import { SheetSpec } from "../core/tables/sheetSpec";
import { ContentBlock } from "./areaContent";
import { cellWrite } from "./cellInput";
import { contentSteps } from "./contentSteps";
import { formatSteps } from "./formatSteps";
import { RequestBudget } from "./requestBudget";
import { OfficerLooks } from "./officerLooks";
import { groupIntoRects } from "./styleRects";
import { validationSteps } from "./validationSteps";
import { WriteStep } from "./writeSteps";

/** The rectangle an append spec's cells cover: what is read before appending. */
export function appendArea(spec: SheetSpec): CellRange | null {
  if (spec.cells.length === 0) return null;
  const rect = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  for (const { row, col } of spec.cells) {
    rect.top = Math.min(rect.top, row);
    rect.left = Math.min(rect.left, col);
    rect.bottom = Math.max(rect.bottom, row);
    rect.right = Math.max(rect.right, col);
  }
  return rect;
}

/** Positions (`row,col`) that hold something now: a value or a formula. */
function filledCells(blocks: ContentBlock[]): Set<string> {
  const filled = new Set<string>();
  for (const block of blocks) {
    block.formulas.forEach((line, i) =>
      line.forEach((f, j) => {
        if (f !== "" && f !== null && f !== undefined) filled.add(`${block.top + i},${block.left + j}`);
      }),
    );
  }
  return filled;
}

/**
 * Rows for new items added below the officer's in Data Pendukung: only the spec's cells that are empty in the sheet
 * now (`current`, read just before) are written, with their formatting and drop-down lists; a cell the officer
 * filled is never written. Content goes in rectangles that cover exactly the cells written, so not even an empty
 * string lands on an officer's cell. An empty cell the officer formatted ahead (`looks`: a fill for entries to come,
 * a number format) gets the value and keeps their format, as the file writer keeps it.
 */
export function appendSteps(
  ws: () => Excel.Worksheet,
  sheet: string,
  spec: SheetSpec,
  current: ContentBlock[],
  budget: RequestBudget,
  looks: OfficerLooks = { formatted: new Set(), numberFormats: new Map() },
): { steps: WriteStep[]; added: number } {
  const filled = filledCells(current);
  const cells = spec.cells.filter(({ row, col }) => !filled.has(`${row},${col}`));
  const noLinks = new Map<string, string>();
  const byPosition = new Map(cells.map((c) => [`${c.row},${c.col}`, c.cell]));
  const steps: WriteStep[] = [];
  for (const { rect } of groupIntoRects(cells.map(({ row, col }) => ({ row, col, value: true })))) {
    const writes = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const cell = byPosition.get(`${row},${col}`);
        if (!cell) continue;
        const write = cellWrite(cell, noLinks);
        const theirs = looks.numberFormats.get(`${row},${col}`);
        writes.push({ row, col, write: theirs === undefined ? write : { ...write, numFmt: theirs } });
      }
    }
    steps.push(...contentSteps(ws, sheet, writes, budget));
  }
  const restyled = cells.filter(({ row, col }) => !looks.formatted.has(`${row},${col}`));
  steps.push(...formatSteps(ws, sheet, restyled), ...validationSteps(ws, sheet, cells, true));
  const added = cells.filter(({ cell }) => cell.value !== null && cell.value !== undefined && cell.value !== "").length;
  return { steps, added };
}
