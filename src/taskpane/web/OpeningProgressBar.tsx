import { Field, ProgressBar } from "@fluentui/react-components";
import { OpeningProgress, openingFraction } from "./openXlsxFile";
import { WebText } from "./webText";

/** How far opening a file has come: reading its bytes, then parsing worksheet by worksheet. */
export function OpeningProgressBar(props: { progress: OpeningProgress; text: WebText }) {
  const { progress, text } = props;
  const hint =
    progress.stage === "berkas"
      ? text.readingFile(progress.fileName)
      : text.parsingSheets(progress.done, progress.total);
  return (
    <Field label={text.progressLabel} hint={hint}>
      <ProgressBar value={openingFraction(progress)} max={1} />
    </Field>
  );
}

/** A live region that is on the page before the first progress arrives, so that first update is announced. */
export function OpeningStatus(props: { progress: OpeningProgress | null; text: WebText }) {
  return (
    <div role="status" aria-live="polite">
      {props.progress && <OpeningProgressBar progress={props.progress} text={props.text} />}
    </div>
  );
}
