import { unsupported } from "./errors";
import { FakeCell } from "./model";

/** The part of Excel.CellPropertiesLoadOptions the fake answers. */
const SUPPORTED: Record<string, unknown> = {
  address: true,
  hyperlink: true,
  format: {
    indentLevel: true,
    wrapText: true,
    horizontalAlignment: true,
    verticalAlignment: true,
    font: { bold: true, italic: true, color: true, size: true, underline: true, name: true },
    fill: { color: true, pattern: true },
  },
};

export function checkCellPropertiesOptions(options: unknown, allowed: unknown = SUPPORTED, path = ""): void {
  if (typeof options !== "object" || options === null) throw unsupported(`getCellProperties options ${path}`);
  for (const [key, v] of Object.entries(options)) {
    const spec = (allowed as Record<string, unknown>)[key];
    if (spec === undefined) throw unsupported(`getCellProperties option ${path}${key}`);
    if (typeof spec === "object") checkCellPropertiesOptions(v, spec, `${path}${key}.`);
  }
}

type Options = Record<string, unknown>;

/** One cell's answer to getCellProperties: only what the options ask for, Excel's defaults where unset. */
export function cellProperties(cell: FakeCell | undefined, address: string, options: Options): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (options.address) out.address = address;
  if (options.hyperlink) out.hyperlink = cell?.hyperlink ?? null;
  const fo = options.format as Options | undefined;
  if (fo) {
    const f = cell?.format ?? {};
    const format: Record<string, unknown> = {};
    if (fo.indentLevel) format.indentLevel = f.indent ?? 0;
    if (fo.wrapText) format.wrapText = f.wrap ?? false;
    if (fo.horizontalAlignment) format.horizontalAlignment = f.hAlign ?? "General";
    if (fo.verticalAlignment) format.verticalAlignment = f.vAlign ?? "Bottom";
    const fontOpts = fo.font as Options | undefined;
    if (fontOpts) {
      const font: Record<string, unknown> = {};
      if (fontOpts.bold) font.bold = f.bold ?? false;
      if (fontOpts.italic) font.italic = f.italic ?? false;
      if (fontOpts.color) font.color = f.fontColor ?? "#000000";
      if (fontOpts.size) font.size = f.fontSize ?? 11;
      if (fontOpts.underline) font.underline = f.underline ?? "None";
      if (fontOpts.name) font.name = f.fontName ?? "Calibri";
      format.font = font;
    }
    const fillOpts = fo.fill as Options | undefined;
    if (fillOpts) {
      // As Excel: a cell without fill answers white with the pattern None; setting a colour makes the fill solid.
      const fill: Record<string, unknown> = {};
      if (fillOpts.color) fill.color = f.fill ?? "#FFFFFF";
      if (fillOpts.pattern) fill.pattern = f.fill === undefined ? "None" : (f.fillPattern ?? "Solid");
      format.fill = fill;
    }
    out.format = format;
  }
  return out;
}
