import { useCallback, useRef, useState } from "react";
import { DATA_PENDUKUNG_SHEET } from "../../core/model/dataPendukung";
import { SheetModel } from "../../core/model/types";
import { SkippedSheet } from "../../core/pipeline";
import { Progress, WorkbookPort, WriteReport } from "../../core/ports/workbookPort";
import { GeneratedKind } from "../../core/tables/sheetSpec";
import { Engine } from "../engine";
import { readWorkbook } from "../workbookReader";

export interface WrittenSheet {
  name: string;
  kind: GeneratedKind;
}

export type GenerateState =
  | { status: "idle" }
  | { status: "running"; progress: Progress }
  | {
      status: "done";
      source: SheetModel;
      written: WrittenSheet[];
      dataPendukung: string | null;
      report: WriteReport;
    }
  | { status: "noTable"; skipped: SkippedSheet[] }
  | { status: "error"; error: unknown };

/** Let the pane paint the new phase before synchronous engine work blocks the thread. */
const yieldToRender = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Read → check → write, reporting each phase; errors end in an error state, never a throw. */
export function useGenerate(port: WorkbookPort, engine: Engine, sheet: string | undefined) {
  const [state, setState] = useState<GenerateState>({ status: "idle" });
  const running = useRef(false);

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    const report = (progress: Progress) => setState({ status: "running", progress });
    try {
      report({ phase: "membaca", done: 0, total: 0 });
      const content = await readWorkbook(port, report);
      report({ phase: "memeriksa", done: 0, total: 0 });
      await yieldToRender();
      const outcome = engine.generate(content.grids, { sheet, columns: content.columns });
      if (!outcome.source) {
        setState({ status: "noTable", skipped: outcome.analysis.skipped });
        return;
      }
      report({ phase: "menulis", done: 0, total: outcome.specs.length });
      const result = await port.writeSheets(outcome.specs, { onProgress: report });
      const written: WrittenSheet[] = result.sheets.flatMap((s) =>
        s.name !== null && s.status !== "unchanged" ? [{ name: s.name, kind: s.kind }] : [],
      );
      const dataPendukung = outcome.dataPendukungCreated
        ? (written.find((w) => w.kind === "data-pendukung")?.name ?? DATA_PENDUKUNG_SHEET)
        : null;
      setState({ status: "done", source: outcome.source, written, dataPendukung, report: result });
    } catch (error) {
      setState({ status: "error", error });
    } finally {
      running.current = false;
    }
  }, [port, engine, sheet]);

  return { state, run };
}
