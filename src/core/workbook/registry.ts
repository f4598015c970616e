import { CellValue, Grid } from "../grid/grid";
import { GeneratedKind } from "../tables/sheetSpec";

/**
 * The add-in's own very-hidden sheet. It marks which sheets the add-in generated (so a second run replaces
 * those and never a sheet of the user's) and keeps settings that travel with the workbook (column corrections).
 * The CLI, the web page and the Office add-in all read and write it the same way.
 */
export const REGISTRY_SHEET = "_lkjip";
const MAGIC = "lkjip-excel";
const FORMAT_VERSION = 1;

export interface Registry {
  generated: { name: string; kind: GeneratedKind }[];
  settings: Record<string, string>;
}

export function emptyRegistry(): Registry {
  return { generated: [], settings: {} };
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

export function registryRows(reg: Registry): CellValue[][] {
  return [
    [MAGIC, FORMAT_VERSION, "Lembar ini dikelola add-in LKjIP; jangan diubah."],
    ...reg.generated.map((g): CellValue[] => ["sheet", g.name, g.kind]),
    ...Object.entries(reg.settings).map(([k, v]): CellValue[] => ["setting", k, v]),
  ];
}

function isKind(v: unknown): v is GeneratedKind {
  return v === "lkjip-table" || v === "hasil-pemeriksaan" || v === "data-pendukung";
}
