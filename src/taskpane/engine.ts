import { Grid } from "../core/grid/grid";
import { Lang } from "../core/numbers/format";
import { AnalyseOptions, Analysis, analyseWorkbook, generateLkjip } from "../core/pipeline";

export type GenerateOutcome = ReturnType<typeof generateLkjip>;
export type GenerateOptions = AnalyseOptions & { lang?: Lang };

/** The domain work the pane needs; tests may inject their own, the add-in uses the pipeline. */
export interface Engine {
  analyse(grids: Grid[], options: AnalyseOptions): Analysis;
  generate(grids: Grid[], options: GenerateOptions): GenerateOutcome;
}

export const pipelineEngine: Engine = {
  analyse: (grids, options) => analyseWorkbook(grids, options),
  generate: (grids, options) => generateLkjip(grids, options),
};
