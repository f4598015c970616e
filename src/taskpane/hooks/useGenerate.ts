import { useCallback, useRef, useState } from "react";
import { DATA_PENDUKUNG_SHEET } from "../../core/model/dataPendukung";
import { SheetModel } from "../../core/model/types";
import { SkippedSheet } from "../../core/pipeline";
import { Progress, WorkbookPort, WriteReport } from "../../core/ports/workbookPort";
import { Language } from "../i18n";
import { Engine } from "../engine";
import { readWorkbook } from "../workbookReader";

export type GenerateState =
  | { status: "idle" }
  | { status: "running"; progress: Progress }
  | {
      status: "done";
      source: SheetModel;
      /** Errors the source sheet still holds: the tables carry those figures. */
      sourceErrors: number;
      /** The Data Pendukung sheet this run created, to be filled in; null when it existed already. */
      dataPendukung: string | null;
      report: WriteReport;
    }
  | { status: "noTable"; skipped: SkippedSheet[] }
  | { status: "error"; error: unknown };

export interface GenerateRequest {
  /** The source the officer chose in Kenali; undefined: the latest recognised sheet. */
  sheet: string | undefined;
  /** The pane's language: the Hasil Pemeriksaan sheet is written in it. */
  lang: Language;
}

/** Let the pane paint the new phase before synchronous engine work blocks the thread. */
const yieldToRender = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface Generation {
  state: GenerateState;
  run(replaceEdited?: string[]): Promise<void>;
}

/** Read → check → write, reporting each phase; errors end in an error state, never a throw. */
export function useGenerate(port: WorkbookPort, engine: Engine, request: GenerateRequest): Generation {
  const [state, setState] = useState<GenerateState>({ status: "idle" });
  const running = useRef(false);
  const { sheet, lang } = request;

  /** `replaceEdited`: generated sheets the officer edited that are to be replaced anyway, by name. */
  const run = useCallback(
    async (replaceEdited?: string[]) => {
      if (running.current) return;
      running.current = true;
      const report = (progress: Progress) => setState({ status: "running", progress });
      try {
        report({ phase: "membaca", done: 0, total: 0 });
        const content = await readWorkbook(port, report);
        report({ phase: "memeriksa", done: 0, total: 0 });
        await yieldToRender();
        const outcome = engine.generate(content.grids, { sheet, columns: content.columns, lang });
        if (!outcome.source) {
          setState({ status: "noTable", skipped: outcome.analysis.skipped });
          return;
        }
        report({ phase: "menulis", done: 0, total: outcome.specs.length });
        const written = await port.writeSheets(outcome.specs, {
          onProgress: report,
          ...(replaceEdited && replaceEdited.length > 0 ? { replaceEdited } : {}),
        });
        const created = written.sheets.find((w) => w.kind === "data-pendukung" && w.status === "new");
        const source = outcome.source;
        setState({
          status: "done",
          source,
          sourceErrors: outcome.analysis.findings.filter((f) => f.sheet === source.sheet && f.severity === "error")
            .length,
          dataPendukung: outcome.dataPendukungCreated ? (created?.name ?? DATA_PENDUKUNG_SHEET) : null,
          report: written,
        });
      } catch (error) {
        setState({ status: "error", error });
      } finally {
        running.current = false;
      }
    },
    [port, engine, sheet, lang],
  );

  return { state, run };
}
