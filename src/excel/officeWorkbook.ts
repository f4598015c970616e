import { Grid } from "../core/grid/grid";
import { ProgressFn, SheetInfo, WorkbookPort, WriteOptions, WriteReport } from "../core/ports/workbookPort";
import { SheetSpec } from "../core/tables/sheetSpec";
import { REGISTRY_SHEET } from "../core/workbook/registry";
import { ErrorScope, translatingOfficeErrors } from "./officeErrors";
import { readWorksheet } from "./readSheet";
import { budgetFor, EXCEL_WEB_LIMITS, RequestBudget, RequestLimits } from "./requestBudget";
import { RunExcel } from "./runExcel";
import { activateSheetNamed, selectCellOn } from "./selection";
import { readRegistrySetting, writeRegistrySetting } from "./settings";
import { listVisibleSheets } from "./sheetList";
import { writeGeneratedSheets } from "./writeSheets";

export interface OfficeWorkbookOptions {
  /** Defaults to Excel on the web's limits, which are the strictest. */
  limits?: Partial<RequestLimits>;
  /**
   * Whether a requirement set is available; defaults to Office.context.requirements.isSetSupported in Excel and to
   * "everything" elsewhere (tests). Merged areas need ExcelApi 1.13: without it sheets are read without merges,
   * which recognition handles as row blocks.
   */
  isSetSupported?: (set: string, version: string) => boolean;
}

function officeSupports(set: string, version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : true;
}

/**
 * The workbook open in Excel, through Office.js. Constructed with `Excel.run` in the add-in, with the in-memory
 * Excel's run in tests. Every error from Office reaches the caller as one Indonesian sentence (ExcelAdapterError).
 */
export class OfficeWorkbook implements WorkbookPort {
  readonly mode = "excel" as const;
  private readonly budget: RequestBudget;
  private readonly mergedAreas: boolean;

  constructor(
    private readonly run: RunExcel,
    options: OfficeWorkbookOptions = {},
  ) {
    this.budget = budgetFor({ ...EXCEL_WEB_LIMITS, ...options.limits });
    this.mergedAreas = (options.isSetSupported ?? officeSupports)("ExcelApi", "1.13");
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.excel([], (context) => listVisibleSheets(context));
  }

  readSheet(name: string, onProgress?: ProgressFn): Promise<Grid> {
    return this.excel([name], (context) => readWorksheet(context, name, this.budget, onProgress, this.mergedAreas));
  }

  writeSheets(specs: SheetSpec[], options: WriteOptions = {}): Promise<WriteReport> {
    const scope = new ErrorScope();
    return translatingOfficeErrors(scope, () =>
      this.run((context) => writeGeneratedSheets(context, specs, this.budget, scope, options)),
    );
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
