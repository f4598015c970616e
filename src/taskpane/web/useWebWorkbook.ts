import { useCallback, useEffect, useRef, useState } from "react";
import { isCancelled } from "../session/workbookSession";
import { offerDownload } from "./downloadWorkbook";
import { FileSession, OpenFileSession } from "./fileSession";
import { OpeningProgress } from "./openingProgress";

export interface WebWorkbookState {
  /** The open file; stays open while another file is being opened, and when that one fails or is cancelled. */
  session: FileSession | null;
  /** Changes with every opened file, so the pane starts afresh. */
  key: number;
  opening: OpeningProgress | null;
  openError: unknown;
  /** Generated sheets were written since the file was opened: there is something to download. */
  hasResult: boolean;
  /** The download is being built (in the worker). */
  downloading: boolean;
  downloaded: string | null;
  downloadError: unknown;
  /**
   * A file chosen while the tables built for the open one are not downloaded yet: it waits for the officer to say
   * whether to drop that result (openPending) or keep it (keepCurrent).
   */
  pendingFile: File | null;
  open(file: File): Promise<void>;
  openPending(): Promise<void>;
  keepCurrent(): void;
  /** Stop opening a file: the page stays as it was (the file open before, or the start screen). */
  cancelOpening(): void;
  download(): Promise<void>;
  /** Stop building the download; the file stays as it was. */
  cancelDownload(): void;
  /** Close the open and download errors. */
  dismissErrors(): void;
}

/** The web page's file: open it in a worker (with progress and Cancel), follow its writes, download the result. */
export function useWebWorkbook(openSession: OpenFileSession): WebWorkbookState {
  const [session, setSession] = useState<FileSession | null>(null);
  const [key, setKey] = useState(0);
  const [opening, setOpening] = useState<OpeningProgress | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const [hasResult, setHasResult] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [pendingFile, setPendingFile] = useState<File | null>(null);
  const openingFile = useRef<AbortController | null>(null);
  const building = useRef(false);
  const current = useRef<FileSession | null>(null);

  useEffect(() => {
    if (!session) return undefined;
    return session.onChange(() => {
      setHasResult(session.hasResult);
      // What was downloaded before no longer matches the workbook.
      setDownloaded(null);
    });
  }, [session]);

  // The worker of the open file ends with the page.
  useEffect(() => () => current.current?.close(), []);

  // Tables built but not downloaded yet live only in this page: leaving or reloading it asks first.
  useEffect(() => {
    if (!hasResult || downloaded !== null) return undefined;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers ask only when returnValue is set; they show their own words, not ours.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [hasResult, downloaded]);

  const unsaved = hasResult && downloaded === null;
  const unsavedNow = useRef(unsaved);
  unsavedNow.current = unsaved;

  const openNow = useCallback(
    async (file: File) => {
      if (openingFile.current) return;
      const controller = new AbortController();
      openingFile.current = controller;
      setOpenError(null);
      try {
        const opened = await openSession(file, { onProgress: setOpening, signal: controller.signal });
        current.current?.close();
        current.current = opened;
        setSession(opened);
        setKey((k) => k + 1);
        setHasResult(false);
        setDownloaded(null);
        setDownloadError(null);
      } catch (e) {
        if (!isCancelled(e)) setOpenError(e);
      } finally {
        setOpening(null);
        openingFile.current = null;
      }
    },
    [openSession],
  );

  // Opening another file drops the tables built in this page: not without asking when they were never downloaded.
  const open = useCallback(
    async (file: File) => {
      if (unsavedNow.current) setPendingFile(file);
      else await openNow(file);
    },
    [openNow],
  );

  const openPending = useCallback(async () => {
    const file = pendingFile;
    setPendingFile(null);
    if (file) await openNow(file);
  }, [pendingFile, openNow]);

  const keepCurrent = useCallback(() => setPendingFile(null), []);

  const cancelOpening = useCallback(() => openingFile.current?.abort(), []);

  const download = useCallback(async () => {
    // One download per click: a second click while this one is built does nothing.
    if (!session || building.current) return;
    building.current = true;
    setDownloading(true);
    setDownloadError(null);
    try {
      const { bytes, name } = await session.download();
      offerDownload(bytes, name);
      setDownloaded(name);
    } catch (e) {
      if (!isCancelled(e)) setDownloadError(e);
    } finally {
      building.current = false;
      setDownloading(false);
    }
  }, [session]);

  const cancelDownload = useCallback(() => {
    if (building.current) session?.cancel();
  }, [session]);

  const dismissErrors = useCallback(() => {
    setOpenError(null);
    setDownloadError(null);
  }, []);

  return {
    session,
    key,
    opening,
    openError,
    hasResult,
    downloading,
    downloaded,
    downloadError,
    pendingFile,
    open,
    openPending,
    keepCurrent,
    cancelOpening,
    download,
    cancelDownload,
    dismissErrors,
  };
}
