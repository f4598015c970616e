import { serialiseSource, SOURCE_SETTING } from "../../core/workbook/columnSettings";
import { latestModel } from "../../core/pipeline";
import { ColumnMap } from "../../core/model/columns";
import { DATA_PENDUKUNG_SHEET } from "../../core/model/dataPendukung";
import { Analysis } from "../../core/pipeline";
import { ProgressFn, WorkbookPort } from "../../core/ports/workbookPort";
import { Engine } from "../engine";
import { rowFigures } from "../findings/rowFigures";
import { readWorkbook, WorkbookContent } from "../workbookReader";
import { summariseAnalysis, sourceSheet } from "./summarise";
import { AnalysisSummary, GenerateRequest, GenerateResult, ReadSummary, WorkbookSession } from "./workbookSession";

/**
 * The session where the workbook is: the port's grids and the engine side by side. The add-in uses it on the main
 * thread over the Office adapter; the web page's worker uses it over the file adapter.
 */
export class PortSession implements WorkbookSession {
  readonly mode: WorkbookPort["mode"];
  private content: WorkbookContent | null = null;
  private analysis: Analysis | null = null;

  constructor(
    private readonly port: WorkbookPort,
    private readonly engine: Engine,
  ) {
    this.mode = port.mode;
    // The host's own actions, only where the port has them.
    if (port.selectCell) this.selectCell = port.selectCell.bind(port);
    if (port.activateSheet) this.activateSheet = port.activateSheet.bind(port);
    if (port.undoSupport) this.undoSupport = port.undoSupport.bind(port);
    if (port.watchSheets) this.watchSheets = port.watchSheets.bind(port);
  }

  selectCell?: WorkbookSession["selectCell"];
  activateSheet?: WorkbookSession["activateSheet"];
  undoSupport?: WorkbookSession["undoSupport"];
  watchSheets?: WorkbookSession["watchSheets"];

  /**
   * A session over `port`, a copy of this one's workbook (FileWorkbook.copy), that knows what this one has read and
   * checked: a build written there leaves this workbook as it is.
   */
  withPort(port: WorkbookPort): PortSession {
    const session = new PortSession(port, this.engine);
    session.content = this.content;
    session.analysis = this.analysis;
    return session;
  }

  async read(onProgress?: ProgressFn): Promise<ReadSummary> {
    const content = await readWorkbook(this.port, onProgress);
    this.content = content;
    this.analysis = null;
    return {
      columns: content.columns,
      unreadableSettings: content.unreadableSettings,
      ...(content.source !== undefined ? { source: content.source } : {}),
    };
  }

  async analyse(columns: Record<string, ColumnMap>, onProgress?: ProgressFn): Promise<AnalysisSummary> {
    const content = (this.content ??= await readWorkbook(this.port));
    const rows = rowsOf(content);
    onProgress?.({ phase: "memeriksa", done: 0, total: rows });
    const analysis = this.engine.analyse(content.grids, { columns, dataPendukungSheet: content.dataPendukungSheet });
    this.analysis = analysis;
    onProgress?.({ phase: "memeriksa", done: rows, total: rows });
    return summariseAnalysis(analysis, content.grids, content.hiddenSheets);
  }

  async rowFigures(sheet: string, row: number) {
    const model = this.analysis?.models.find((m) => m.sheet === sheet);
    if (!model) return [];
    return rowFigures(
      model,
      this.content?.grids.find((g) => g.name === sheet),
      row,
    );
  }

  writeSetting(key: string, value: string): Promise<void> {
    return this.port.writeSetting(key, value);
  }

  async generate(request: GenerateRequest, onProgress?: ProgressFn): Promise<GenerateResult> {
    const { sheet, lang, replaceEdited } = request;
    onProgress?.({ phase: "membaca", done: 0, total: 0 });
    const content = await readWorkbook(this.port, onProgress);
    const rows = rowsOf(content);
    onProgress?.({ phase: "memeriksa", done: 0, total: rows });
    // Let a pane on this thread paint the new phase before the synchronous engine work blocks it.
    await yieldToRender();
    const outcome = this.engine.generate(content.grids, {
      sheet,
      columns: content.columns,
      lang,
      dataPendukungSheet: content.dataPendukungSheet,
      ...(content.dataPendukungCopies.length > 0 ? { dataPendukungCopies: content.dataPendukungCopies } : {}),
    });
    if (!outcome.source) {
      return { status: "noTable", skipped: outcome.analysis.skipped, hiddenSheets: content.hiddenSheets };
    }
    onProgress?.({ phase: "menulis", done: 0, total: outcome.specs.length });
    const written = await this.port.writeSheets(outcome.specs, {
      onProgress,
      ...(replaceEdited && replaceEdited.length > 0 ? { replaceEdited } : {}),
    });
    // The choice goes with the tables (and a return to the latest clears it), so a reopened workbook keeps it.
    const latest = this.analysis ? latestModel(this.analysis.models)?.sheet : undefined;
    const saved = serialiseSource(sheet !== undefined && latest !== undefined ? { sheet, latest } : null);
    if (saved !== serialiseSource(content.source ?? null)) await this.port.writeSetting(SOURCE_SETTING, saved);
    const created = written.sheets.find((w) => w.kind === "data-pendukung" && w.status === "new");
    const source = outcome.source;
    return {
      status: "done",
      source: sourceSheet(source),
      sourceErrors: outcome.analysis.findings.filter((f) => f.sheet === source.sheet && f.severity === "error").length,
      tableNotes: outcome.tableFindings.length + outcome.dataPendukungFindings.length,
      tableWarnings: [...outcome.tableFindings, ...outcome.dataPendukungFindings].filter((f) => f.severity !== "info"),
      dataPendukung: outcome.dataPendukungCreated ? (created?.name ?? DATA_PENDUKUNG_SHEET) : null,
      report: written,
    };
  }
}

/** All rows of the grids read: how far checking has to go. */
const rowsOf = (content: WorkbookContent) => content.grids.reduce((n, g) => n + g.rowCount, 0);

const yieldToRender = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
