import { AriaLiveAnnouncer, FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { ReactNode } from "react";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { I18nProvider, Language, useI18n } from "./i18n";
import { useStackStyles } from "./styles";

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

export interface PaneProvidersProps {
  /** Start in this language whatever the host says (tests; the web page passes its own). */
  initialLanguage?: Language;
  /** The host's language: `Office.context.displayLanguage` in Excel, the browser's on the web page. */
  hostLanguage?: string;
  children?: ReactNode;
}

/** Language, theme and the live-region announcer the pane's parts rely on. */
export function PaneProviders(props: PaneProvidersProps) {
  return (
    <I18nProvider initial={props.initialLanguage} host={props.hostLanguage}>
      <FluentProvider theme={webLightTheme}>
        <AriaLiveAnnouncer>{props.children}</AriaLiveAnnouncer>
      </FluentProvider>
    </I18nProvider>
  );
}

/** The pane's title and language switch above its main landmark. */
export function PaneFrame(props: { children?: ReactNode }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const stack = useStackStyles();
  return (
    <div lang={lang} className={`${stack.stack} ${styles.pane}`}>
      <header className={stack.row}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <LanguageSwitch />
      </header>
      <main className={stack.stack}>{props.children}</main>
    </div>
  );
}
