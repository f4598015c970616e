import { CellValue, Grid } from "../grid/grid";
import { GeneratedKind } from "../tables/sheetSpec";

/**
 * The add-in's own very-hidden settings sheet: settings that travel with the workbook (column corrections), read
 * and written the same way by the CLI, the web page and the Office add-in. It is known by its mark (marks.ts) like
 * every generated sheet; `_lkjip` is only the name it gets when that name is free.
 *
 * Version 1 of this sheet also listed the generated sheets by name. Such a workbook is migrated on its first re-run:
 * the listed sheets get marks and the sheet is rewritten as version 2.
 */
export const REGISTRY_SHEET = "_lkjip";
const MAGIC = "lkjip-excel";
const FORMAT_VERSION = 2;

export interface Registry {
  /** Only in a version-1 sheet: the sheets it listed as generated. */
  generated: { name: string; kind: GeneratedKind }[];
  settings: Record<string, string>;
}

export function emptyRegistry(): Registry {
  return { generated: [], settings: {} };
}

/** True for a sheet whose first cell holds our magic word: a registry sheet of any version. */
export function isRegistryGrid(grid: Grid | undefined): boolean {
  return grid?.cells[0]?.[0]?.value === MAGIC;
}

export function parseRegistry(grid: Grid | undefined): Registry {
  const reg = emptyRegistry();
  if (!grid) return reg;
  for (const row of grid.cells) {
    const tag = row?.[0]?.value;
    const a = row?.[1]?.value;
    const b = row?.[2]?.value;
    if (tag === "sheet" && typeof a === "string" && isKind(b)) reg.generated.push({ name: a, kind: b });
    if (tag === "setting" && typeof a === "string") reg.settings[a] = b === null || b === undefined ? "" : String(b);
  }
  return reg;
}

/** The rows of a version-2 sheet: the magic line, then one line per setting. */
export function registryRows(settings: Record<string, string>): CellValue[][] {
  return [
    [MAGIC, FORMAT_VERSION, "Lembar ini dikelola add-in LKjIP; jangan diubah."],
    ...Object.entries(settings).map(([k, v]): CellValue[] => ["setting", k, v]),
  ];
}

function isKind(v: unknown): v is GeneratedKind {
  return v === "lkjip-table" || v === "hasil-pemeriksaan" || v === "data-pendukung";
}
