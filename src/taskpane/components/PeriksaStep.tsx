import { Badge, Dropdown, Field, Option } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { Finding, RuleId } from "../../core/validation/finding";
import { useI18n } from "../i18n";
import { useStackStyles } from "../styles";
import { ErrorBar } from "./ErrorBar";
import { FindingList, SEVERITIES, SEVERITY_BADGE } from "./FindingList";

const ALL = "";

export interface PeriksaStepProps {
  findings: Finding[];
  /** False until some sheet was recognised: then there is nothing to check. */
  recognised: boolean;
  /** The port's selectCell when it has one (Excel). */
  selectCell?: (sheet: string, cell: string) => Promise<void>;
}

/** Step 2: the findings, counted per severity, filterable by rule; a click shows the cell in Excel. */
export function PeriksaStep(props: PeriksaStepProps) {
  const { t } = useI18n();
  const stack = useStackStyles();
  const [rule, setRule] = useState<RuleId | typeof ALL>(ALL);
  const [selectError, setSelectError] = useState<unknown>(null);

  const rulesPresent = useMemo(() => {
    const counts = new Map<RuleId, number>();
    for (const f of props.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    return [...counts.entries()];
  }, [props.findings]);
  const activeRule = rulesPresent.some(([r]) => r === rule) ? rule : ALL;
  const shown = activeRule === ALL ? props.findings : props.findings.filter((f) => f.rule === activeRule);

  const selectCell = props.selectCell;
  const onSelect = selectCell
    ? (f: Finding) => {
        setSelectError(null);
        selectCell(f.sheet, f.cell).catch(setSelectError);
      }
    : undefined;

  return (
    <div className={stack.stack}>
      <h2 className={stack.heading}>{t.findingsHeading}</h2>
      {!props.recognised && <p>{t.noModelsYet}</p>}
      {props.recognised && props.findings.length === 0 && <p>{t.noFindings}</p>}
      {props.findings.length > 0 && (
        <>
          <div className={stack.row} role="status">
            {SEVERITIES.map((severity) => {
              const n = props.findings.filter((f) => f.severity === severity).length;
              return (
                <Badge key={severity} appearance="tint" color={SEVERITY_BADGE[severity]}>
                  {t.severityCount(n, t.severities[severity])}
                </Badge>
              );
            })}
          </div>
          <Field label={t.ruleFilterLabel}>
            <Dropdown
              className={stack.fullWidth}
              value={activeRule === ALL ? t.allRules : t.ruleLabels[activeRule]}
              selectedOptions={[activeRule]}
              onOptionSelect={(_, data) => setRule((data.optionValue ?? ALL) as RuleId | typeof ALL)}
            >
              <Option value={ALL}>{t.allRules}</Option>
              {rulesPresent.map(([r, n]) => (
                <Option key={r} value={r} text={t.ruleLabels[r]}>
                  {`${t.ruleLabels[r]} (${n})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <p className={stack.muted}>{t.shownCount(shown.length, props.findings.length)}</p>
          {selectError !== null && <ErrorBar error={selectError} />}
          <FindingList findings={shown} onSelect={onSelect} />
        </>
      )}
    </div>
  );
}
