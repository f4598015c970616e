import type { FakeWorkbookModel } from "./model";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `'My Sheet'!` or `Sheet1!` (any case) as a formula refers to a sheet, not preceded by more of a name. */
function sheetReference(name: string): RegExp {
  const quoted = `'${escapeRegExp(name.replace(/'/g, "''"))}'!`;
  const plain = `(?<![\\w.'])${escapeRegExp(name)}!`;
  return new RegExp(`${quoted}|${plain}`, "gi");
}

/**
 * What Excel does to formulas that point at a sheet being deleted: the sheet part becomes `#REF!`
 * (`='LKjIP SS I'!B5` → `=#REF!B5`), in cells and in defined names, and stays so if a sheet of that name is added
 * again. Called by Worksheet.delete.
 */
export function invalidateReferencesTo(model: FakeWorkbookModel, deleted: string): void {
  const pattern = sheetReference(deleted);
  for (const sheet of model.sheets) {
    for (const cols of sheet.cells.values()) {
      for (const cell of cols.values()) {
        if (cell.formula !== undefined) cell.formula = cell.formula.replace(pattern, "#REF!");
      }
    }
    for (const name of sheet.names) name.formula = name.formula.replace(pattern, "#REF!");
  }
  for (const name of model.workbookScope.names) name.formula = name.formula.replace(pattern, "#REF!");
}

/**
 * The value a formula that only refers to one cell of another sheet (`='LKjIP SS I'!B5`, `=Tabel!C3`) shows, as
 * Excel would compute it; `#REF!` when the reference was broken. The fake calculates nothing else.
 */
export function referencedValue(model: FakeWorkbookModel, formula: string): unknown {
  const body = formula.replace(/^=/, "").trim();
  if (body.includes("#REF!")) return "#REF!";
  const m = /^(?:'((?:[^']|'')+)'|([\w.]+))!\$?([A-Z]+)\$?(\d+)$/i.exec(body);
  if (!m) throw new Error(`In-memory Excel does not calculate ${formula}`);
  const sheet = model.find(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  if (!sheet) return "#REF!";
  const col = [...m[3].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const cell = sheet.peek(Number(m[4]) - 1, col);
  if (cell?.formula !== undefined) throw new Error(`In-memory Excel does not calculate ${cell.formula}`);
  return cell?.value ?? 0;
}
