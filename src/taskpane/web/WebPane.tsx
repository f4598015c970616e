import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { App } from "../App";
import { ErrorBar } from "../components/ErrorBar";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { I18nProvider, Language, useI18n } from "../i18n";
import { useStackStyles } from "../styles";
import { FileBar } from "./FileBar";
import { OpenFileButton } from "./OpenFileButton";
import { OpeningProgressBar } from "./OpeningProgressBar";
import { useFileDrop } from "./useFileDrop";
import { FileWorkbookState, useFileWorkbook } from "./useFileWorkbook";
import { WEB_TEXT } from "./webText";

const useStyles = makeStyles({
  page: { minHeight: "100vh", boxSizing: "border-box" },
  start: { boxSizing: "border-box", padding: tokens.spacingHorizontalM },
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
 * on it through the file adapter, then download the workbook with the LKjIP sheets.
 */
export function WebPane(props: { initialLanguage?: Language }) {
  return (
    <I18nProvider initial={props.initialLanguage}>
      <FluentProvider theme={webLightTheme}>
        <WebPage />
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
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{text.intro}</MessageBarBody>
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
      {file.opening && <OpeningProgressBar progress={file.opening} text={text} />}
      {file.openError !== null && <ErrorBar error={file.openError} title={text.openFailed} />}
    </div>
  );
}

function OpenWorkbook(props: { file: FileWorkbookState; lang: Language }) {
  const { file } = props;
  const workbook = file.workbook!;
  const text = WEB_TEXT[props.lang];
  return (
    <>
      <FileBar
        text={text}
        fileName={workbook.fileName}
        sourceFormat={workbook.sourceFormat}
        downloadName={workbook.downloadName}
        hasResult={file.hasResult}
        busy={file.opening !== null}
        onOpen={(f) => void file.open(f)}
        onDownload={() => void file.download()}
      >
        {file.opening && <OpeningProgressBar progress={file.opening} text={text} />}
        {file.openError !== null && <ErrorBar error={file.openError} title={text.openFailed} />}
        {file.downloadError !== null && <ErrorBar error={file.downloadError} title={text.downloadFailed} />}
        {file.downloaded !== null && <span role="status">{text.downloaded(file.downloaded)}</span>}
      </FileBar>
      {/* The pane shares this page's language: its switch changes the top bar too. */}
      <App key={file.session} port={workbook} initialLanguage={props.lang} />
    </>
  );
}
