import { Grid } from "../../src/core/grid/grid";
import { ProgressFn, SheetInfo, WorkbookPort, WriteOptions, WriteReport } from "../../src/core/ports/workbookPort";
import { SheetSpec } from "../../src/core/tables/sheetSpec";
import { gridFingerprint, specFingerprint } from "../../src/core/workbook/fingerprint";
import { markSubject, SheetMark } from "../../src/core/workbook/marks";
import { emptyRegistry, Registry } from "../../src/core/workbook/registry";
import { ExistingSheet, planSheets } from "../../src/core/workbook/sheetPlan";
import { writtenContent } from "../../src/core/workbook/writtenContent";
import { keptBeside, writeReport } from "../../src/core/workbook/writeReport";

export interface MemoryPortOptions {
  mode?: "excel" | "file";
  settings?: Record<string, string>;
  /** Make a method reject with this error. */
  fail?: Partial<Record<"listSheets" | "readSheet" | "writeSheets" | "writeSetting", Error>>;
  /** readSheet / writeSheets wait for these, so a test can look at the pane mid-phase. */
  readGate?: Promise<void>;
  writeGate?: Promise<void>;
  /** The officer's hidden sheets, as the adapters name them (they are not read). */
  hiddenSheets?: string[];
}

/** An in-memory workbook for the pane's tests; records everything the pane asks of it. */
export interface MemoryPort extends WorkbookPort {
  sheets: Map<string, Grid>;
  /** Our marks, by sheet name in lower case. */
  marks: Map<string, SheetMark>;
  registry: Registry;
  written: { specs: SheetSpec[]; names: (string | null)[]; report: WriteReport; options: WriteOptions }[];
  /** Generated sheets the officer gave print settings of their own: an update keeps them (`keptPrint`). */
  printSetBy: Set<string>;
  selected: { sheet: string; cell: string }[];
  activated: string[];
  settingWrites: { key: string; value: string }[];
  reads: string[];
  /** Sheets watched for edits (Excel only), each with its listener. */
  watched: { sheets: string[]; onChange(sheet: string): void }[];
  /** What Excel does when the user edits a cell of a watched sheet. */
  userEdits(sheet: string): void;
}

export function memoryPort(grids: Grid[], options: MemoryPortOptions = {}): MemoryPort {
  const mode = options.mode ?? "excel";
  const fail = options.fail ?? {};
  const port: MemoryPort = {
    mode,
    sheets: new Map(grids.map((g) => [g.name, g])),
    marks: new Map(),
    registry: { ...emptyRegistry(), settings: { ...options.settings } },
    written: [],
    printSetBy: new Set(),
    selected: [],
    activated: [],
    settingWrites: [],
    reads: [],
    watched: [],
    userEdits(sheet: string) {
      for (const w of port.watched) if (w.sheets.includes(sheet)) w.onChange(sheet);
    },

    async hiddenSheets(): Promise<string[]> {
      return [...(options.hiddenSheets ?? [])];
    },

    async listSheets(): Promise<SheetInfo[]> {
      if (fail.listSheets) throw fail.listSheets;
      return [...port.sheets.keys()].map((name) => {
        const mark = port.marks.get(name.toLowerCase());
        return mark?.kind === "data-pendukung"
          ? { name, generated: false, dataPendukung: true }
          : { name, generated: isTable(mark) };
      });
    },

    async readSheet(name: string, onProgress?: ProgressFn): Promise<Grid> {
      if (options.readGate) await options.readGate;
      if (fail.readSheet) throw fail.readSheet;
      const grid = port.sheets.get(name);
      if (!grid) throw new Error(`Lembar "${name}" tidak ada.`);
      port.reads.push(name);
      onProgress?.({ phase: "membaca", done: grid.rowCount, total: grid.rowCount });
      return grid;
    },

    async writeSheets(specs: SheetSpec[], writeOptions: WriteOptions = {}): Promise<WriteReport> {
      if (options.writeGate) await options.writeGate;
      if (fail.writeSheets) throw fail.writeSheets;
      const report = writeToMemory(port, specs, writeOptions);
      port.written.push({ specs, names: report.sheets.map((s) => s.name), report, options: writeOptions });
      return report;
    },

    async readSetting(key: string): Promise<string | null> {
      return port.registry.settings[key] ?? null;
    },

    async writeSetting(key: string, value: string): Promise<void> {
      if (fail.writeSetting) throw fail.writeSetting;
      port.settingWrites.push({ key, value });
      port.registry.settings[key] = value;
    },
  };
  if (mode === "excel") {
    port.selectCell = async (sheet, cell) => {
      port.selected.push({ sheet, cell });
    };
    port.activateSheet = async (name) => {
      port.activated.push(name);
    };
    port.watchSheets = async (sheets, onChange) => {
      const watch = { sheets, onChange };
      port.watched.push(watch);
      return async () => {
        port.watched = port.watched.filter((w) => w !== watch);
      };
    };
  }
  return port;
}

const isTable = (mark: SheetMark | undefined) => mark?.kind === "lkjip-table" || mark?.kind === "hasil-pemeriksaan";

/** The port's write, by the same plan the adapters follow (sheetPlan.ts), with marks and fingerprints. */
function writeToMemory(port: MemoryPort, specs: SheetSpec[], options: WriteOptions): WriteReport {
  const existing = [...port.sheets.values()].map((grid): ExistingSheet => {
    const mark = port.marks.get(grid.name.toLowerCase()) ?? null;
    return isTable(mark ?? undefined)
      ? { name: grid.name, mark, fingerprint: gridFingerprint(grid) }
      : { name: grid.name, mark };
  });
  const plan = planSheets(existing, specs, { replaceEdited: options.replaceEdited });
  const finalNames = new Map<string, string>();
  specs.forEach((spec, i) => {
    const a = plan.actions[i];
    if (a.type === "add" || a.type === "update") finalNames.set(spec.name, a.name);
  });
  const sheets = specs.map((spec, i): WriteReport["sheets"][number] => {
    const action = plan.actions[i];
    let status: WriteReport["sheets"][number]["status"] = "unchanged";
    if (action.type === "add" || action.type === "update") {
      port.sheets.set(action.name, gridFromSpec(action.name, spec, finalNames));
      const fingerprint = spec.kind === "data-pendukung" ? "" : specFingerprint(spec, finalNames);
      const subject = spec.subject === undefined ? {} : { subject: markSubject(spec.subject) };
      port.marks.set(action.name.toLowerCase(), { kind: spec.kind, key: spec.name, fingerprint, ...subject });
      status = action.type === "add" ? "new" : "updated";
    } else if (action.type === "append") {
      status = appendToGrid(port.sheets.get(action.name) as Grid, spec) > 0 ? "appended" : "unchanged";
      port.marks.set(action.name.toLowerCase(), { kind: "data-pendukung", key: spec.name, fingerprint: "" });
    }
    options.onProgress?.({ phase: "menulis", done: i + 1, total: specs.length });
    return {
      spec: spec.name,
      kind: spec.kind,
      name: action.type === "none" ? null : action.name,
      status,
      ...(action.type === "update" && port.printSetBy.has(action.name) ? { keptPrint: true as const } : {}),
      ...keptBeside(plan, i),
    };
  });
  for (const name of plan.remove) {
    port.sheets.delete(name);
    port.marks.delete(name.toLowerCase());
  }
  return writeReport(plan, sheets);
}

/** Cells of an append spec that are empty in the grid; returns how many values were added. */
function appendToGrid(grid: Grid, spec: SheetSpec): number {
  let added = 0;
  for (const { row, col, cell } of spec.cells) {
    const current = grid.cells[row]?.[col];
    if (current && current.value !== null && current.value !== "") continue;
    (grid.cells[row] ??= [])[col] = { value: cell.value ?? null };
    grid.rowCount = Math.max(grid.rowCount, row + 1);
    grid.colCount = Math.max(grid.colCount, col + 1);
    if (cell.value !== null && cell.value !== undefined && cell.value !== "") added++;
  }
  return added;
}

function gridFromSpec(name: string, spec: SheetSpec, finalNames: ReadonlyMap<string, string>): Grid {
  const cells: Grid["cells"] = [];
  let colCount = 0;
  for (const { row, col, cell } of spec.cells) {
    const written = writtenContent(cell, finalNames);
    (cells[row] ??= [])[col] =
      written.formula !== undefined ? { value: written.value, formula: written.formula } : { value: written.value };
    colCount = Math.max(colCount, col + 1);
  }
  return { name, rowCount: cells.length, colCount, cells, merges: spec.merges };
}
