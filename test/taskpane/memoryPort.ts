import { Grid } from "../../src/core/grid/grid";
import { ProgressFn, SheetInfo, WorkbookPort } from "../../src/core/ports/workbookPort";
import { SheetSpec } from "../../src/core/tables/sheetSpec";
import { emptyRegistry, Registry } from "../../src/core/workbook/registry";
import { planSheetWrites } from "../../src/core/workbook/sheetNames";

export interface MemoryPortOptions {
  mode?: "excel" | "file";
  settings?: Record<string, string>;
  /** Make a method reject with this error. */
  fail?: Partial<Record<"listSheets" | "readSheet" | "writeSheets" | "writeSetting", Error>>;
  /** readSheet / writeSheets wait for these, so a test can look at the pane mid-phase. */
  readGate?: Promise<void>;
  writeGate?: Promise<void>;
}

/** An in-memory workbook for the pane's tests; records everything the pane asks of it. */
export interface MemoryPort extends WorkbookPort {
  sheets: Map<string, Grid>;
  registry: Registry;
  written: { specs: SheetSpec[]; names: (string | null)[] }[];
  selected: { sheet: string; cell: string }[];
  activated: string[];
  settingWrites: { key: string; value: string }[];
  reads: string[];
}

export function memoryPort(grids: Grid[], options: MemoryPortOptions = {}): MemoryPort {
  const mode = options.mode ?? "excel";
  const fail = options.fail ?? {};
  const port: MemoryPort = {
    mode,
    sheets: new Map(grids.map((g) => [g.name, g])),
    registry: { ...emptyRegistry(), settings: { ...options.settings } },
    written: [],
    selected: [],
    activated: [],
    settingWrites: [],
    reads: [],

    async listSheets(): Promise<SheetInfo[]> {
      if (fail.listSheets) throw fail.listSheets;
      const generated = new Set(port.registry.generated.map((g) => g.name.toLowerCase()));
      return [...port.sheets.keys()].map((name) => ({ name, generated: generated.has(name.toLowerCase()) }));
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

    async writeSheets(specs: SheetSpec[], onProgress?: ProgressFn): Promise<(string | null)[]> {
      if (options.writeGate) await options.writeGate;
      if (fail.writeSheets) throw fail.writeSheets;
      const plan = planSheetWrites([...port.sheets.keys()], port.registry, specs);
      for (const name of plan.remove) port.sheets.delete(name);
      specs.forEach((spec, i) => {
        const name = plan.names[i];
        if (name !== null) port.sheets.set(name, gridFromSpec(name, spec));
        onProgress?.({ phase: "menulis", done: i + 1, total: specs.length });
      });
      port.registry = plan.registry;
      port.written.push({ specs, names: plan.names });
      return plan.names;
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
  }
  return port;
}

function gridFromSpec(name: string, spec: SheetSpec): Grid {
  const cells: Grid["cells"] = [];
  let colCount = 0;
  for (const { row, col, cell } of spec.cells) {
    (cells[row] ??= [])[col] = { value: cell.result ?? cell.value ?? null, formula: cell.formula };
    colCount = Math.max(colCount, col + 1);
  }
  return { name, rowCount: cells.length, colCount, cells, merges: spec.merges };
}
