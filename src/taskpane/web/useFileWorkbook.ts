import { useCallback, useEffect, useRef, useState } from "react";
import { FileWorkbook } from "../../file/fileWorkbook";
import { downloadWorkbook } from "./downloadWorkbook";
import { OpeningProgress, openXlsxFile } from "./openXlsxFile";

export interface FileWorkbookState {
  /** The open workbook; stays open while another file is being opened, and when that one fails. */
  workbook: FileWorkbook | null;
  /** Changes with every opened file, so the pane starts afresh. */
  session: number;
  opening: OpeningProgress | null;
  openError: unknown;
  /** Generated sheets were written since the file was opened: there is something to download. */
  hasResult: boolean;
  downloaded: string | null;
  downloadError: unknown;
  open(file: File): Promise<void>;
  download(): Promise<void>;
  /** Close the open and download errors. */
  dismissErrors(): void;
}

/** The web page's file: open (with progress), follow its writes, download the result. */
export function useFileWorkbook(): FileWorkbookState {
  const [workbook, setWorkbook] = useState<FileWorkbook | null>(null);
  const [session, setSession] = useState(0);
  const [opening, setOpening] = useState<OpeningProgress | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const [hasResult, setHasResult] = useState(false);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const busy = useRef(false);

  useEffect(() => {
    if (!workbook) return undefined;
    return workbook.onChange(() => {
      setHasResult(workbook.hasWrittenSheets);
      // What was downloaded before no longer matches the workbook.
      setDownloaded(null);
    });
  }, [workbook]);

  const open = useCallback(async (file: File) => {
    if (busy.current) return;
    busy.current = true;
    setOpenError(null);
    try {
      const opened = await openXlsxFile(file, setOpening);
      setWorkbook(opened);
      setSession((s) => s + 1);
      setHasResult(false);
      setDownloaded(null);
      setDownloadError(null);
    } catch (e) {
      setOpenError(e);
    } finally {
      setOpening(null);
      busy.current = false;
    }
  }, []);

  const download = useCallback(async () => {
    if (!workbook) return;
    setDownloadError(null);
    try {
      setDownloaded(await downloadWorkbook(workbook));
    } catch (e) {
      setDownloadError(e);
    }
  }, [workbook]);

  const dismissErrors = useCallback(() => {
    setOpenError(null);
    setDownloadError(null);
  }, []);

  return { workbook, session, opening, openError, hasResult, downloaded, downloadError, open, download, dismissErrors };
}
