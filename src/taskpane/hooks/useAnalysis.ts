import { useCallback, useEffect, useMemo, useState } from "react";
import { Analysis } from "../../core/pipeline";
import { ColumnKey, ColumnMap } from "../../core/layout/columns";
import { WorkbookPort } from "../../core/ports/workbookPort";
import { Engine } from "../engine";
import { columnSettingKey, serialiseColumnMap } from "../../core/workbook/columnSettings";
import { readWorkbook, WorkbookContent } from "../workbookReader";

export interface AnalysisView {
  loading: boolean;
  content: WorkbookContent | null;
  analysis: Analysis | null;
  /** The chosen sheet; undefined means every recognisable sheet. */
  sheet: string | undefined;
  /** Column corrections in force, per sheet. */
  corrections: Record<string, ColumnMap>;
  error: unknown;
  selectSheet(sheet: string | undefined): void;
  /** Save a corrected column (0-based index) for a sheet and analyse again with it. */
  correctColumn(sheet: string, key: ColumnKey, col: number): Promise<void>;
  resetColumns(sheet: string): Promise<void>;
  reload(): Promise<void>;
}

/** Reads the workbook once, then analyses it whenever the chosen sheet or the corrections change. */
export function useAnalysis(port: WorkbookPort, engine: Engine): AnalysisView {
  const [content, setContent] = useState<WorkbookContent | null>(null);
  const [loading, setLoading] = useState(true);
  const [readError, setReadError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [corrections, setCorrections] = useState<Record<string, ColumnMap>>({});

  const reload = useCallback(async () => {
    setLoading(true);
    setReadError(null);
    setSaveError(null);
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
      return { analysis: engine.analyse(content.grids, { sheet, columns: corrections }), error: null };
    } catch (e) {
      return { analysis: null, error: e };
    }
  }, [content, engine, sheet, corrections]);

  const saveCorrections = useCallback(
    async (name: string, map: ColumnMap) => {
      setSaveError(null);
      try {
        await port.writeSetting(columnSettingKey(name), serialiseColumnMap(map));
      } catch (e) {
        setSaveError(e);
        return;
      }
      setCorrections((prev) => {
        const next = { ...prev };
        if (Object.keys(map).length > 0) next[name] = map;
        else delete next[name];
        return next;
      });
    },
    [port],
  );

  const correctColumn = useCallback(
    (name: string, key: ColumnKey, col: number) => saveCorrections(name, { ...corrections[name], [key]: col }),
    [corrections, saveCorrections],
  );
  const resetColumns = useCallback((name: string) => saveCorrections(name, {}), [saveCorrections]);

  return {
    loading,
    content,
    analysis: analysed.analysis,
    sheet,
    corrections,
    error: readError ?? saveError ?? analysed.error,
    selectSheet: setSheet,
    correctColumn,
    resetColumns,
    reload,
  };
}
