import { useCallback, useEffect, useMemo, useState } from "react";
import { Analysis, latestModel } from "../../core/pipeline";
import { ColumnKey, ColumnMap } from "../../core/model/columns";
import { WorkbookPort } from "../../core/ports/workbookPort";
import { Engine } from "../engine";
import { columnSettingKey, serialiseColumnMap } from "../../core/workbook/columnSettings";
import { readWorkbook, WorkbookContent } from "../workbookReader";

/** How the findings changed with the last column correction ("49 → 223 temuan"). */
export interface CorrectionEffect {
  sheet: string;
  before: number;
}

export interface AnalysisView {
  loading: boolean;
  content: WorkbookContent | null;
  analysis: Analysis | null;
  /** The sheet the LKjIP tables are built from: the officer's choice, else the latest recognised one. */
  source: string | undefined;
  /** True when the officer chose the source (generate then reads only that sheet, as `--sheet` does). */
  sourceChosen: boolean;
  /** Column corrections in force, per sheet. */
  corrections: Record<string, ColumnMap>;
  correctionEffect: CorrectionEffect | null;
  error: unknown;
  chooseSource(sheet: string | undefined): void;
  /** Save corrected columns (0-based indexes) for a sheet, on top of its earlier corrections, and analyse again. */
  correctColumns(sheet: string, changes: ColumnMap): Promise<void>;
  resetColumns(sheet: string): Promise<void>;
  reload(): Promise<void>;
}

/**
 * Earlier corrections with new ones on top. An earlier correction that gave one of the new columns to another key
 * is dropped, or it would take the column back when the recogniser applies corrections in column-key order.
 */
export function mergeCorrections(earlier: ColumnMap, changes: ColumnMap): ColumnMap {
  const merged: ColumnMap = { ...earlier };
  const changed = Object.keys(changes) as ColumnKey[];
  for (const key of Object.keys(merged) as ColumnKey[]) {
    if (!changed.includes(key) && changed.some((k) => changes[k] === merged[key])) delete merged[key];
  }
  return { ...merged, ...changes };
}

/** Reads the workbook, then analyses every sheet in it whenever the corrections change. */
export function useAnalysis(port: WorkbookPort, engine: Engine): AnalysisView {
  const [content, setContent] = useState<WorkbookContent | null>(null);
  const [loading, setLoading] = useState(true);
  const [readError, setReadError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [corrections, setCorrections] = useState<Record<string, ColumnMap>>({});
  const [correctionEffect, setCorrectionEffect] = useState<CorrectionEffect | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    setReadError(null);
    setSaveError(null);
    setCorrectionEffect(null);
    try {
      const read = await readWorkbook(port);
      setContent(read);
      setCorrections(read.columns);
    } catch (e) {
      setReadError(e);
    } finally {
      setLoading(false);
    }
  }, [port]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const analysed = useMemo((): { analysis: Analysis | null; error: unknown } => {
    if (!content) return { analysis: null, error: null };
    try {
      return { analysis: engine.analyse(content.grids, { columns: corrections }), error: null };
    } catch (e) {
      return { analysis: null, error: e };
    }
  }, [content, engine, corrections]);

  const models = analysed.analysis?.models ?? [];
  const chosenModel = chosen !== undefined ? models.find((m) => m.sheet === chosen) : undefined;
  const source = chosenModel?.sheet ?? latestModel(models)?.sheet;

  const saveCorrections = useCallback(
    async (name: string, map: ColumnMap) => {
      setSaveError(null);
      try {
        await port.writeSetting(columnSettingKey(name), serialiseColumnMap(map));
      } catch (e) {
        setSaveError(e);
        return;
      }
      setCorrectionEffect({ sheet: name, before: analysed.analysis?.findings.length ?? 0 });
      setCorrections((prev) => {
        const next = { ...prev };
        if (Object.keys(map).length > 0) next[name] = map;
        else delete next[name];
        return next;
      });
    },
    [port, analysed.analysis],
  );

  const correctColumns = useCallback(
    (name: string, changes: ColumnMap) => saveCorrections(name, mergeCorrections(corrections[name] ?? {}, changes)),
    [corrections, saveCorrections],
  );
  const resetColumns = useCallback((name: string) => saveCorrections(name, {}), [saveCorrections]);

  return {
    loading,
    content,
    analysis: analysed.analysis,
    source,
    sourceChosen: chosenModel !== undefined,
    corrections,
    correctionEffect,
    error: readError ?? saveError ?? analysed.error,
    chooseSource: setChosen,
    correctColumns,
    resetColumns,
    reload,
  };
}
