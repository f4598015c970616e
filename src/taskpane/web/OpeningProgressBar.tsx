import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { OpeningProgress, openingFraction } from "./openingProgress";
import { WebText } from "./webText";

/** What the worker is doing with the file now, in the page's words. */
export function openingHint(progress: OpeningProgress, text: WebText): string {
  switch (progress.stage) {
    case "berkas":
      return text.readingFile(progress.fileName);
    case "membuka":
      return text.unpacking(progress.done, progress.total);
    case "mengubah":
      return text.converting;
    case "lembar":
      return progress.rows > 0
        ? `${text.parsingSheets(progress.done, progress.total)} ${text.rowsRead(progress.rows, progress.totalRows)}`
        : text.parsingSheets(progress.done, progress.total);
    case "memeriksa":
      return text.checking(progress.total);
  }
}

/** How far opening a file has come: unpacking, the worksheets row by row, the first check. */
export function OpeningProgressBar(props: { progress: OpeningProgress; text: WebText }) {
  const { progress, text } = props;
  return (
    <Field label={text.progressLabel} hint={openingHint(progress, text)}>
      <ProgressBar value={openingFraction(progress)} max={1} />
    </Field>
  );
}

/**
 * A live region that is on the page before the first progress arrives, so that first update is announced; with
 * the Cancel that stops the opening (outside the live region, so it is not read out with every update).
 */
export function OpeningStatus(props: { progress: OpeningProgress | null; text: WebText; onCancel?(): void }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {props.progress && <OpeningProgressBar progress={props.progress} text={props.text} />}
      </div>
      {props.progress && props.onCancel && (
        <div>
          <Button
            size="small"
            onClick={() => {
              props.onCancel?.();
              // This button goes with the opening: the focus goes back to the button that opens a file.
              document.querySelector<HTMLElement>("[data-open-file]")?.focus();
            }}
          >
            {props.text.cancel}
          </Button>
        </div>
      )}
    </>
  );
}
