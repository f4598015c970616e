import { Step } from "./components/StepNav";
import { Language } from "./i18n";
import { PaneFrame, PaneProviders } from "./PaneShell";
import { WorkbookSession } from "./session/workbookSession";
import { WorkbookView } from "./WorkbookView";

export interface SessionAppProps {
  session: WorkbookSession;
  initialLanguage?: Language;
  hostLanguage?: string;
  focusOnOpen?: boolean;
  onStepChange?(step: Step, written: boolean): void;
}

/** The pane over a session whose workbook lives elsewhere (the web page's worker); no engine on this thread. */
export function SessionApp(props: SessionAppProps) {
  return (
    <PaneProviders initialLanguage={props.initialLanguage} hostLanguage={props.hostLanguage}>
      <PaneFrame>
        <WorkbookView
          session={props.session}
          focusOnOpen={props.focusOnOpen === true}
          onStepChange={props.onStepChange}
        />
      </PaneFrame>
    </PaneProviders>
  );
}
