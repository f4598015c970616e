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
    <div aria-live="polite">
      <Field label={text.progressLabel} hint={hint}>
        <ProgressBar value={openingFraction(progress)} max={1} />
      </Field>
    </div>
  );
}
