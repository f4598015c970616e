import { Grid } from "../../core/grid/grid";
import { countModel } from "../../core/model/counts";
import { SheetModel } from "../../core/model/sheetModel";
import { Analysis, latestModel } from "../../core/pipeline";
import { headerTexts } from "../columns/headerText";
import { AnalysisSummary, RecognisedSheet, SourceSheet } from "./workbookSession";

/** A recognised sheet as the pane shows it, its header texts read from the grid it came from. */
export function recognisedSheet(model: SheetModel, grid: Grid | undefined): RecognisedSheet {
  return {
    ...sourceSheet(model),
    columns: { ...model.columns },
    counts: countModel(model),
    headers: headerTexts(grid, model.headerRows, grid?.colCount ?? 0),
  };
}

export function sourceSheet(model: SheetModel): SourceSheet {
  const semester = model.layout === "evaluasi-renja" && model.semester === true;
  return {
    sheet: model.sheet,
    layout: model.layout,
    triwulan: model.triwulan,
    tahun: model.tahun,
    ...(semester ? { semester: true as const } : {}),
  };
}

/** An analysis as plain data: what the pane shows, without the models and grids behind it. */
export function summariseAnalysis(analysis: Analysis, grids: Grid[], hiddenSheets: string[]): AnalysisSummary {
  return {
    sheets: analysis.models.map((m) =>
      recognisedSheet(
        m,
        grids.find((g) => g.name === m.sheet),
      ),
    ),
    findings: analysis.findings,
    skipped: analysis.skipped,
    hiddenSheets,
    latest: latestModel(analysis.models)?.sheet,
  };
}
