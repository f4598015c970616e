import { Grid } from "../core/grid/grid";
import {
  ProgressFn,
  SheetInfo,
  UndoSupport,
  WorkbookPort,
  WriteOptions,
  WriteReport,
} from "../core/ports/workbookPort";
import { SheetSpec } from "../core/tables/sheetSpec";
import { REGISTRY_SHEET } from "../core/workbook/registry";
import { ErrorScope, isUndoNotSupported, translatingOfficeErrors } from "./officeErrors";
import { readWorksheet } from "./readSheet";
import { budgetFor, EXCEL_WEB_LIMITS, RequestBudget, RequestLimits } from "./requestBudget";
import { officeSupports } from "./requirements";
import { RunExcel } from "./runExcel";
import { activateSheetNamed, selectCellOn } from "./selection";
import { readRegistrySetting, writeRegistrySetting } from "./settings";
import { listHiddenSheets, listVisibleSheets } from "./sheetList";
import { RunOnContext, watchWorksheets } from "./sheetWatch";
import { NotUndoable, refuseUndoless, WriteGuard, writeGeneratedSheets } from "./writeSheets";

export interface OfficeWorkbookOptions {
  /** Defaults to Excel on the web's limits, which are the strictest. */
  limits?: Partial<RequestLimits>;
  /**
   * Whether a requirement set is available; defaults to Office.context.requirements.isSetSupported in Excel and to
   * "everything" elsewhere (tests). Merged areas need ExcelApi 1.13: without it sheets are read without merges,
   * which recognition handles as row blocks.
   */
  isSetSupported?: (set: string, version: string) => boolean;
  /**
   * `Excel.run` with `{ mergeUndoGroup: true }`: with it (and ExcelApi 1.20) a write is one step in Excel's Undo
   * list. Without it, or on an older host, writes are not grouped and the pane says so before writing.
   */
  runGrouped?: RunExcel;
  /** `Excel.run(context, batch)`, to remove event handlers on the context they were added with. */
  runOn?: RunOnContext;
}

/**
 * The workbook open in Excel, through Office.js. Constructed with `Excel.run` in the add-in, with the in-memory
 * Excel's run in tests. Every error from Office reaches the caller as one Indonesian sentence (ExcelAdapterError).
 */
export class OfficeWorkbook implements WorkbookPort {
  readonly mode = "excel" as const;
  private readonly budget: RequestBudget;
  private readonly mergedAreas: boolean;
  /** Set when writes can be one undo step. */
  private readonly runGrouped: RunExcel | null;
  private readonly events: boolean;
  private readonly runOn: RunOnContext;

  constructor(
    private readonly run: RunExcel,
    options: OfficeWorkbookOptions = {},
  ) {
    this.budget = budgetFor({ ...EXCEL_WEB_LIMITS, ...options.limits });
    const supports = options.isSetSupported ?? officeSupports;
    this.mergedAreas = supports("ExcelApi", "1.13");
    this.runGrouped = options.runGrouped && supports("ExcelApi", "1.20") ? options.runGrouped : null;
    this.events = supports("ExcelApi", "1.7");
    this.runOn = options.runOn ?? defaultRunOn;
  }

  undoSupport(): UndoSupport {
    return this.runGrouped ? "one-step" : "none";
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.excel([], (context) => listVisibleSheets(context));
  }

  hiddenSheets(): Promise<string[]> {
    return this.excel([], (context) => listHiddenSheets(context));
  }

  readSheet(name: string, onProgress?: ProgressFn): Promise<Grid> {
    return this.excel([name], (context) => readWorksheet(context, name, this.budget, onProgress, this.mergedAreas));
  }

  /**
   * Where the host groups undo, the write runs as one undo group. A plan that deletes or hides a sheet (operations
   * Excel cannot undo, see Microsoft's "Undo support" list) is refused inside the group before anything is written,
   * and so is anything Excel answers with UndoNotSupported: the write then runs ungrouped and reports `undo: "none"`.
   */
  async writeSheets(specs: SheetSpec[], options: WriteOptions = {}): Promise<WriteReport> {
    const write = (run: RunExcel, guard?: WriteGuard) => {
      const scope = new ErrorScope();
      return translatingOfficeErrors(scope, () =>
        run((context) => writeGeneratedSheets(context, specs, this.budget, scope, options, guard)),
      );
    };
    if (this.runGrouped) {
      try {
        return { ...(await write(this.runGrouped, refuseUndoless)), undo: "one-step" };
      } catch (e) {
        if (!(e instanceof NotUndoable) && !isUndoNotSupported(e)) throw e;
      }
    }
    return { ...(await write(this.run)), undo: "none" };
  }

  async watchSheets(names: string[], onChange: (sheet: string) => void): Promise<() => Promise<void>> {
    if (!this.events) return async () => undefined;
    return this.excel(names, () => watchWorksheets(this.run, names, onChange, this.runOn));
  }

  readSetting(key: string): Promise<string | null> {
    return this.excel([REGISTRY_SHEET], (context) => readRegistrySetting(context, key));
  }

  writeSetting(key: string, value: string): Promise<void> {
    const scope = new ErrorScope([REGISTRY_SHEET]);
    return translatingOfficeErrors(scope, () =>
      this.run((context) => writeRegistrySetting(context, key, value, this.budget, scope)),
    );
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.excel([sheet], (context) => selectCellOn(context, sheet, cell));
  }

  activateSheet(name: string): Promise<void> {
    return this.excel([name], (context) => activateSheetNamed(context, name));
  }

  private excel<T>(sheets: string[], batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return translatingOfficeErrors(new ErrorScope(sheets), () => this.run(batch));
  }
}

/** Outside Excel.run's own overload (tests): the handler's context synced directly. */
const defaultRunOn: RunOnContext = async (context, batch) => {
  await batch(context as Excel.RequestContext);
};
