import { ColumnKey, ColumnMap, isColumnKeyOf, LAYOUTS, layoutsOfColumnMap } from "../model/columns";

/**
 * Registry setting that keeps the source sheet the officer chose for the LKjIP tables, written with them: a workbook
 * reopened (the web page's result, filled in and opened again) is built from the same sheet, not the latest. With it,
 * the latest sheet there was then: once a later one is added (the next quarter), the choice no longer holds.
 */
export const SOURCE_SETTING = "sumber";

export interface SavedSource {
  sheet: string;
  /** The latest recognised sheet when the choice was made. */
  latest: string;
}

export function serialiseSource(source: SavedSource | null): string {
  return source === null ? "" : JSON.stringify(source);
}

/** The saved choice, or null for none or a text that is not one. */
export function parseSource(text: string | null): SavedSource | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<SavedSource>;
    return typeof v.sheet === "string" && typeof v.latest === "string" ? { sheet: v.sheet, latest: v.latest } : null;
  } catch {
    return null;
  }
}

/** Registry setting that keeps the user's column corrections for one sheet. */
export function columnSettingKey(sheet: string): string {
  return `columns:${sheet}`;
}

/**
 * The saved corrections, or null when the text is not a JSON object of column keys to 0-based indexes, all keys
 * of one layout family (a map mixing Pengukuran Kinerja and Evaluasi Renja columns fits no sheet).
 * Empty text means "no corrections" (that is how a reset is saved: the port cannot delete a setting).
 */
export function parseColumnMap(text: string): ColumnMap | null {
  if (text.trim() === "") return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const map: ColumnMap = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!isColumnKey(key) || !Number.isInteger(value) || (value as number) < 0) return null;
    map[key] = value as number;
  }
  return layoutsOfColumnMap(map).length > 0 ? map : null;
}

export function serialiseColumnMap(map: ColumnMap): string {
  return Object.keys(map).length === 0 ? "" : JSON.stringify(map);
}

function isColumnKey(key: string): key is ColumnKey {
  return LAYOUTS.some((layout) => isColumnKeyOf(layout, key));
}

/** Every sheet's saved corrections from the registry settings; invalid entries are left out (and named). */
export function columnCorrections(settings: Record<string, string>): {
  columns: Record<string, ColumnMap>;
  invalid: string[];
} {
  const columns: Record<string, ColumnMap> = {};
  const invalid: string[] = [];
  const prefix = columnSettingKey("");
  for (const [key, text] of Object.entries(settings)) {
    if (!key.startsWith(prefix)) continue;
    const map = parseColumnMap(text);
    if (map === null) invalid.push(key.slice(prefix.length));
    else if (Object.keys(map).length > 0) columns[key.slice(prefix.length)] = map;
  }
  return { columns, invalid };
}
