import { useCallback, useEffect, useState } from "react";
import { WorkbookSession } from "../session/workbookSession";
import { AnalysisView } from "./useAnalysis";

/**
 * In Excel, the recognised sheets are watched: when the officer edits one, the pane says its findings may be stale
 * and offers to check again, instead of showing stale findings as current. (A file on the web page cannot change
 * under the page: opening it again is the way.)
 */
export function useSourceWatch(session: WorkbookSession, view: AnalysisView) {
  const [changed, setChanged] = useState<string | null>(null);
  const sheets = (view.analysis?.sheets ?? []).map((m) => m.sheet).join("\u0000");

  useEffect(() => {
    if (!session.watchSheets || sheets === "") return undefined;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    session
      .watchSheets(sheets.split("\u0000"), (sheet) => setChanged(sheet))
      .then((unwatch) => {
        if (cancelled) void unwatch();
        else stop = unwatch;
      })
      // Not being able to watch is no reason to stop the pane: the officer can still check again by hand.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (stop) void stop().catch(() => undefined);
    };
  }, [session, sheets]);

  const reload = view.reload;
  const recheck = useCallback(async () => {
    setChanged(null);
    await reload();
  }, [reload]);

  return { changed, recheck };
}
