import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { WorkbookPort } from "../core/ports/workbookPort";
import { ErrorBar } from "./components/ErrorBar";
import { Step } from "./components/StepNav";
import { Engine, pipelineEngine } from "./engine";
import { Language, useI18n } from "./i18n";
import { PaneFrame, PaneProviders } from "./PaneShell";
import { PortSession } from "./session/portSession";
import { WorkbookView } from "./WorkbookView";
import { BarTitle } from "./components/BarTitle";

export type { Step } from "./components/StepNav";

export interface AppProps {
  /** The workbook to work on; null when no Office host is present (plain browser). */
  port: WorkbookPort | null;
  /** Seam for the file adapter: lets the user open a workbook when there is no host. */
  openFile?: () => Promise<WorkbookPort>;
  /** Domain engine; defaults to the pipeline. */
  engine?: Engine;
  /** Start in this language whatever the host says (tests; the web page passes its own). */
  initialLanguage?: Language;
  /** The host's language: `Office.context.displayLanguage` in Excel, the browser's on the web page. */
  hostLanguage?: string;
  /** Move focus to the first step once the workbook is read (the web page, after a file opens). */
  focusOnOpen?: boolean;
  /** Told which step shows and whether a run wrote sheets (the web page's file bar offers the download then). */
  onStepChange?(step: Step, written: boolean): void;
}

/** The pane over a workbook port, the engine on this thread: the add-in in Excel (and the pane's tests). */
export function App(props: AppProps) {
  return (
    <PaneProviders initialLanguage={props.initialLanguage} hostLanguage={props.hostLanguage}>
      <Pane {...props} />
    </PaneProviders>
  );
}

function Pane(props: AppProps) {
  const [port, setPort] = useState<WorkbookPort | null>(props.port);
  const engine = props.engine ?? pipelineEngine;
  const session = useMemo(() => (port ? new PortSession(port, engine) : null), [port, engine]);
  return (
    <PaneFrame>
      {session ? (
        <WorkbookView
          session={session}
          focusOnOpen={props.focusOnOpen === true || port !== props.port}
          onStepChange={props.onStepChange}
        />
      ) : (
        <NoWorkbook openFile={props.openFile} onOpened={setPort} />
      )}
    </PaneFrame>
  );
}

function NoWorkbook(props: { openFile?: () => Promise<WorkbookPort>; onOpened(port: WorkbookPort): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const openFile = props.openFile;
  const open = async () => {
    if (!openFile) return;
    setError(null);
    try {
      props.onOpened(await openFile());
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <BarTitle>{t.noWorkbookTitle}</BarTitle>
          <span>{t.noWorkbookBody}</span>
        </MessageBarBody>
      </MessageBar>
      {openFile ? (
        <div>
          <Button appearance="primary" data-primary onClick={() => void open()}>
            {t.openFile}
          </Button>
        </div>
      ) : (
        <p>{t.openFileUnavailable}</p>
      )}
      {error !== null && <ErrorBar error={error} />}
    </>
  );
}
