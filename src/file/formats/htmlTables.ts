import { Declarations, isBoldWeight, StyleRules } from "./cssStyles";
import { htmlTokens } from "./htmlTokens";

/** A `<td>`/`<th>` of a top-level table, placed on the table's grid (rowspan/colspan resolved). */
export interface HtmlCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** The text as shown: whitespace collapsed, `<br>` and paragraph ends as line breaks. */
  text: string;
  attributes: Map<string, string>;
  /** CSS that applies to the cell (its own rules and `style`), then to its row where the cell says nothing. */
  style: Declarations;
  rowStyle: Declarations;
  rowAttributes: Map<string, string>;
  /** Every visible character of the cell is bold (`<th>`, `<b>`, `<strong>`, `font-weight`). */
  bold: boolean;
}

export interface HtmlTable {
  /** The heading just before the table (or the page title), a candidate for the sheet name. */
  caption: string | null;
  cells: HtmlCell[];
  /** Column widths in pixels from `<col>`/`<colgroup>`, 0 where none is given. */
  columnWidths: number[];
  /** Rows the table has, empty ones included. */
  rows: number;
  /**
   * The page's lines between the previous table (or the page's start) and this one, as Excel lays a page out: a
   * heading, a paragraph or a line of text each one row (its text), a `<br>` on its own an empty row.
   */
  linesBefore: string[];
  /** After the page's last table: the lines that follow it, as linesBefore. */
  linesAfter?: string[];
}

/** A table with something in it: text, or an Excel formula whose result is empty. */
export function tableHasContent(t: HtmlTable): boolean {
  return t.cells.some((c) => c.text !== "" || c.attributes.has("x:fmla"));
}

const BLOCK_ENDS = new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"]);
const NOT_SHOWN = new Set(["head", "script", "noscript", "template", "xml", "select"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const VOID = new Set(["br", "col", "img", "hr", "meta", "link", "input", "wbr", "area", "base"]);

interface OpenCell {
  cell: HtmlCell;
  parts: string[];
  boldChars: number;
  plainChars: number;
}

interface TableState {
  table: HtmlTable;
  row: number;
  rowOpen: boolean;
  col: number;
  /** Slots taken by rowspans from rows above: `row:col`. */
  taken: Set<string>;
  rowStyle: Declarations;
  rowAttributes: Map<string, string>;
  open: OpenCell | null;
}

/**
 * The top-level tables of an HTML document, as exports saved with an .xls name hold them. A table inside a cell
 * adds its text to that cell. No DOM: the tokens are read once, in order.
 */
export function readHtmlTables(html: string): HtmlTable[] {
  const rules = new StyleRules();
  const tables: HtmlTable[] = [];
  const stack: TableState[] = [];
  /** Inline elements open inside the current cell, and whether each makes its content bold. */
  const inline: { name: string; bold: boolean }[] = [];
  let inStyle = false;
  let inTitle = false;
  let title = "";
  let heading: string | null = null;
  let headingText: string | null = null;
  /** Open elements whose text the page does not show (`<head>`, `<script>`, Office's `<xml>` blocks). */
  let hidden = 0;
  /** Lines of the page outside tables since the last table, and the text of the line being read. */
  let lines: string[] = [];
  let line = "";
  const endLine = (always: boolean) => {
    const text = clean(line);
    // `<p>&nbsp;</p>` is how pages write a blank line: a row, as a browser shows it.
    if (text !== "" || always || line.includes("\u00a0")) lines.push(text);
    line = "";
  };

  const top = (): TableState | undefined => stack[0];
  const current = (): OpenCell | null => top()?.open ?? null;
  const boldNow = () => inline.some((e) => e.bold);

  /** Text of the page, where line breaks are only layout; `<br>` and block ends add "\n" themselves. */
  const appendText = (text: string) => addText(text.replace(/[\r\n\t\f]/g, " "));
  const addText = (text: string) => {
    const cell = current();
    if (!cell) return;
    cell.parts.push(text);
    let visible = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) visible++;
    if (boldNow() || cell.cell.bold) cell.boldChars += visible;
    else cell.plainChars += visible;
  };

  const closeCell = (state: TableState) => {
    const open = state.open;
    if (!open) return;
    state.open = null;
    inline.length = 0;
    open.cell.text = cellText(open.parts.join(""));
    open.cell.bold = open.cell.bold || (open.boldChars > 0 && open.plainChars === 0);
    state.table.cells.push(open.cell);
  };

  const startRow = (state: TableState, attributes: Map<string, string>) => {
    closeCell(state);
    state.row++;
    state.rowOpen = true;
    state.col = 0;
    state.rowAttributes = attributes;
    state.rowStyle = rules.resolve("tr", classesOf(attributes), attributes.get("style"));
  };

  const startCell = (state: TableState, name: string, attributes: Map<string, string>) => {
    closeCell(state);
    if (!state.rowOpen) startRow(state, new Map());
    while (state.taken.has(`${state.row}:${state.col}`)) state.col++;
    const rowSpan = span(attributes.get("rowspan"), 65536);
    const colSpan = span(attributes.get("colspan"), 16384);
    for (let r = 0; r < rowSpan; r++)
      for (let c = 0; c < colSpan; c++) state.taken.add(`${state.row + r}:${state.col + c}`);
    const style = rules.resolve(name, classesOf(attributes), attributes.get("style"));
    const bold =
      name === "th"
        ? !/^(normal|400|lighter)$/i.test(style.get("font-weight") ?? "")
        : isBoldWeight(style.get("font-weight"));
    const cell: HtmlCell = {
      row: state.row,
      col: state.col,
      rowSpan,
      colSpan,
      text: "",
      attributes,
      style,
      rowStyle: state.rowStyle,
      rowAttributes: state.rowAttributes,
      bold: bold || (!style.has("font-weight") && isBoldWeight(state.rowStyle.get("font-weight"))),
    };
    state.open = { cell, parts: [], boldChars: 0, plainChars: 0 };
    state.col += colSpan;
  };

  for (const token of htmlTokens(html)) {
    if (token.type === "text") {
      if (inStyle) rules.add(token.text);
      else if (inTitle) title += token.text;
      else if (current()) appendText(token.text);
      else if (stack.length === 0 && hidden === 0) {
        if (heading !== null) headingText = (headingText ?? "") + token.text;
        line += token.text;
      }
      continue;
    }
    const name = token.name;
    if (token.type === "start") {
      if (NOT_SHOWN.has(name) && !token.selfClosing) hidden++;
      else if (name === "body") hidden = 0; // a <head> left open ends where the page's body starts
      if (name === "style") inStyle = true;
      else if (name === "title") inTitle = true;
      else if (name === "table") {
        if (stack.length > 0) {
          stack.push(newState({ caption: null, cells: [], columnWidths: [], rows: 0, linesBefore: [] }));
          continue;
        }
        const caption = clean(headingText ?? "") || (tables.length === 0 ? clean(title) : "") || null;
        endLine(false);
        stack.push(newState({ caption, cells: [], columnWidths: [], rows: 0, linesBefore: lines }));
        lines = [];
        headingText = null;
      } else if (stack.length > 1) {
        // A table inside a cell: only its text counts.
        if (name === "td" || name === "th") addText(" ");
        else if (name === "tr" || name === "br") addText("\n");
      } else if (top()) {
        const state = top() as TableState;
        if (name === "tr") startRow(state, token.attributes);
        else if (name === "td" || name === "th") startCell(state, name, token.attributes);
        else if (name === "col" || name === "colgroup") addColumns(state.table, token.attributes);
        else if (state.open) {
          if (name === "br") addText("\n");
          else if (!VOID.has(name) && !token.selfClosing)
            inline.push({ name, bold: makesBold(name, token.attributes, rules) });
        }
      } else {
        if (name === "br") endLine(true);
        else if (BLOCK_ENDS.has(name)) endLine(false);
        if (HEADINGS.has(name)) {
          heading = name;
          headingText = "";
        }
      }
      continue;
    }
    // End tags.
    if (NOT_SHOWN.has(name)) hidden = Math.max(0, hidden - 1);
    if (name === "style") inStyle = false;
    else if (name === "title") inTitle = false;
    else if (name === "table") {
      const state = stack.pop();
      if (state && stack.length === 0) {
        closeCell(state);
        state.table.rows = state.row + 1;
        tables.push(state.table);
      } else if (state && stack.length > 0) addText("\n");
    } else if (stack.length === 1) {
      const state = stack[0];
      if (name === "td" || name === "th") closeCell(state);
      else if (name === "tr") {
        closeCell(state);
        state.rowOpen = false;
      } else if (state.open) {
        if (BLOCK_ENDS.has(name)) addText("\n");
        const at = inline.map((e) => e.name).lastIndexOf(name);
        if (at >= 0) inline.splice(at);
      }
    } else if (stack.length === 0) {
      if (BLOCK_ENDS.has(name)) endLine(false);
      if (heading === name) heading = null;
    }
  }
  while (stack.length > 1) stack.pop();
  const unfinished = stack.pop();
  if (unfinished) {
    closeCell(unfinished);
    unfinished.table.rows = unfinished.row + 1;
    tables.push(unfinished.table);
  }
  // Lines after the last table (a closing note, a signature written as text) follow it.
  endLine(false);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (tables.length > 0 && lines.length > 0) tables[tables.length - 1].linesAfter = lines;
  return tables;
}

function newState(table: HtmlTable): TableState {
  return {
    table,
    row: -1,
    rowOpen: false,
    col: 0,
    taken: new Set(),
    rowStyle: new Map(),
    rowAttributes: new Map(),
    open: null,
  };
}

function makesBold(name: string, attributes: Map<string, string>, rules: StyleRules): boolean {
  if (name === "b" || name === "strong") return true;
  return isBoldWeight(rules.resolve(name, classesOf(attributes), attributes.get("style")).get("font-weight"));
}

function classesOf(attributes: Map<string, string>): string[] {
  return (attributes.get("class") ?? "").split(/\s+/).filter((c) => c !== "");
}

function span(value: string | undefined, max: number): number {
  const n = value ? parseInt(value, 10) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

function addColumns(table: HtmlTable, attributes: Map<string, string>): void {
  const width = parseFloat(attributes.get("width") ?? "");
  if (!attributes.has("width") && !attributes.has("span")) return;
  const count = span(attributes.get("span"), 16384);
  for (let i = 0; i < count; i++) table.columnWidths.push(Number.isFinite(width) && width > 0 ? width : 0);
}

/** Whitespace collapsed as a browser shows it; non-breaking spaces kept (they are how exports indent). */
function cellText(raw: string): string {
  return raw
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \t\r\f]+/g, " ")
        .replace(/^ +| +$/g, "")
        .replace(/\u00a0/g, " "),
    )
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
