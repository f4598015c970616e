import { CellRange, CellValue, Grid } from "../core/grid/grid";
import { gridFromRows } from "../core/grid/gridBuilder";
import { MARK_NAME, parseMark, SheetMark } from "../core/workbook/marks";
import { isRegistryGrid, parseRegistry, Registry, REGISTRY_SHEET } from "../core/workbook/registry";
import { ExistingSheet, isDataPendukungName } from "../core/workbook/sheetPlan";
import { looksLikeDataPendukung } from "../core/tables/dataPendukung";

export interface CatalogSheet {
  name: string;
  visibility: string;
  position: number;
  mark: SheetMark | null;
  /** The sheet has a name `_lkjip_lembar`, ours or not readable as one: a new mark replaces it. */
  hasMarkName: boolean;
  /** The used range (values only); null for an empty sheet. */
  used: CellRange | null;
  /** Whether the sheet has filter buttons; read only when asked for (`withAutoFilters`). */
  autoFilter?: boolean;
  /** Named "Data Pendukung" without our mark, and not ours by its content (see ExistingSheet.foreign). */
  foreign?: boolean;
}

/** The settings sheet (marked, or version 1) and, when it was read, what it holds (absolute positions). */
export interface SettingsSheet {
  name: string;
  content: Grid | null;
}

/** The workbook's sheets with our marks, as the Office adapter reads them. */
export interface SheetCatalog {
  /** Every sheet, hidden ones included, in tab order. */
  sheets: CatalogSheet[];
  /** A version-1 settings sheet: very hidden `_lkjip`, no mark, our magic word in A1. */
  legacy: { name: string; registry: Registry } | null;
  settings: SettingsSheet | null;
}

/** Very hidden sheets whose used range is read with the marks: the names our settings sheet gets. */
const SETTINGS_NAME = new RegExp(`^${REGISTRY_SHEET}( \\(\\d+\\))?$`, "i");

const isTableKind = (kind: string | undefined) => kind === "lkjip-table" || kind === "hasil-pemeriksaan";

/**
 * Sheets, their marks and the settings sheet in two requests whatever the workbook holds: the sheets first, then
 * every sheet's names (Worksheet.names, ExcelApi 1.4; NamedItem.formula, 1.7) and used range, with the content of
 * the very hidden sheets named like our settings sheet (a version-1 registry is known by its content).
 * `withAutoFilters` also asks whether each sheet has filter buttons (ExcelApi 1.9), for a sheet about to be cleared.
 */
export async function readSheetCatalog(context: Excel.RequestContext, withAutoFilters = false): Promise<SheetCatalog> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/visibility, items/position");
  await context.sync();
  const probes = worksheets.items.map((ws) => {
    const names = ws.names.load("items/name, items/formula");
    const used = ws.getUsedRangeOrNullObject(true);
    // A sheet called Data Pendukung is read too: without our mark, its content tells ours from the officer's own.
    const readContent = (ws.visibility === "VeryHidden" && SETTINGS_NAME.test(ws.name)) || isDataPendukungName(ws.name);
    if (readContent) used.load("rowIndex, columnIndex, rowCount, columnCount, values");
    else used.load("rowIndex, columnIndex, rowCount, columnCount");
    const autoFilter = withAutoFilters ? ws.autoFilter.load("enabled") : null;
    return { ws, names, used, readContent, autoFilter };
  });
  await context.sync();

  const contents = new Map<string, Grid>();
  const sheets = probes.map(({ ws, names, used, readContent, autoFilter }): CatalogSheet => {
    const markNames = names.items.filter((n) => n.name.toLowerCase() === MARK_NAME.toLowerCase());
    const mark = markNames.map((n) => parseMark(String(n.formula))).find((m) => m !== null) ?? null;
    const rect = usedRect(used);
    if (readContent) contents.set(ws.name, contentGrid(ws.name, rect, rect ? used.values : []));
    const sheet: CatalogSheet = {
      name: ws.name,
      visibility: ws.visibility,
      position: ws.position,
      mark,
      hasMarkName: markNames.length > 0,
      used: rect,
    };
    if (autoFilter) sheet.autoFilter = autoFilter.enabled;
    if (!mark && isDataPendukungName(ws.name) && !looksLikeDataPendukung(contents.get(ws.name) as Grid)) {
      sheet.foreign = true;
    }
    return sheet;
  });
  sheets.sort((a, b) => a.position - b.position);

  const legacySheet = sheets.find(
    (s) =>
      !s.mark &&
      s.visibility === "VeryHidden" &&
      s.name.toLowerCase() === REGISTRY_SHEET.toLowerCase() &&
      isRegistryGrid(contents.get(s.name)),
  );
  const legacy = legacySheet
    ? { name: legacySheet.name, registry: parseRegistry(contents.get(legacySheet.name)) }
    : null;
  const settingsSheet = sheets.find((s) => s.mark?.kind === "registry") ?? legacySheet;
  const settings = settingsSheet
    ? { name: settingsSheet.name, content: contents.get(settingsSheet.name) ?? null }
    : null;
  return { sheets, legacy, settings };
}

/** A loaded used range (…OrNullObject) as a rectangle; null for an empty sheet. */
function usedRect(used: Excel.Range): CellRange | null {
  if (used.isNullObject) return null;
  return {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
}

/** A block of values at its place in the sheet, as a Grid (so core's registry parser reads it). */
export function contentGrid(name: string, rect: CellRange | null, values: unknown[][]): Grid {
  if (!rect) return gridFromRows(name, []);
  const rows: (CellValue | undefined)[][] = Array.from({ length: rect.top }, () => []);
  for (const line of values) rows.push([...new Array<undefined>(rect.left).fill(undefined), ...(line as CellValue[])]);
  return gridFromRows(name, rows);
}

/** The settings sheet's content, reading it now if the catalog did not (a renamed or unhidden settings sheet). */
export async function settingsContent(context: Excel.RequestContext, settings: SettingsSheet): Promise<Grid> {
  if (settings.content) return settings.content;
  const used = context.workbook.worksheets.getItem(settings.name).getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount, values");
  await context.sync();
  const rect = usedRect(used);
  settings.content = contentGrid(settings.name, rect, rect ? used.values : []);
  return settings.content;
}

/** A generated table or Hasil Pemeriksaan: marked, or listed by a version-1 registry. */
export function isGeneratedTable(catalog: SheetCatalog, sheet: CatalogSheet): boolean {
  if (sheet.mark) return isTableKind(sheet.mark.kind);
  return legacyKindOf(catalog, sheet.name) !== undefined;
}

function legacyKindOf(catalog: SheetCatalog, name: string): ExistingSheet["legacyKind"] {
  const listed = catalog.legacy?.registry.generated.find((g) => g.name.toLowerCase() === name.toLowerCase());
  return listed && isTableKind(listed.kind) ? listed.kind : undefined;
}

/** The settings sheet, marked or version 1: never listed, never read as a source. */
export function isSettingsSheet(catalog: SheetCatalog, sheet: CatalogSheet): boolean {
  return sheet.mark?.kind === "registry" || (catalog.legacy !== null && sheet.name === catalog.legacy.name);
}

/** Marked table sheets the fingerprint is read for: the ones a run may update, keep or remove. */
export function fingerprintedSheets(catalog: SheetCatalog): CatalogSheet[] {
  return catalog.sheets.filter((s) => s.mark !== null && isTableKind(s.mark.kind));
}

/** The catalog as the planner sees it; `fingerprints` holds what the marked table sheets hold now. */
export function existingSheets(catalog: SheetCatalog, fingerprints: ReadonlyMap<string, string>): ExistingSheet[] {
  return catalog.sheets.map((s) => {
    const sheet: ExistingSheet = { name: s.name, mark: s.mark };
    if (s.foreign) sheet.foreign = true;
    const fingerprint = fingerprints.get(s.name);
    if (fingerprint !== undefined) sheet.fingerprint = fingerprint;
    if (!s.mark) {
      const legacyKind = legacyKindOf(catalog, s.name);
      if (legacyKind) sheet.legacyKind = legacyKind;
      if (catalog.legacy && s.name === catalog.legacy.name) sheet.legacyRegistry = true;
    }
    return sheet;
  });
}
