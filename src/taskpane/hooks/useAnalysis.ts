import { useCallback, useEffect, useRef, useState } from "react";
import { ColumnKey, ColumnMap } from "../../core/model/columns";
import { columnSettingKey, serialiseColumnMap } from "../../core/workbook/columnSettings";
import { AnalysisSummary, isCancelled, ReadSummary, WorkbookSession } from "../session/workbookSession";

/** How the findings changed with the last column correction ("49 → 223 temuan"). */
export interface CorrectionEffect {
  sheet: string;
  before: number;
}

export interface AnalysisView {
  /** The workbook is being read and checked for the first time (or again, on request). */
  loading: boolean;
  /** A column correction is being checked; the analysis shown is the one before it until this ends. */
  checking: boolean;
  /** What reading gave besides the grids (saved corrections, unreadable ones). */
  read: ReadSummary | null;
  analysis: AnalysisSummary | null;
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

/**
 * Reads the workbook and checks it; a column correction is checked first and saved after, so a step that fails or
 * is cancelled leaves the corrections, the findings and the saved setting as they were.
 */
export function useAnalysis(session: WorkbookSession): AnalysisView {
  const [read, setRead] = useState<ReadSummary | null>(null);
  const [analysis, setAnalysis] = useState<AnalysisSummary | null>(null);
  const [loading, setLoading] = useState(true);
  const [checking, setChecking] = useState(false);
  const [readError, setReadError] = useState<unknown>(null);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [corrections, setCorrections] = useState<Record<string, ColumnMap>>({});
  const [correctionEffect, setCorrectionEffect] = useState<CorrectionEffect | null>(null);
  /** Only the latest request may set what is shown. */
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setLoading(true);
    setChecking(false);
    setReadError(null);
    setCheckError(null);
    setCorrectionEffect(null);
    try {
      const summary = await session.read();
      const checked = await session.analyse(summary.columns).then(
        (a) => ({ analysis: a, error: null as unknown }),
        (e: unknown) => ({ analysis: null, error: e }),
      );
      if (request !== latest.current) return;
      if (checked.error !== null && isCancelled(checked.error)) return;
      setRead(summary);
      setCorrections(summary.columns);
      // The sheet the officer chose when the tables were last built (kept in the workbook), while the latest sheet is
      // still the one there was then (a quarter added since makes the latest the source again); ignored if gone.
      if (summary.source !== undefined && summary.source.latest === checked.analysis?.latest)
        setChosen(summary.source.sheet);
      setAnalysis(checked.analysis);
      setCheckError(checked.error);
    } catch (e) {
      if (request === latest.current && !isCancelled(e)) setReadError(e);
    } finally {
      if (request === latest.current) setLoading(false);
    }
  }, [session]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const models = analysis?.sheets ?? [];
  const chosenSheet = chosen !== undefined ? models.find((m) => m.sheet === chosen) : undefined;
  const source = chosenSheet?.sheet ?? analysis?.latest;

  const saveCorrections = useCallback(
    async (name: string, map: ColumnMap) => {
      const next = { ...corrections };
      if (Object.keys(map).length > 0) next[name] = map;
      else delete next[name];
      const request = ++latest.current;
      setCheckError(null);
      setChecking(true);
      try {
        const checked = await session.analyse(next);
        await session.writeSetting(columnSettingKey(name), serialiseColumnMap(map));
        if (request !== latest.current) return;
        setCorrectionEffect({ sheet: name, before: analysis?.findings.length ?? 0 });
        setCorrections(next);
        setAnalysis(checked);
      } catch (e) {
        if (request === latest.current && !isCancelled(e)) setCheckError(e);
      } finally {
        if (request === latest.current) setChecking(false);
      }
    },
    [session, corrections, analysis],
  );

  const correctColumns = useCallback(
    (name: string, changes: ColumnMap) => saveCorrections(name, mergeCorrections(corrections[name] ?? {}, changes)),
    [corrections, saveCorrections],
  );
  const resetColumns = useCallback((name: string) => saveCorrections(name, {}), [saveCorrections]);

  return {
    loading,
    checking,
    read,
    analysis,
    source,
    sourceChosen: chosenSheet !== undefined,
    corrections,
    correctionEffect,
    error: readError ?? checkError,
    chooseSource: setChosen,
    correctColumns,
    resetColumns,
    reload,
  };
}
