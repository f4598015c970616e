import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { SkippedSheet } from "../../core/pipeline";
import { LAYOUTS } from "../../core/model/columns";
import { Messages, useI18n } from "../i18n";
import { useStackStyles } from "../styles";
import { BarTitle } from "./BarTitle";

/**
 * The header words a sheet lacked: one family's as a list (the family the sheet plainly belongs to, when it does), or
 * both, each named (`Pengukuran Kinerja: PAGU, …; Evaluasi Renja: …`) when the sheet matched neither.
 */
export function missingWords(s: SkippedSheet, t: Messages): string {
  if (s.closerTo !== null) return `${t.layoutNames[s.closerTo]}: ${s.missingByLayout[s.closerTo].join(", ")}`;
  const families = LAYOUTS.filter((l) => s.missingByLayout[l].length > 0);
  if (families.length <= 1)
    return (families.length === 1 ? s.missingByLayout[families[0]] : s.missingHeaders).join(", ");
  return families.map((l) => `${t.layoutNames[l]}: ${s.missingByLayout[l].join(", ")}`).join("; ");
}

/**
 * No table of either family: say which header words each sheet lacked, so the user knows what to fix, and which
 * hidden sheets were not read (a table kept in one of them is found once the sheet is shown again).
 */
export function NoTableMessage(props: { skipped: SkippedSheet[]; hiddenSheets: string[] }) {
  const { t } = useI18n();
  const styles = useStackStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <BarTitle>{t.noTableTitle}</BarTitle>
        <span>{t.noTableBody}</span>
        {props.skipped.length > 0 && (
          <ul className={styles.list}>
            {props.skipped.map((s) => (
              <li key={s.sheet}>
                {s.missingHeaders.length > 0 ? t.missingHeaders(s.sheet, missingWords(s, t)) : s.reason}
              </li>
            ))}
          </ul>
        )}
        {props.hiddenSheets.length > 0 && (
          <span>{t.hiddenSheetsNotRead(props.hiddenSheets.map((n) => `"${n}"`).join(", "))}</span>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
