import { Grid } from "../../core/grid/grid";
import { MARK_NAME, markFormula, parseMark, placeMarks, PositionedMark, SheetMark } from "../../core/workbook/marks";
import { isRegistryGrid, parseRegistry, Registry, REGISTRY_SHEET } from "../../core/workbook/registry";
import { ExistingSheet, isDataPendukungName } from "../../core/workbook/sheetPlan";
import { looksLikeDataPendukung } from "../../core/tables/dataPendukung";
import { SheetState } from "./workbookXml";
import { WorkbookPackage } from "./workbookPackage";

/** Reads one sheet of the package into a Grid (src/file/xlsx). */
export type SheetGridReader = (sheetName: string) => Grid;

/** False for a chart or dialog sheet (or a macro sheet): a sheet without cells the engine could read. */
export type HasCells = (sheetName: string) => boolean;

export interface CatalogSheet {
  name: string;
  state: SheetState;
  mark: SheetMark | null;
  /** Named "Data Pendukung" without our mark, and not ours by its content (see ExistingSheet.foreign). */
  foreign?: boolean;
  /** A chart, dialog or macro sheet: never read, never offered as a source; its name still counts as taken. */
  withoutCells?: boolean;
}

/** The sheets of a package with our marks, and the version-1 registry when the workbook still has one. */
export interface SheetCatalog {
  sheets: CatalogSheet[];
  /** A version-1 `_lkjip` sheet: very hidden, our magic in A1, no mark. */
  legacy: { name: string; registry: Registry } | null;
  /** A mark was found on another sheet than its position names (placeMarks): settleMarks writes them back. */
  marksMoved?: true;
}

export function sheetCatalog(pkg: WorkbookPackage, read: SheetGridReader, hasCells: HasCells): SheetCatalog {
  const entries = pkg.workbook().sheets();
  const found: PositionedMark[] = [];
  for (const n of pkg.workbook().definedNames()) {
    if (n.name.toLowerCase() !== MARK_NAME.toLowerCase() || n.localSheetId === undefined) continue;
    const mark = parseMark(n.text);
    if (mark) found.push({ position: n.localSheetId, mark });
  }
  const marks = placeMarks(
    entries.map((e) => e.name),
    found,
  );
  const sheets: CatalogSheet[] = entries.map((e, i) => ({ name: e.name, state: e.state, mark: marks.get(i) ?? null }));
  const marksMoved = found.length !== marks.size || found.some((f) => marks.get(f.position) !== f.mark);
  for (const s of sheets) {
    // A chart sheet called "Data Pendukung" is not ours either: without cells it cannot be read or appended to.
    if (!hasCells(s.name)) s.withoutCells = s.foreign = true;
    else if (!s.mark && isDataPendukungName(s.name) && !looksLikeDataPendukung(read(s.name))) s.foreign = true;
  }
  const candidate = sheets.find(
    (s) =>
      !s.mark && !s.withoutCells && s.state === "veryHidden" && s.name.toLowerCase() === REGISTRY_SHEET.toLowerCase(),
  );
  let legacy: SheetCatalog["legacy"] = null;
  if (candidate) {
    const grid = read(candidate.name);
    if (isRegistryGrid(grid)) legacy = { name: candidate.name, registry: parseRegistry(grid) };
  }
  return { sheets, legacy, ...(marksMoved ? { marksMoved } : {}) };
}

/**
 * The marks written back on the positions of the sheets placeMarks found them for, when any was found elsewhere: a
 * write then keeps each mark on its own sheet (a new mark replaces the name of its sheet's position), and the next
 * read needs no second guess. Only our readable marks are touched.
 */
export function settleMarks(pkg: WorkbookPackage, catalog: SheetCatalog): void {
  if (!catalog.marksMoved) return;
  const wb = pkg.workbook();
  for (const n of wb.definedNames()) {
    if (n.name.toLowerCase() === MARK_NAME.toLowerCase() && n.localSheetId !== undefined && parseMark(n.text))
      wb.removeDefinedName(n.name, n.localSheetId);
  }
  catalog.sheets.forEach((s, i) => {
    if (s.mark) wb.setDefinedName(MARK_NAME, i, markFormula(s.mark), true);
  });
  pkg.touch("workbook");
  delete catalog.marksMoved;
}

/**
 * The catalog as the planner sees it; marked table sheets get the fingerprint of what they hold now, and whether the
 * officer attached anything to them (hasOfficerAttachments, by the sheet's position).
 */
export function existingSheets(
  catalog: SheetCatalog,
  fingerprintOf: (sheetName: string, marked: string) => string,
  attachedTo: (position: number) => boolean = () => false,
): ExistingSheet[] {
  const legacyKinds = new Map((catalog.legacy?.registry.generated ?? []).map((g) => [g.name.toLowerCase(), g.kind]));
  return catalog.sheets.map((s, i) => {
    const sheet: ExistingSheet = { name: s.name, mark: s.mark };
    if (s.foreign) sheet.foreign = true;
    if (s.mark && (s.mark.kind === "lkjip-table" || s.mark.kind === "hasil-pemeriksaan")) {
      sheet.fingerprint = fingerprintOf(s.name, s.mark.fingerprint);
      if (attachedTo(i)) sheet.officerAttachments = true;
    }
    if (!s.mark) {
      const kind = legacyKinds.get(s.name.toLowerCase());
      if (kind) sheet.legacyKind = kind;
      if (catalog.legacy && s.name === catalog.legacy.name) sheet.legacyRegistry = true;
    }
    return sheet;
  });
}

/** Sheets the engine reads as sources: the user's own (Data Pendukung included), never one we generated. */
export function isSourceSheet(catalog: SheetCatalog, sheet: CatalogSheet): boolean {
  if (sheet.withoutCells) return false;
  if (sheet.mark) return sheet.mark.kind === "data-pendukung";
  if (catalog.legacy && sheet.name === catalog.legacy.name) return false;
  const legacyListed = catalog.legacy?.registry.generated.some(
    (g) => g.name.toLowerCase() === sheet.name.toLowerCase(),
  );
  return !legacyListed;
}

/** A generated table or Hasil Pemeriksaan (marked, or listed by a version-1 registry). */
export function isGeneratedSheet(catalog: SheetCatalog, sheet: CatalogSheet): boolean {
  if (sheet.mark) return sheet.mark.kind === "lkjip-table" || sheet.mark.kind === "hasil-pemeriksaan";
  return Boolean(catalog.legacy?.registry.generated.some((g) => g.name.toLowerCase() === sheet.name.toLowerCase()));
}

/** The settings sheet: marked, or the version-1 one. */
export function registrySheetName(catalog: SheetCatalog): string | null {
  return catalog.sheets.find((s) => s.mark?.kind === "registry")?.name ?? catalog.legacy?.name ?? null;
}
