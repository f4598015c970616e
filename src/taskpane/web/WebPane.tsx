import {
  AriaLiveAnnouncer,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { ErrorBar } from "../components/ErrorBar";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { I18nProvider, Language, useI18n } from "../i18n";
import { browserLanguage } from "../i18n/language";
import { useStackStyles } from "../styles";
import { OpenFileSession } from "./fileSession";
import { OpenFileButton } from "./OpenFileButton";
import { OpeningStatus } from "./OpeningProgressBar";
import { useFileDrop } from "./useFileDrop";
import { useWebWorkbook, WebWorkbookState } from "./useWebWorkbook";
import { WEB_TEXT } from "./webText";
import { BarTitle } from "../components/BarTitle";

/**
 * The steps come in a chunk of their own, fetched while the start screen waits for a file: the first screen needs
 * only React, a few Fluent parts and this page's words.
 */
const OpenWorkbook = lazy(() =>
  import(/* webpackChunkName: "web-steps", webpackPrefetch: true */ "./OpenWorkbook").then((m) => ({
    default: m.OpenWorkbook,
  })),
);

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

export interface WebPaneProps {
  /** How a picked file is opened: in a Web Worker on the page (index.tsx), on a loopback in the tests. */
  openSession: OpenFileSession;
  initialLanguage?: Language;
}

/**
 * The task pane as a web page, without an Office host: open a file (button or drop), then the same three steps on
 * it, then download the workbook with the LKjIP sheets. The file is read, checked and written in a worker; this
 * page only shows what comes back. The language follows the browser's unless the user chose one.
 */
export function WebPane(props: WebPaneProps) {
  return (
    <I18nProvider initial={props.initialLanguage} host={browserLanguage()}>
      <FluentProvider theme={webLightTheme}>
        <AriaLiveAnnouncer>
          <WebPage openSession={props.openSession} />
        </AriaLiveAnnouncer>
      </FluentProvider>
    </I18nProvider>
  );
}

function WebPage(props: { openSession: OpenFileSession }) {
  const { lang } = useI18n();
  const styles = useStyles();
  const file = useWebWorkbook(props.openSession);
  const drop = useFileDrop((f) => void file.open(f), file.opening === null);
  return (
    <div className={styles.page} lang={lang} {...drop.handlers}>
      {file.session ? (
        <Suspense fallback={<Spinner size="small" label={WEB_TEXT[lang].loadingSteps} />}>
          <OpenWorkbook file={file} lang={lang} />
        </Suspense>
      ) : (
        <StartScreen file={file} dragging={drop.dragging} />
      )}
    </div>
  );
}

function StartScreen(props: { file: WebWorkbookState; dragging: boolean }) {
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
            <BarTitle>{text.introTitle}</BarTitle>
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
        <OpeningStatus progress={file.opening} text={text} onCancel={file.cancelOpening} />
        {file.openError !== null && (
          <ErrorBar error={file.openError} title={text.openFailed} onDismiss={file.dismissErrors} />
        )}
      </main>
    </div>
  );
}
