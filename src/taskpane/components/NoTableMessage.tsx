import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { SkippedSheet } from "../../core/pipeline";
import { useI18n } from "../i18n";
import { useStackStyles } from "../styles";

/** No Pengukuran Kinerja table: say which header words each sheet lacked, so the user knows what to fix. */
export function NoTableMessage(props: { skipped: SkippedSheet[] }) {
  const { t } = useI18n();
  const styles = useStackStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.noTableTitle}</MessageBarTitle>
        <span>{t.noTableBody}</span>
        {props.skipped.length > 0 && (
          <ul className={styles.list}>
            {props.skipped.map((s) => (
              <li key={s.sheet}>
                {s.missingHeaders.length > 0
                  ? t.missingHeaders(s.sheet, s.missingHeaders.join(", "))
                  : `${s.sheet}: ${s.reason}`}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
