import { Grid } from "../core/grid/grid";
import { ProgressFn, SheetInfo, WorkbookPort, WriteOptions, WriteReport } from "../core/ports/workbookPort";
import { SheetSpec } from "../core/tables/sheetSpec";
import { dataPendukungCopiesOf, dataPendukungSheetOf } from "../core/workbook/sheetPlan";
import { listedSheets } from "../core/workbook/listedSheets";
import { lkjipDownloadName } from "./downloadName";
import { OpenProgressFn } from "./openProgress";
import {
  describePackageProblem,
  describeSourceProblem,
  missingSheet,
  onlyChartSheets,
  packageProblem,
  refusal,
} from "./fileErrors";
import { detectFormat, SourceFormat } from "./formats/detectFormat";
import { readSourceBook } from "./formats/readSourceBook";
import { SourceReadError } from "./formats/sourceBook";
import { packageFromSourceBook } from "./formats/sourcePackage";
import { writeGeneratedSheets } from "./package/generatedSheets";
import { PackageParts } from "./package/packageParts";
import { readSettings, writeSetting } from "./package/settings";
import { CatalogSheet, isGeneratedSheet, isSourceSheet, SheetCatalog, sheetCatalog } from "./package/sheetCatalog";
import { WorkbookPackage } from "./package/workbookPackage";
import { DEFAULT_LIMITS, PackageLimits } from "./package/zipArchive";
import { holdsMacros } from "./formats/macros";
import { readSheetGrid, readWorkbookInfo, WorkbookInfo } from "./xlsx";

/** A file of another format as a new .xlsx package; what it cannot be read for becomes one line naming the file. */
async function readOtherFormat(
  bytes: Uint8Array,
  fileName: string,
  format: Exclude<SourceFormat, "xlsx">,
  limits: PackageLimits,
): Promise<WorkbookPackage> {
  try {
    return packageFromSourceBook(await readSourceBook(bytes, format, limits, fileName));
  } catch (e) {
    if (e instanceof SourceReadError) throw describeSourceProblem(fileName, format, e);
    throw describePackageProblem(fileName, e) ?? e;
  }
}

/** Lets a browser paint the progress bar between two pieces of synchronous work. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A workbook file held in memory as its package: the adapter of the CLI and of the web page (Node, browser and Web
 * Worker alike). Reading goes through src/file/xlsx, writing adds or updates only the generated sheets' parts
 * (src/file/package): the user's package is never re-serialised. The result leaves as bytes (`toBuffer`).
 */
export class FileWorkbook implements WorkbookPort {
  readonly mode = "file" as const;
  private readonly listeners = new Set<() => void>();
  private written = false;
  private view: { parts: PackageParts; info: WorkbookInfo } | null = null;
  /** Grids read since the last write, by sheet name: opening reads the sheets the pane will show. */
  private readonly grids = new Map<string, Grid>();

  private constructor(
    private readonly pkg: WorkbookPackage,
    /** The name of the file it was opened from. */
    readonly fileName: string,
    /**
     * The format of that file. Anything but "xlsx" was read into a new .xlsx package at open time (the file's sheets
     * as real sheets): the result is always written as a new .xlsx, never over the file.
     */
    readonly sourceFormat: SourceFormat = "xlsx",
    /** That file (.xls, .ods) holds macros, which its .xlsx result cannot: the file keeps them, the result not. */
    readonly macrosLeftOut = false,
  ) {}

  /**
   * Open the bytes of an .xlsx/.xlsm, or of an .xls, .ods, SpreadsheetML 2003, HTML table or MHTML page (format
   * decided from the bytes; see src/file/formats), and read every sheet of the user's. Throws a FileWorkbookError
   * with one line in Bahasa Indonesia when they are none of these (empty, password protected, PDF, Word, a web page
   * without a table, damaged, too large). `onProgress` hears the bytes unpacked, then the rows read of each sheet.
   */
  static async fromBuffer(
    data: ArrayBuffer | Uint8Array,
    fileName: string,
    onProgress?: OpenProgressFn,
    limits: PackageLimits = DEFAULT_LIMITS,
  ): Promise<FileWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const detected = detectFormat(bytes);
    if ("refused" in detected) throw refusal(detected.refused, fileName);
    await yieldToEventLoop();
    const format = detected.format;
    const unzip = onProgress && ((done: number, total: number) => onProgress({ stage: "unzip", done, total }));
    if (format !== "xlsx") onProgress?.({ stage: "convert" });
    const workbook =
      format === "xlsx"
        ? packageProblem(fileName, () => new FileWorkbook(WorkbookPackage.open(bytes, limits, unzip), fileName))
        : new FileWorkbook(
            await readOtherFormat(bytes, fileName, format, limits),
            fileName,
            format,
            holdsMacros(bytes, format),
          );
    // What workbook.xml lists must be there: a sheet without its part is an error now, not a missing sheet later.
    packageProblem(fileName, () => workbook.current());
    const catalog = workbook.catalog();
    if (catalog.sheets.length > 0 && catalog.sheets.every((s) => s.withoutCells)) {
      throw onlyChartSheets(
        fileName,
        catalog.sheets.map((s) => s.name),
      );
    }
    const sheets = (await workbook.listSheets()).filter((s) => !s.generated);
    const report = (done: number, rows: number, totalRows: number) =>
      onProgress?.({ stage: "sheets", done, sheets: sheets.length, rows, totalRows });
    report(0, 0, 0);
    for (const [i, sheet] of sheets.entries()) {
      await yieldToEventLoop();
      workbook.grid(sheet.name, onProgress && ((p) => report(i, p.done, p.total)));
      report(i + 1, 0, 0);
    }
    return workbook;
  }

  /**
   * A workbook of its own with what this one holds now, to write a build into while this one stays as it is (the
   * web page builds every time from the file as opened). The grids read so far are shared: nothing changes a grid.
   */
  copy(): FileWorkbook {
    const copy = new FileWorkbook(this.pkg.copy(), this.fileName, this.sourceFormat, this.macrosLeftOut);
    for (const [name, grid] of this.grids) copy.grids.set(name, grid);
    return copy;
  }

  /** `<name>-lkjip.xlsx`: the name the generated workbook is offered under. */
  get downloadName(): string {
    return lkjipDownloadName(this.fileName);
  }

  /** True once generated sheets were written in this session: the workbook differs from the file. */
  get hasWrittenSheets(): boolean {
    return this.written;
  }

  /** Called after every write (sheets or settings); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const catalog = this.catalog();
    return listedSheets(
      catalog.sheets,
      catalog.sheets.filter(
        (s) =>
          s.state === "visible" && !s.withoutCells && s.mark?.kind !== "registry" && !(catalog.legacy?.name === s.name),
      ),
      dataPendukungIn(catalog),
      (s) => isGeneratedSheet(catalog, s),
    );
  }

  async hiddenSheets(): Promise<string[]> {
    const catalog = this.catalog();
    const dataPendukung = dataPendukungIn(catalog);
    return catalog.sheets
      .filter(
        (s) =>
          s.state !== "visible" &&
          isSourceSheet(catalog, s) &&
          s.mark?.kind !== "data-pendukung" &&
          s !== dataPendukung,
      )
      .map((s) => s.name);
  }

  /** Sheets that hold no cells: chart sheets, dialog and macro sheets (a `--sheet` naming one is told what it is). */
  sheetsWithoutCells(): string[] {
    return this.current()
      .info.sheets.filter((s) => s.kind !== "worksheet")
      .map((s) => s.name);
  }

  /** Other sheets with the Data Pendukung mark (copies the officer made), hidden ones included: not read. */
  dataPendukungCopyNames(): string[] {
    return dataPendukungCopiesOf(this.catalog().sheets).map((s) => s.name);
  }

  /** The officer's Data Pendukung: the sheet with its mark, whatever it is called now, else the one of that name. */
  dataPendukungSheetName(): string | null {
    return dataPendukungIn(this.catalog())?.name ?? null;
  }

  /** The sheets hidden in Excel (hidden or very hidden): a source among them is named as such by the CLI. */
  hiddenSheetNames(): string[] {
    return this.catalog()
      .sheets.filter((s) => s.state !== "visible")
      .map((s) => s.name);
  }

  /** Every sheet the engine may read as a source, hidden ones included: the user's own and Data Pendukung. */
  sourceSheetNames(): string[] {
    const catalog = this.catalog();
    const copies = new Set(dataPendukungCopiesOf(catalog.sheets));
    return catalog.sheets.filter((s) => isSourceSheet(catalog, s) && !copies.has(s)).map((s) => s.name);
  }

  /** The package parts of the generated tables and Hasil Pemeriksaan (what a re-run may rewrite). */
  generatedSheetParts(): string[] {
    const catalog = this.catalog();
    const { info } = this.current();
    return catalog.sheets
      .filter((s) => isGeneratedSheet(catalog, s))
      .map((s) => info.sheets.find((i) => i.name === s.name)?.part ?? "")
      .filter((p) => p !== "");
  }

  async readSheet(name: string, onProgress?: ProgressFn): Promise<Grid> {
    const catalog = this.catalog();
    const sheet = catalog.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet || sheet.mark?.kind === "registry" || catalog.legacy?.name === sheet.name) {
      throw missingSheet(this.fileName, name);
    }
    await yieldToEventLoop();
    return this.grid(sheet.name, onProgress);
  }

  /** A sheet as a Grid, synchronously (the CLI reads many in a row); read once until the next write. */
  grid(name: string, onProgress?: ProgressFn): Grid {
    const cached = this.grids.get(name);
    if (cached) {
      onProgress?.({ phase: "membaca", done: cached.rowCount, total: cached.rowCount });
      return cached;
    }
    const { parts, info } = this.current();
    const grid = packageProblem(this.fileName, () => readSheetGrid(parts, info, name, onProgress));
    this.grids.set(name, grid);
    return grid;
  }

  async writeSheets(specs: SheetSpec[], options: WriteOptions = {}): Promise<WriteReport> {
    const { onProgress, ...planOptions } = options;
    onProgress?.({ phase: "menulis", done: 0, total: specs.length });
    await yieldToEventLoop();
    const report = writeGeneratedSheets(
      this.pkg,
      specs,
      this.catalog(),
      (name) => this.grid(name),
      planOptions,
      (done) => onProgress?.({ phase: "menulis", done, total: specs.length }),
    );
    this.changed(true);
    return report;
  }

  /** Every setting kept in the workbook (column corrections per sheet…). */
  async readSettings(): Promise<Record<string, string>> {
    return readSettings(this.catalog(), (name) => this.grid(name));
  }

  async readSetting(key: string): Promise<string | null> {
    const settings = await this.readSettings();
    return Object.prototype.hasOwnProperty.call(settings, key) ? settings[key] : null;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    writeSetting(this.pkg, this.catalog(), (name) => this.grid(name), key, value);
    this.changed(false);
  }

  /** The workbook as .xlsx bytes: the input's parts as they came, plus what was written. */
  async toBuffer(): Promise<ArrayBuffer> {
    const bytes = this.pkg.toBytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  private catalog(): SheetCatalog {
    const { info } = this.current();
    const kinds = new Map(info.sheets.map((s) => [s.name, s.kind]));
    return sheetCatalog(
      this.pkg,
      (name) => this.grid(name),
      (name) => kinds.get(name) === "worksheet",
    );
  }

  /** The parts and what workbook.xml says, read again after every write. */
  private current(): { parts: PackageParts; info: WorkbookInfo } {
    if (!this.view) {
      const parts = this.pkg.parts;
      this.view = { parts, info: readWorkbookInfo(parts) };
    }
    return this.view;
  }

  private changed(sheets: boolean): void {
    this.view = null;
    this.grids.clear();
    if (sheets) this.written = true;
    for (const listener of this.listeners) listener();
  }
}

/** The planner's Data Pendukung, when the engine reads it as a source (a sheet a version-1 registry lists is not). */
function dataPendukungIn(catalog: SheetCatalog): CatalogSheet | undefined {
  const sheet = dataPendukungSheetOf(catalog.sheets);
  return sheet && isSourceSheet(catalog, sheet) ? sheet : undefined;
}
