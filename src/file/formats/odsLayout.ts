import { unzipSync } from "fflate";
import { SaxesParser, SaxesTagPlain } from "saxes";
import { CellRange } from "../../core/grid/grid";
import { XmlStyle } from "./spreadsheetMlStyles";
import { decodeText } from "./textBytes";

/**
 * Per sheet of an .ods: the look of its non-empty cells by `row:col`, the look of empty cells that have one (borders
 * and fills of a table's blank cells), and its column widths in characters.
 */
export interface OdsSheetLayout {
  cells: Map<string, XmlStyle>;
  emptyCells: Map<string, XmlStyle>;
  columnWidths: number[];
  /** Columns and rows hidden in the sheet (`table:visibility="collapse"`), 0-based. */
  hiddenColumns: number[];
  hiddenRows: number[];
  /** Merged cells (`table:number-columns-spanned`, `…-rows-spanned`), blank ones included. */
  merges: CellRange[];
  /** The sheet is hidden (its table style says `table:display="false"`), which SheetJS does not report for .ods. */
  hidden?: true;
}

/** fo:text-align as Excel's horizontal alignment (`start`/`end` in a left-to-right sheet). */
const HORIZONTAL: Record<string, XmlStyle["align"]> = {
  start: "left",
  left: "left",
  center: "center",
  end: "right",
  right: "right",
};

/** LibreOffice writes one level of Excel's indent as a paragraph margin of about 7,5 pt. */
const POINTS_PER_INDENT = 7.5;
/** Columns past this are the sheet's unused rest (LibreOffice repeats a default column 16 000 times). */
const MAX_COLUMNS = 1024;
/** Merges read per sheet, at most. */
const MAX_MERGES = 100_000;
/** Blank styled rows repeated more than this are a style over the sheet's unused rest, not a table's blank cells. */
const MAX_BLANK_RUN = 1_000;
/** A run of hidden rows longer than this is a sheet's unused rest hidden as a whole, not listed. */
const MAX_HIDDEN_RUN = 10_000;
/** Repeated non-empty cells marked one by one, at most (a repeated value over a huge range is not a table). */
const MAX_MARKED = 200_000;

interface RawStyle extends XmlStyle {
  parent?: string;
  /** table-column styles: width in points. */
  width?: number;
  /** table styles: the sheet is not displayed (a hidden sheet). */
  hidden?: boolean;
}

/**
 * Bold, fill, indent and column widths of an .ods, which SheetJS's community edition does not read: its cell styles
 * (`content.xml` automatic styles over `styles.xml` named ones, `style:parent-style-name` followed) placed on the
 * sheet by walking `table:table-row`/`table:table-cell` with their repeats, as the format lays them out. XML in a
 * zip, read with fflate and saxes (no DOM). A part that cannot be read gives no layout.
 */
export function odsLayout(bytes: Uint8Array): OdsSheetLayout[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === "content.xml" || f.name === "styles.xml" });
  } catch {
    return [];
  }
  const styles = new Map<string, RawStyle>();
  try {
    if (files["styles.xml"]) readStyles(decodeText(files["styles.xml"]), styles);
    if (!files["content.xml"]) return [];
    return readTables(decodeText(files["content.xml"]), styles);
  } catch {
    return [];
  }
}

function local(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** Every `style:style` of the part into `styles` (later parts override earlier names). */
function readStyles(xml: string, styles: Map<string, RawStyle>): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let current: RawStyle | null = null;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const a = tag.attributes;
    if (tag.name === "style:style") {
      current = { parent: a["style:parent-style-name"] };
      if (a["style:name"]) styles.set(a["style:name"], current);
    } else if (current) styleProperty(tag.name, a, current);
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (tag.name === "style:style") current = null;
  });
  parser.write(xml).close();
}

function styleProperty(name: string, a: Record<string, string>, style: RawStyle): void {
  switch (name) {
    case "style:text-properties":
      if (a["fo:font-weight"] !== undefined)
        style.bold = a["fo:font-weight"] === "bold" || Number(a["fo:font-weight"]) >= 600;
      break;
    case "style:table-cell-properties": {
      const colour = a["fo:background-color"];
      if (colour && /^#[0-9a-fA-F]{6}$/.test(colour)) style.fill = colour.toUpperCase();
      const sides = ["fo:border", "fo:border-top", "fo:border-bottom", "fo:border-left", "fo:border-right"];
      const lines = sides.map((k) => a[k]).filter((v): v is string => v !== undefined);
      // `0.06pt solid #000000` is a line; `none` and a zero width are not.
      if (lines.length > 0)
        style.border = lines.some((v) => v.trim() !== "none" && !/^0+(\.0+)?[a-z]*(\s|$)/.test(v.trim()));
      if (a["fo:wrap-option"] !== undefined) style.wrap = a["fo:wrap-option"] === "wrap";
      const vertical = a["style:vertical-align"];
      if (vertical === "top" || vertical === "middle" || vertical === "bottom") style.valign = vertical;
      break;
    }
    case "style:paragraph-properties": {
      const margin = points(a["fo:margin-left"]);
      if (margin !== null && margin > 0) style.indent = Math.min(15, Math.round(margin / POINTS_PER_INDENT));
      const align = HORIZONTAL[a["fo:text-align"] ?? ""];
      if (align) style.align = align;
      break;
    }
    case "style:table-properties":
      if (a["table:display"] !== undefined) style.hidden = a["table:display"] === "false";
      break;
    case "style:table-column-properties": {
      const width = points(a["style:column-width"]);
      if (width !== null && width > 0) style.width = width;
      break;
    }
  }
}

function readTables(xml: string, styles: Map<string, RawStyle>): OdsSheetLayout[] {
  const sheets: OdsSheetLayout[] = [];
  const resolved = new Map<string, XmlStyle>();
  const look = (name: string | undefined): XmlStyle | undefined => {
    if (!name) return undefined;
    let r = resolved.get(name);
    if (!r) resolved.set(name, (r = resolve(name, styles)));
    return r.bold || r.fill || r.indent || r.border || r.align || r.valign || r.wrap ? r : undefined;
  };
  let current: OdsSheetLayout | null = null;
  let columnDefaults: (string | undefined)[] = [];
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  let rowDefault: string | undefined;
  let cell: { style?: string; repeat: number; content: boolean } | null = null;
  let marked = 0;
  let depth = 0;
  let inAutomaticStyles = 0;
  let style: RawStyle | null = null;
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const a = tag.attributes;
    const name = tag.name;
    if (name === "office:automatic-styles") inAutomaticStyles++;
    if (inAutomaticStyles > 0) {
      if (name === "style:style") {
        style = { parent: a["style:parent-style-name"] };
        if (a["style:name"]) styles.set(a["style:name"], style);
      } else if (style) styleProperty(name, a, style);
      return;
    }
    if (name === "table:table") {
      depth++;
      if (depth > 1) return;
      current = {
        cells: new Map(),
        emptyCells: new Map(),
        columnWidths: [],
        hiddenColumns: [],
        hiddenRows: [],
        merges: [],
      };
      if (a["table:style-name"] && styles.get(a["table:style-name"])?.hidden) current.hidden = true;
      sheets.push(current);
      columnDefaults = [];
      row = 0;
      return;
    }
    if (!current || depth !== 1) {
      if (cell && local(name) === "p") cell.content = true;
      return;
    }
    switch (name) {
      case "table:table-column": {
        const repeat = count(a["table:number-columns-repeated"]);
        const width = a["table:style-name"] ? styles.get(a["table:style-name"])?.width : undefined;
        const hidden = a["table:visibility"] === "collapse";
        for (let i = 0; i < repeat && columnDefaults.length < MAX_COLUMNS; i++) {
          if (hidden) current.hiddenColumns.push(columnDefaults.length);
          current.columnWidths.push(width ? widthInCharacters(width) : 0);
          columnDefaults.push(a["table:default-cell-style-name"]);
        }
        break;
      }
      case "table:table-row":
        rowRepeat = count(a["table:number-rows-repeated"]);
        rowDefault = a["table:default-cell-style-name"];
        // A hidden row repeated over the sheet's unused rest is not the officer's: only a few rows are listed.
        if (a["table:visibility"] === "collapse" && rowRepeat <= MAX_HIDDEN_RUN) {
          for (let r = 0; r < rowRepeat; r++) current.hiddenRows.push(row + r);
        }
        col = 0;
        break;
      case "table:table-cell":
      case "table:covered-table-cell":
        cell = { style: a["table:style-name"], repeat: count(a["table:number-columns-repeated"]), content: false };
        if (name === "table:table-cell") {
          const across = count(a["table:number-columns-spanned"]);
          const down = count(a["table:number-rows-spanned"]);
          if ((across > 1 || down > 1) && current.merges.length < MAX_MERGES) {
            current.merges.push({ top: row, left: col, bottom: row + down - 1, right: col + across - 1 });
          }
        }
        break;
      default:
        if (cell && local(name) === "p") cell.content = true;
    }
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const name = tag.name;
    if (name === "office:automatic-styles") inAutomaticStyles--;
    if (inAutomaticStyles > 0) {
      if (name === "style:style") style = null;
      return;
    }
    if (name === "table:table") {
      depth--;
      return;
    }
    if (!current || depth !== 1) return;
    if ((name === "table:table-cell" || name === "table:covered-table-cell") && cell) {
      const found = look(cell.style ?? columnDefaults[col] ?? rowDefault);
      // A blank cell's look only within the sheet's used columns, and not for a style repeated down the unused rest.
      const marks = cell.content ? current.cells : found?.border || found?.fill ? current.emptyCells : null;
      if (found && marks && (cell.content || (rowRepeat <= MAX_BLANK_RUN && col < MAX_COLUMNS))) {
        const columns = cell.content ? cell.repeat : Math.min(cell.repeat, MAX_COLUMNS - col);
        for (let r = 0; r < rowRepeat && marked < MAX_MARKED; r++) {
          for (let c = 0; c < columns && marked < MAX_MARKED; c++, marked++) marks.set(`${row + r}:${col + c}`, found);
        }
      }
      col += cell.repeat;
      cell = null;
    } else if (name === "table:table-row") {
      row += rowRepeat;
    }
  });
  parser.write(xml).close();
  return sheets;
}

function resolve(name: string, styles: Map<string, RawStyle>): XmlStyle {
  const out: XmlStyle = {};
  const seen = new Set<string>();
  let current: string | undefined = name;
  while (current && !seen.has(current)) {
    seen.add(current);
    const s = styles.get(current);
    if (!s) break;
    out.bold ??= s.bold;
    out.fill ??= s.fill;
    out.indent ??= s.indent;
    out.border ??= s.border;
    out.align ??= s.align;
    out.valign ??= s.valign;
    out.wrap ??= s.wrap;
    current = s.parent;
  }
  return out;
}

function count(value: string | undefined): number {
  const n = value ? parseInt(value, 10) : 1;
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** `0.8in`, `2.2cm`, `12mm`, `11pt` in points. */
function points(value: string | undefined): number | null {
  const m = value ? /^(-?[\d.]+)(in|cm|mm|pt|px)$/.exec(value.trim()) : null;
  if (!m) return null;
  const n = Number(m[1]);
  return { in: n * 72, cm: (n * 72) / 2.54, mm: (n * 72) / 25.4, pt: n, px: n * 0.75 }[
    m[2] as "in" | "cm" | "mm" | "pt" | "px"
  ];
}

function widthInCharacters(points: number): number {
  const px = (points * 96) / 72;
  return Math.max(0, Math.round(((px - 5) / 7 + 0.71) * 100) / 100);
}
