import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { ReactNode, startTransition, useCallback, useEffect, useRef, useState } from "react";
import { Finding } from "../core/model/finding";
import { BuatStep, RESULT_HEADING_ID } from "./components/BuatStep";
import { ErrorBar } from "./components/ErrorBar";
import { KenaliStep } from "./components/KenaliStep";
import { PeriksaStep } from "./components/PeriksaStep";
import { Step, StepNav } from "./components/StepNav";
import { STEP_HEADING_ID } from "./stepHeading";
import { useAnalysis } from "./hooks/useAnalysis";
import { Generation, useGenerate } from "./hooks/useGenerate";
import { useSourceWatch } from "./hooks/useSourceWatch";
import { useI18n } from "./i18n";
import { WorkbookSession } from "./session/workbookSession";
import { useStackStyles } from "./styles";
import { BarTitle } from "./components/BarTitle";

const STEP_HEADING = "[data-step-heading]";

export interface WorkbookViewProps {
  session: WorkbookSession;
  /** Move focus to the first step once the workbook is read. */
  focusOnOpen: boolean;
  /** Told which step shows and whether a run wrote sheets (the web page's file bar offers the download then). */
  onStepChange?(step: Step, written: boolean): void;
}

/** The three steps on an open workbook, whichever side of a worker it lives on. */
export function WorkbookView(props: WorkbookViewProps) {
  const { t, lang } = useI18n();
  const stack = useStackStyles();
  const { session } = props;
  const [step, setStep] = useState<Step>("kenali");
  const [periksaSheet, setPeriksaSheet] = useState<string | null>(null);
  const view = useAnalysis(session);
  const requestSheet = view.sourceChosen ? view.source : undefined;
  const generation = useGenerate(session, { sheet: requestSheet, lang });
  useStaleResult(session, generation, [requestSheet, view.corrections]);
  const watch = useSourceWatch(session, view);
  const selectCell = session.selectCell?.bind(session);
  const figures = useCallback((f: Finding) => session.rowFigures(f.sheet, f.row ?? 0), [session]);
  const excel = session.mode === "excel";
  const sheets = view.analysis?.sheets ?? [];
  const findings = view.analysis?.findings ?? [];
  const sourceErrors =
    view.source === undefined ? null : findings.filter((f) => f.sheet === view.source && f.severity === "error").length;
  const written = generation.state.status === "done";

  // Focus follows what the officer is waiting for: the first step once the workbook is read, a step opened by
  // its button, the result when a run ends. Never left on <body>.
  const root = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(props.focusOnOpen ? STEP_HEADING : null);
  const lastStatus = useRef(generation.state.status);
  useEffect(() => {
    const before = lastStatus.current;
    lastStatus.current = generation.state.status;
    if (generation.state.status !== "done" || before === "done") return;
    pendingFocus.current = `#${RESULT_HEADING_ID}`;
    setStep("buat");
  }, [generation.state.status]);
  // After the effects that ask for focus, so a request made in this commit is served in it.
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector || view.loading) return;
    const target = root.current?.querySelector<HTMLElement>(selector);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });
  const onStepChange = props.onStepChange;
  useEffect(() => onStepChange?.(step, written), [onStepChange, step, written]);

  // A step's first render can be large (a hundred thousand findings, Fluent's pickers): as a transition React
  // renders it in slices between which the page stays responsive, instead of one long task.
  const show = (next: Step) => startTransition(() => setStep(next));
  const go = (next: Step) => {
    pendingFocus.current = STEP_HEADING;
    show(next);
  };
  const build = () => {
    setStep("buat");
    void generation.run();
  };

  let content: ReactNode = null;
  let showsHeading = true;
  if (view.loading && step !== "buat") {
    content = <Spinner size="small" label={t.loading} />;
    showsHeading = false;
  } else if (step === "kenali" && view.analysis) {
    content = <KenaliStep view={view} onNext={() => go("periksa")} />;
  } else if (step === "periksa" && view.analysis) {
    content = (
      <PeriksaStep
        key={periksaSheet ?? ""}
        findings={findings}
        recognised={sheets.length > 0}
        selectCell={selectCell}
        figures={selectCell ? undefined : figures}
        initialSheet={periksaSheet}
        onNext={build}
        undoNote={excel && session.undoSupport?.() !== "one-step" ? t.undoNone : null}
      />
    );
  } else if (step === "buat") {
    content = (
      <BuatStep
        host={session}
        generation={generation}
        source={{ sheet: view.source, errors: sourceErrors }}
        onShowFindings={(sheet) => {
          setPeriksaSheet(sheet);
          go("periksa");
        }}
      />
    );
  } else showsHeading = false;

  return (
    <div ref={root} className={stack.stack}>
      <StepNav
        step={step}
        onSelect={(next) => {
          setPeriksaSheet(null);
          show(next);
        }}
      />
      {excel && (
        <div className={stack.row}>
          <Button size="small" disabled={view.loading} onClick={() => void view.reload()}>
            {t.reload}
          </Button>
        </div>
      )}
      {view.checking && (
        <div className={stack.row} role="status">
          <Spinner size="tiny" label={t.checkingAgain} />
          {session.cancel && (
            <Button size="small" onClick={() => session.cancel?.()}>
              {t.cancel}
            </Button>
          )}
        </div>
      )}
      {watch.changed !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <BarTitle>{t.sourceChangedTitle}</BarTitle>
            {t.sourceChanged(watch.changed)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void watch.recheck()}>
              {t.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view.read?.unreadableSettings.map((sheet) => (
        <MessageBar key={sheet} intent="warning" layout="multiline">
          <MessageBarBody>
            <BarTitle>{t.correctColumns}</BarTitle>
            {t.settingUnreadable(sheet)}
          </MessageBarBody>
        </MessageBar>
      ))}
      {view.error !== null && <ErrorBar error={view.error} />}
      <section aria-labelledby={showsHeading ? STEP_HEADING_ID : undefined} className={stack.stack}>
        {content}
      </section>
    </div>
  );
}

/**
 * A result built from another source sheet or other columns than the pane now shows is dropped where it lives apart
 * from the workbook (the web page's download, pane42 D1: the download still held the tables of the sheet chosen
 * before), and the Buat step shows no result until the next build.
 */
function useStaleResult(session: WorkbookSession, generation: Generation, choices: readonly unknown[]): void {
  const first = useRef(true);
  const { reset } = generation;
  const built = generation.state.status === "done";
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!built || !session.discardResult) return;
    session.discardResult();
    reset();
    // Only a change of the choices drops the result; the build that made it is no change.
  }, choices);
}
