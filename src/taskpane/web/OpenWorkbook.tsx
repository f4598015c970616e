import { useCallback, useState } from "react";
import { Step } from "../components/StepNav";
import { ErrorBar } from "../components/ErrorBar";
import { Language } from "../i18n";
import { SessionApp } from "../SessionApp";
import { FileBar } from "./FileBar";
import { OpeningStatus } from "./OpeningProgressBar";
import { WebWorkbookState } from "./useWebWorkbook";
import { WEB_TEXT } from "./webText";
import { UnsavedResultDialog } from "./UnsavedResultDialog";

/** An open file: the file bar (open another, download) above the pane's three steps. */
export function OpenWorkbook(props: { file: WebWorkbookState; lang: Language }) {
  const { file } = props;
  const session = file.session!;
  const opened = session.file;
  const text = WEB_TEXT[props.lang];
  const [step, setStep] = useState<Step>("kenali");
  const onStepChange = useCallback((s: Step) => setStep(s), []);
  return (
    <>
      <FileBar
        text={text}
        fileName={opened.fileName}
        sourceFormat={opened.sourceFormat}
        macrosLeftOut={opened.macrosLeftOut}
        downloadName={opened.downloadName}
        hasResult={file.hasResult}
        downloaded={file.downloaded !== null}
        downloading={file.downloading}
        primary={step === "buat"}
        busy={file.opening !== null}
        onOpen={(f) => void file.open(f)}
        onDownload={() => void file.download()}
        onCancelDownload={file.cancelDownload}
      >
        <OpeningStatus progress={file.opening} text={text} onCancel={file.cancelOpening} />
        {file.openError !== null && (
          <ErrorBar error={file.openError} title={text.openFailed} onDismiss={file.dismissErrors} />
        )}
        {file.downloadError !== null && (
          <ErrorBar error={file.downloadError} title={text.downloadFailed} onDismiss={file.dismissErrors} />
        )}
        {file.downloaded !== null && <span role="status">{text.downloaded(file.downloaded)}</span>}
      </FileBar>
      {/* Mounted afresh for each file chosen: a dialog reopened during its closing left its content aria-hidden. */}
      {file.pendingFile && (
        <UnsavedResultDialog
          key={file.pendingFile.name + file.pendingFile.lastModified}
          text={text}
          current={opened.fileName}
          next={file.pendingFile.name}
          onKeep={() => {
            file.keepCurrent();
            // Back to download first: the focus goes to the download, not to the page (the dialog is gone).
            setTimeout(() => document.querySelector<HTMLElement>("[data-download]")?.focus(), 0);
          }}
          onDrop={() => void file.openPending()}
        />
      )}
      {/* The pane shares this page's language: its switch changes the top bar too. */}
      <SessionApp
        key={file.key}
        session={session}
        initialLanguage={props.lang}
        focusOnOpen
        onStepChange={onStepChange}
      />
    </>
  );
}
