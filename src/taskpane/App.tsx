import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { WorkbookPort } from "../core/ports/workbookPort";
import { BuatStep } from "./components/BuatStep";
import { ErrorBar } from "./components/ErrorBar";
import { KenaliStep } from "./components/KenaliStep";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PeriksaStep } from "./components/PeriksaStep";
import { Engine, pipelineEngine } from "./engine";
import { useAnalysis } from "./hooks/useAnalysis";
import { I18nProvider, Language, useI18n } from "./i18n";
import { useStackStyles } from "./styles";

export interface AppProps {
  /** The workbook to work on; null when no Office host is present (plain browser). */
  port: WorkbookPort | null;
  /** Seam for the file adapter: lets the user open a workbook when there is no host. */
  openFile?: () => Promise<WorkbookPort>;
  /** Domain engine; defaults to the pipeline. */
  engine?: Engine;
  initialLanguage?: Language;
}

const useStyles = makeStyles({
  pane: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "100%",
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: "wrap" },
});

export function App(props: AppProps) {
  return (
    <I18nProvider initial={props.initialLanguage}>
      <FluentProvider theme={webLightTheme}>
        <Pane {...props} />
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
      {port ? (
        <WorkbookView port={port} engine={engine} />
      ) : (
        <NoWorkbook openFile={props.openFile} onOpened={setPort} />
      )}
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
          <Button appearance="primary" onClick={() => void open()}>
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

type Step = "kenali" | "periksa" | "buat";
const STEPS: Step[] = ["kenali", "periksa", "buat"];

function WorkbookView(props: { port: WorkbookPort; engine: Engine }) {
  const { t } = useI18n();
  const styles = useStyles();
  const stack = useStackStyles();
  const [step, setStep] = useState<Step>("kenali");
  const view = useAnalysis(props.port, props.engine);
  const selectCell = props.port.selectCell?.bind(props.port);

  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t.stepsLabel}
        selectedValue={step}
        onTabSelect={(_, data) => setStep(data.value as Step)}
      >
        {STEPS.map((s) => (
          <Tab key={s} value={s} id={`step-${s}`}>
            {t.steps[s]}
          </Tab>
        ))}
      </TabList>
      <div className={stack.row}>
        <Button size="small" disabled={view.loading} onClick={() => void view.reload()}>
          {t.reload}
        </Button>
      </div>
      {view.content?.unreadableSettings.map((sheet) => (
        <MessageBar key={sheet} intent="warning" layout="multiline">
          <MessageBarBody>{t.settingUnreadable(sheet)}</MessageBarBody>
        </MessageBar>
      ))}
      {view.error !== null && <ErrorBar error={view.error} />}
      <div role="tabpanel" aria-labelledby={`step-${step}`} className={stack.stack}>
        {view.loading && step !== "buat" && <Spinner size="small" label={t.loading} />}
        {step === "kenali" && !view.loading && view.content && <KenaliStep view={view} />}
        {step === "periksa" && !view.loading && view.content && (
          <PeriksaStep
            findings={view.analysis?.findings ?? []}
            recognised={(view.analysis?.models.length ?? 0) > 0}
            selectCell={selectCell}
          />
        )}
        {step === "buat" && <BuatStep port={props.port} engine={props.engine} sheet={view.sheet} />}
      </div>
    </>
  );
}
