import { Badge, Button, Checkbox, Dropdown, Field, Option } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { Finding, RuleId } from "../../core/model/finding";
import { applyFilter, countFindings, groupFindings, listEntries, SEVERITIES } from "../findings/findingGroups";
import { RowFigures } from "../findings/rowFigures";
import { STEP_HEADING_ID } from "../stepHeading";
import { useI18n } from "../i18n";
import { useStackStyles } from "../styles";
import { ErrorBar } from "./ErrorBar";
import { FindingList, SEVERITY_BADGE } from "./FindingList";

const ALL = "";

export interface PeriksaStepProps {
  findings: Finding[];
  /** False until some sheet was recognised: then there is nothing to check. */
  recognised: boolean;
  /** The port's selectCell when it has one (Excel). */
  selectCell?: (sheet: string, cell: string) => Promise<void>;
  /** Without selectCell (the web page) a finding opens the figures the engine read in its row. */
  figures?: (finding: Finding) => Promise<RowFigures[]>;
  /** A sheet to narrow the list to when the step opens (the Buat step links back with its source). */
  initialSheet?: string | null;
  /** Build the LKjIP tables (the step's one primary action). */
  onNext(): void;
  /** Said before writing when Excel cannot undo the write. */
  undoNote?: string | null;
}

/** Step 2: the findings grouped by sheet and row, errors first, filterable; each one leads to its cell or figures. */
export function PeriksaStep(props: PeriksaStepProps) {
  const { t, catalog } = useI18n();
  const stack = useStackStyles();
  const [rule, setRule] = useState<RuleId | null>(null);
  const [sheet, setSheet] = useState<string | null>(props.initialSheet ?? null);
  const [showInfo, setShowInfo] = useState(false);
  const [selectError, setSelectError] = useState<unknown>(null);
  const { findings } = props;

  const tally = useMemo(() => countFindings(findings), [findings]);
  const counts = tally.severity;
  const sheetsPresent = tally.sheets;
  const activeSheet = sheet !== null && sheetsPresent.some(([s]) => s === sheet) ? sheet : null;
  const rulesPresent = showInfo ? tally.rules : tally.rulesWithoutInfo;
  const activeRule = rule !== null && rulesPresent.some(([r]) => r === rule) ? rule : null;
  const shown = useMemo(
    () => applyFilter(findings, { rule: activeRule, sheet: activeSheet, showInfo }),
    [findings, activeRule, activeSheet, showInfo],
  );
  const entries = useMemo(() => listEntries(groupFindings(shown)), [shown]);

  const selectCell = props.selectCell;
  const onSelect = selectCell
    ? (f: Finding) => {
        setSelectError(null);
        selectCell(f.sheet, f.cell).catch(setSelectError);
      }
    : undefined;
  const figures = selectCell ? undefined : props.figures;

  return (
    <div className={stack.stack}>
      <h2 className={stack.heading} id={STEP_HEADING_ID} tabIndex={-1} data-step-heading>
        {t.stepHeadings.periksa}
      </h2>
      {!props.recognised && <p>{t.noModelsYet}</p>}
      {props.recognised && findings.length === 0 && <p>{t.noFindings}</p>}
      {findings.length > 0 && (
        <div className={stack.row}>
          {SEVERITIES.map((severity) => (
            <Badge key={severity} appearance="tint" color={SEVERITY_BADGE[severity]}>
              {t.severityCount(counts[severity], catalog.severity[severity])}
            </Badge>
          ))}
        </div>
      )}
      {props.recognised && (
        <div>
          <Button appearance="primary" data-primary onClick={props.onNext}>
            {t.toBuat}
          </Button>
          {props.undoNote && <p className={stack.muted}>{props.undoNote}</p>}
        </div>
      )}
      {findings.length > 0 && (
        <>
          <Field label={t.ruleFilterLabel}>
            <Dropdown
              className={stack.fullWidth}
              clearButton={{ "aria-label": t.clearSelection }}
              value={activeRule === null ? t.allRules : catalog.ruleLabels[activeRule]}
              selectedOptions={[activeRule ?? ALL]}
              onOptionSelect={(_, data) => setRule(data.optionValue ? (data.optionValue as RuleId) : null)}
            >
              <Option value={ALL}>{t.allRules}</Option>
              {rulesPresent.map(([r, n]) => (
                <Option key={r} value={r} text={catalog.ruleLabels[r]}>
                  {`${catalog.ruleLabels[r]} (${n})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {sheetsPresent.length > 1 && (
            <Field label={t.sheetFilterLabel}>
              <Dropdown
                className={stack.fullWidth}
                clearButton={{ "aria-label": t.clearSelection }}
                value={activeSheet ?? t.allSheets}
                selectedOptions={[activeSheet ?? ALL]}
                onOptionSelect={(_, data) => setSheet(data.optionValue ? data.optionValue : null)}
              >
                <Option value={ALL}>{t.allSheets}</Option>
                {sheetsPresent.map(([s, n]) => (
                  <Option key={s} value={s} text={s}>
                    {`${s} (${n})`}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          {counts.info > 0 && (
            <Checkbox
              checked={showInfo}
              onChange={(_, data) => setShowInfo(data.checked === true)}
              label={t.showInfo(counts.info)}
            />
          )}
          <p className={stack.muted}>{t.shownCount(shown.length, findings.length)}</p>
          {selectError !== null && <ErrorBar error={selectError} />}
          <FindingList
            key={`${activeRule ?? ""}|${activeSheet ?? ""}|${showInfo}`}
            entries={entries}
            onSelect={onSelect}
            figures={figures}
          />
        </>
      )}
    </div>
  );
}
