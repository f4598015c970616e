import {
  AriaLiveAnnouncer,
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { WorkbookPort } from "../core/ports/workbookPort";
import { BuatStep, RESULT_HEADING_ID } from "./components/BuatStep";
import { ErrorBar } from "./components/ErrorBar";
import { KenaliStep } from "./components/KenaliStep";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PeriksaStep } from "./components/PeriksaStep";
import { Step, StepNav } from "./components/StepNav";
import { STEP_HEADING_ID } from "./stepHeading";
import { Engine, pipelineEngine } from "./engine";
import { useAnalysis } from "./hooks/useAnalysis";
import { useGenerate } from "./hooks/useGenerate";
import { useSourceWatch } from "./hooks/useSourceWatch";
import { I18nProvider, Language, useI18n } from "./i18n";
import { useStackStyles } from "./styles";

export type { Step } from "./components/StepNav";
const STEP_HEADING = "[data-step-heading]";

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

const useStyles = makeStyles({
  pane: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "48rem",
    minWidth: 0,
    marginLeft: "auto",
    marginRight: "auto",
    padding: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function App(props: AppProps) {
  return (
    <I18nProvider initial={props.initialLanguage} host={props.hostLanguage}>
      <FluentProvider theme={webLightTheme}>
        <AriaLiveAnnouncer>
          <Pane {...props} />
        </AriaLiveAnnouncer>
      </FluentProvider>
    </I18nProvider>
  );
}

function Pane(props: AppProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const stack = useStackStyles();
  const [port, setPort] = useState<WorkbookPort | null>(props.port);
  const engine = props.engine ?? pipelineEngine;
  return (
    <div lang={lang} className={`${stack.stack} ${styles.pane}`}>
      <header className={stack.row}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <LanguageSwitch />
      </header>
      <main className={stack.stack}>
        {port ? (
          <WorkbookView
            port={port}
            engine={engine}
            focusOnOpen={props.focusOnOpen === true || port !== props.port}
            onStepChange={props.onStepChange}
          />
        ) : (
          <NoWorkbook openFile={props.openFile} onOpened={setPort} />
        )}
      </main>
    </div>
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
          <MessageBarTitle>{t.noWorkbookTitle}</MessageBarTitle>
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

interface WorkbookViewProps {
  port: WorkbookPort;
  engine: Engine;
  focusOnOpen: boolean;
  onStepChange?(step: Step, written: boolean): void;
}

function WorkbookView(props: WorkbookViewProps) {
  const { t, lang } = useI18n();
  const stack = useStackStyles();
  const { port } = props;
  const [step, setStep] = useState<Step>("kenali");
  const [periksaSheet, setPeriksaSheet] = useState<string | null>(null);
  const view = useAnalysis(port, props.engine);
  const generation = useGenerate(port, props.engine, { sheet: view.sourceChosen ? view.source : undefined, lang });
  const watch = useSourceWatch(port, view);
  const selectCell = useMemo(() => port.selectCell?.bind(port), [port]);
  const excel = port.mode === "excel";
  const models = view.analysis?.models ?? [];
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

  const go = (next: Step) => {
    pendingFocus.current = STEP_HEADING;
    setStep(next);
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
  } else if (step === "kenali" && view.content) content = <KenaliStep view={view} onNext={() => go("periksa")} />;
  else if (step === "periksa" && view.content) {
    content = (
      <PeriksaStep
        key={periksaSheet ?? ""}
        findings={findings}
        recognised={models.length > 0}
        models={models}
        grids={view.content.grids}
        selectCell={selectCell}
        initialSheet={periksaSheet}
        onNext={build}
        undoNote={excel && port.undoSupport?.() !== "one-step" ? t.undoNone : null}
      />
    );
  } else if (step === "buat") {
    content = (
      <BuatStep
        port={port}
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
          setStep(next);
        }}
      />
      {excel && (
        <div className={stack.row}>
          <Button size="small" disabled={view.loading} onClick={() => void view.reload()}>
            {t.reload}
          </Button>
        </div>
      )}
      {watch.changed !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.sourceChangedTitle}</MessageBarTitle>
            {t.sourceChanged(watch.changed)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void watch.recheck()}>
              {t.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view.content?.unreadableSettings.map((sheet) => (
        <MessageBar key={sheet} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.correctColumns}</MessageBarTitle>
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
