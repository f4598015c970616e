import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { ReactNode } from "react";
import { SourceFormat } from "../../file/formats/detectFormat";
import { useStackStyles } from "../styles";
import { OpenFileButton } from "./OpenFileButton";
import { WebText } from "./webText";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // On a short viewport (a narrow pane zoomed to 200 %) a bar that stays on top would cover most of the steps, and
    // a long message in it all of them: there it scrolls away with the page.
    "@media (max-height: 600px)": { position: "static" },
  },
  inner: {
    boxSizing: "border-box",
    maxWidth: "48rem",
    marginLeft: "auto",
    marginRight: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
});

export interface FileBarProps {
  text: WebText;
  fileName: string;
  /** What the file was read as; anything but .xlsx is said under the name. */
  sourceFormat: SourceFormat;
  /** The file holds macros its .xlsx result cannot keep: said under the name. */
  macrosLeftOut?: boolean;
  downloadName: string;
  hasResult: boolean;
  /** The result as it stands was downloaded: the bar's status says so, not that it is ready to download. */
  downloaded?: boolean;
  /** The download is being built: its button waits, and Cancel stops it. */
  downloading: boolean;
  /** The step's one primary action is the download (the Buat step after a run); elsewhere it is secondary. */
  primary: boolean;
  busy: boolean;
  onOpen(file: File): void;
  onDownload(): void;
  onCancelDownload(): void;
  /** Progress, errors and the download note, under the buttons. */
  children?: ReactNode;
}

/**
 * Stays at the top while the steps scroll (the page must not make html/body a scroll container, see taskpane.html):
 * which file is open, open another, download the result.
 */
export function FileBar(props: FileBarProps) {
  const { text } = props;
  const styles = useStyles();
  const stack = useStackStyles();
  return (
    <section className={styles.bar} aria-label={text.currentFile} data-testid="file-bar">
      <div className={`${stack.tight} ${styles.inner}`}>
        <span>
          {text.currentFile}: <span className={styles.name}>{props.fileName}</span>
        </span>
        {props.sourceFormat !== "xlsx" && <span className={stack.muted}>{text.readAs(props.sourceFormat)}</span>}
        {props.macrosLeftOut && <span className={stack.muted}>{text.macrosLeftOut}</span>}
        <div className={stack.row}>
          <Button
            appearance={props.hasResult && props.primary ? "primary" : "secondary"}
            data-primary={props.hasResult && props.primary ? true : undefined}
            data-download
            disabled={!props.hasResult}
            // While the download is built the button keeps the focus a keyboard user gave it (a disabled one drops it
            // to the page); a second press does nothing.
            disabledFocusable={props.hasResult && props.downloading}
            aria-busy={props.downloading || undefined}
            icon={props.downloading ? <Spinner size="extra-tiny" /> : undefined}
            onClick={props.onDownload}
          >
            {text.download}
          </Button>
          {props.downloading && (
            <Button size="small" onClick={props.onCancelDownload}>
              {text.cancel}
            </Button>
          )}
          <OpenFileButton label={text.openAnother} disabled={props.busy || props.downloading} onFile={props.onOpen} />
        </div>
        <span className={stack.muted}>
          {props.downloading
            ? text.preparingDownload
            : props.hasResult
              ? props.downloaded
                ? null
                : text.downloadReady(props.downloadName)
              : text.downloadHint}
        </span>
        {props.children}
      </div>
    </section>
  );
}
