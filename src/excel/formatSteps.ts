import { CellRange } from "../core/grid/grid";
import { FILL_INPUT } from "../core/tables/cellStyles";
import { CellSpec, SheetSpec } from "../core/tables/sheetSpec";
import { STATEMENT_BYTES } from "./requestBudget";
import { groupIntoRects } from "./styleRects";
import { WriteStep } from "./writeSteps";

export const LINK_COLOUR = "#0563C1";

type StyleValue = string | number | boolean;

/** One formatting property: which cells have it (and with what value) and how a range gets it. */
interface StyleProperty {
  of: (cell: CellSpec) => StyleValue | undefined;
  apply: (range: Excel.Range, value: StyleValue, rect: CellRange) => void;
  statements: (rect: CellRange) => number;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

const one = () => 1;

const PROPERTIES: StyleProperty[] = [
  { of: (c) => c.bold || undefined, apply: (r) => void (r.format.font.bold = true), statements: one },
  { of: (c) => c.italic || undefined, apply: (r) => void (r.format.font.italic = true), statements: one },
  { of: (c) => c.fontSize, apply: (r, v) => void (r.format.font.size = v as number), statements: one },
  { of: (c) => c.wrap || undefined, apply: (r) => void (r.format.wrapText = true), statements: one },
  {
    of: (c) => c.align,
    apply: (r, v) => void (r.format.horizontalAlignment = HORIZONTAL[v as keyof typeof HORIZONTAL]),
    statements: one,
  },
  {
    of: (c) => c.valign,
    apply: (r, v) => void (r.format.verticalAlignment = VERTICAL[v as keyof typeof VERTICAL]),
    statements: one,
  },
  {
    of: (c) => c.fill ?? (c.input ? FILL_INPUT : undefined),
    apply: (r, v) => void (r.format.fill.color = `#${v}`),
    statements: one,
  },
  {
    of: (c) => (c.link && c.formula === undefined) || undefined,
    apply: (r) => {
      r.format.font.color = LINK_COLOUR;
      r.format.font.underline = "Single";
    },
    statements: () => 2,
  },
  {
    of: (c) => c.border || undefined,
    apply: (r, _v, rect) => setThinBorders(r, rect),
    statements: (rect) => borderIndexes(rect).length,
  },
];

/**
 * Formatting as one statement per rectangle of cells that share a property value, never one per cell: a bordered
 * table is six border statements, a bold header row one.
 */
export function formatSteps(ws: () => Excel.Worksheet, sheet: string, cells: SheetSpec["cells"]): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const property of PROPERTIES) {
    const valued = cells.flatMap(({ row, col, cell }) => {
      const value = property.of(cell);
      return value === undefined ? [] : [{ row, col, value }];
    });
    for (const { rect, value } of groupIntoRects(valued)) {
      steps.push({
        sheet,
        bytes: STATEMENT_BYTES * (1 + property.statements(rect)),
        cells: 0,
        apply: () => property.apply(rangeOf(ws(), rect), value, rect),
      });
    }
  }
  return steps;
}

export function rangeOf(ws: Excel.Worksheet, rect: CellRange): Excel.Range {
  return ws.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

function borderIndexes(rect: CellRange): Excel.BorderIndex[] {
  const indexes = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
  if (rect.bottom > rect.top) indexes.push("InsideHorizontal" as Excel.BorderIndex);
  if (rect.right > rect.left) indexes.push("InsideVertical" as Excel.BorderIndex);
  return indexes;
}

/** Thin lines on every side of every cell, as the file writer's border. Continuous lines are thin by default. */
function setThinBorders(range: Excel.Range, rect: CellRange): void {
  for (const index of borderIndexes(rect)) range.format.borders.getItem(index).style = "Continuous";
}
