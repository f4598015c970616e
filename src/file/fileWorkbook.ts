import ExcelJS from "exceljs";
import { Grid } from "../core/grid/grid";
import { ProgressFn, SheetInfo, WorkbookPort } from "../core/ports/workbookPort";
import { SheetSpec } from "../core/tables/sheetSpec";
import { REGISTRY_SHEET } from "../core/workbook/registry";
import { readGrid } from "./readGrid";
import { findWorksheet, readRegistry, writeRegistry } from "./registrySheet";
import { writeGeneratedSheets } from "./writeGenerated";
import { lkjipDownloadName } from "./downloadName";
import { checkXlsxBytes, corruptFile, firstLine, missingSheet, noWorksheets } from "./fileErrors";
import { fixInternalLinks } from "./internalLinks";
import { countWorksheetParts, zipEntryNames } from "./zipEntries";

/** Lets a browser paint the progress bar between two pieces of synchronous work. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface ParseHooks {
  _processWorksheetEntry?(...args: unknown[]): Promise<unknown>;
}

/**
 * A workbook held in memory as an exceljs Workbook: the web page's adapter (and usable in Node). Reads and writes
 * sheets exactly as the CLI does (readGrid, writeGeneratedSheets, the registry sheet); the result leaves as bytes
 * (`toBuffer`) for a download. Cells cannot be selected, so `selectCell` and `activateSheet` are absent.
 */
export class FileWorkbook implements WorkbookPort {
  readonly mode = "file" as const;
  private readonly listeners = new Set<() => void>();
  private written = false;

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    /** The name of the file it was opened from. */
    readonly fileName: string,
  ) {}

  /**
   * Parse the bytes of an .xlsx. Throws a FileWorkbookError with a message in Bahasa Indonesia when they are not
   * one (empty, old .xls, password protected, another kind of file, damaged). Progress counts parsed worksheets.
   */
  static async fromBuffer(
    data: ArrayBuffer | Uint8Array,
    fileName: string,
    onProgress?: ProgressFn,
  ): Promise<FileWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const problem = checkXlsxBytes(bytes, fileName);
    if (problem) throw problem;
    const entries = zipEntryNames(bytes);
    const total = Array.isArray(entries) ? countWorksheetParts(entries) : 0;

    const workbook = new ExcelJS.Workbook();
    fixInternalLinks(workbook);
    if (onProgress) reportParsedSheets(workbook, total, onProgress);
    onProgress?.({ phase: "membaca", done: 0, total });
    await yieldToEventLoop();
    try {
      // exceljs types want its own Buffer type; a Uint8Array is what both of its builds read.
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (e) {
      throw corruptFile(fileName, firstLine(e));
    }
    if (workbook.worksheets.length === 0) throw noWorksheets(fileName);
    onProgress?.({ phase: "membaca", done: total, total });
    return new FileWorkbook(workbook, fileName);
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
    const generated = new Set(readRegistry(this.workbook).generated.map((g) => g.name.toLowerCase()));
    return this.workbook.worksheets
      .filter((ws) => isVisible(ws) && !isRegistry(ws.name))
      .map((ws) => ({ name: ws.name, generated: generated.has(ws.name.toLowerCase()) }));
  }

  async readSheet(name: string, onProgress?: ProgressFn): Promise<Grid> {
    const worksheet = findWorksheet(this.workbook, name);
    if (!worksheet || isRegistry(worksheet.name)) throw missingSheet(this.fileName, name);
    const rows = worksheet.rowCount;
    onProgress?.({ phase: "membaca", done: 0, total: rows });
    await yieldToEventLoop();
    const grid = readGrid(worksheet);
    onProgress?.({ phase: "membaca", done: rows, total: rows });
    return grid;
  }

  async writeSheets(specs: SheetSpec[], onProgress?: ProgressFn): Promise<(string | null)[]> {
    onProgress?.({ phase: "menulis", done: 0, total: specs.length });
    await yieldToEventLoop();
    const { names } = writeGeneratedSheets(this.workbook, specs);
    this.written = true;
    onProgress?.({ phase: "menulis", done: specs.length, total: specs.length });
    this.changed();
    return names;
  }

  async readSetting(key: string): Promise<string | null> {
    const settings = readRegistry(this.workbook).settings;
    return Object.prototype.hasOwnProperty.call(settings, key) ? settings[key] : null;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    const registry = readRegistry(this.workbook);
    registry.settings[key] = value;
    writeRegistry(this.workbook, registry);
    this.changed();
  }

  /** The workbook as .xlsx bytes, generated sheets and registry included. */
  async toBuffer(): Promise<ArrayBuffer> {
    // A Buffer in Node, exceljs's Buffer polyfill (a Uint8Array) in the browser.
    const written = (await this.workbook.xlsx.writeBuffer()) as unknown as Uint8Array | ArrayBuffer;
    if (written instanceof ArrayBuffer) return written;
    return written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as ArrayBuffer;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function isVisible(worksheet: ExcelJS.Worksheet): boolean {
  return worksheet.state === undefined || worksheet.state === "visible";
}

function isRegistry(name: string): boolean {
  return name.toLowerCase() === REGISTRY_SHEET.toLowerCase();
}

/**
 * Count worksheets as exceljs finishes parsing each: parsing is where a large file spends its time. Wraps a method
 * of this workbook's own XLSX object; when a later exceljs renames it, progress stays at 0 and nothing breaks.
 */
function reportParsedSheets(workbook: ExcelJS.Workbook, total: number, onProgress: ProgressFn): void {
  const xlsx = workbook.xlsx as unknown as ParseHooks;
  const parse = xlsx._processWorksheetEntry;
  if (typeof parse !== "function") return;
  let done = 0;
  xlsx._processWorksheetEntry = async function (...args: unknown[]) {
    const result = await parse.apply(this, args);
    done++;
    onProgress({ phase: "membaca", done: Math.min(done, total), total });
    await yieldToEventLoop();
    return result;
  };
}
