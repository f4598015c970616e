import {
  AriaLiveAnnouncer,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { App, Step } from "../App";
import { ErrorBar } from "../components/ErrorBar";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { I18nProvider, Language, useI18n } from "../i18n";
import { browserLanguage } from "../i18n/language";
import { useStackStyles } from "../styles";
import { FileBar } from "./FileBar";
import { OpenFileButton } from "./OpenFileButton";
import { OpeningStatus } from "./OpeningProgressBar";
import { useFileDrop } from "./useFileDrop";
import { FileWorkbookState, useFileWorkbook } from "./useFileWorkbook";
import { WEB_TEXT } from "./webText";

const useStyles = makeStyles({
  page: { minHeight: "100vh", boxSizing: "border-box" },
  start: {
    boxSizing: "border-box",
    maxWidth: "48rem",
    marginLeft: "auto",
    marginRight: "auto",
    padding: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  dropZone: {
    alignItems: "flex-start",
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/**
 * The task pane as a web page, without an Office host: open an .xlsx (button or drop), then the same three steps
 * on it through the file adapter, then download the workbook with the LKjIP sheets. The language follows the
 * browser's unless the user chose one.
 */
export function WebPane(props: { initialLanguage?: Language }) {
  return (
    <I18nProvider initial={props.initialLanguage} host={browserLanguage()}>
      <FluentProvider theme={webLightTheme}>
        <AriaLiveAnnouncer>
          <WebPage />
        </AriaLiveAnnouncer>
      </FluentProvider>
    </I18nProvider>
  );
}

function WebPage() {
  const { lang } = useI18n();
  const styles = useStyles();
  const file = useFileWorkbook();
  const drop = useFileDrop((f) => void file.open(f), file.opening === null);
  return (
    <div className={styles.page} lang={lang} {...drop.handlers}>
      {file.workbook ? <OpenWorkbook file={file} lang={lang} /> : <StartScreen file={file} dragging={drop.dragging} />}
    </div>
  );
}

function StartScreen(props: { file: FileWorkbookState; dragging: boolean }) {
  const { file } = props;
  const { t, lang } = useI18n();
  const text = WEB_TEXT[lang];
  const styles = useStyles();
  const stack = useStackStyles();
  return (
    <div className={`${stack.stack} ${styles.start}`}>
      <header className={stack.row}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <LanguageSwitch />
      </header>
      <main className={stack.stack}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.introTitle}</MessageBarTitle>
            {text.intro}
          </MessageBarBody>
        </MessageBar>
        <div className={`${stack.stack} ${styles.dropZone} ${props.dragging ? styles.dragging : ""}`}>
          <OpenFileButton
            label={text.openButton}
            primary
            disabled={file.opening !== null}
            onFile={(f) => void file.open(f)}
          />
          <span className={stack.muted}>{props.dragging ? text.dropActive : text.dropHint}</span>
        </div>
        <OpeningStatus progress={file.opening} text={text} />
        {file.openError !== null && (
          <ErrorBar error={file.openError} title={text.openFailed} onDismiss={file.dismissErrors} />
        )}
      </main>
    </div>
  );
}

function OpenWorkbook(props: { file: FileWorkbookState; lang: Language }) {
  const { file } = props;
  const workbook = file.workbook!;
  const text = WEB_TEXT[props.lang];
  const [step, setStep] = useState<Step>("kenali");
  const onStepChange = useCallback((s: Step) => setStep(s), []);
  return (
    <>
      <FileBar
        text={text}
        fileName={workbook.fileName}
        sourceFormat={workbook.sourceFormat}
        downloadName={workbook.downloadName}
        hasResult={file.hasResult}
        primary={step === "buat"}
        busy={file.opening !== null}
        onOpen={(f) => void file.open(f)}
        onDownload={() => void file.download()}
      >
        <OpeningStatus progress={file.opening} text={text} />
        {file.openError !== null && (
          <ErrorBar error={file.openError} title={text.openFailed} onDismiss={file.dismissErrors} />
        )}
        {file.downloadError !== null && (
          <ErrorBar error={file.downloadError} title={text.downloadFailed} onDismiss={file.dismissErrors} />
        )}
        {file.downloaded !== null && <span role="status">{text.downloaded(file.downloaded)}</span>}
      </FileBar>
      {/* The pane shares this page's language: its switch changes the top bar too. */}
      <App key={file.session} port={workbook} initialLanguage={props.lang} focusOnOpen onStepChange={onStepChange} />
    </>
  );
}
