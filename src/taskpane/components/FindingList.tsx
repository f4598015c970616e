import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Finding, Severity } from "../../core/validation/finding";
import { formatNumber, useI18n } from "../i18n";
import { useStackStyles } from "../styles";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];
export const SEVERITY_BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    maxWidth: "100%",
    minWidth: 0,
    textAlign: "left",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  location: { fontWeight: tokens.fontWeightSemibold },
  values: { color: tokens.colorNeutralForeground2 },
  items: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface FindingListProps {
  findings: Finding[];
  /** Present when the workbook can show a cell (Excel); otherwise the location is only named. */
  onSelect?: (finding: Finding) => void;
}

/** Findings grouped by severity, most severe first. */
export function FindingList(props: FindingListProps) {
  const { t } = useI18n();
  const groups = SEVERITIES.map((severity) => ({
    severity,
    findings: props.findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);
  const styles = useStyles();
  return (
    <Accordion multiple collapsible defaultOpenItems={SEVERITIES}>
      {groups.map((group) => (
        <AccordionItem key={group.severity} value={group.severity}>
          <AccordionHeader as="h3">
            {t.severities[group.severity]}&nbsp;
            <Badge color={SEVERITY_BADGE[group.severity]}>{group.findings.length}</Badge>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.items} aria-label={t.severities[group.severity]}>
              {group.findings.map((finding, i) => (
                <li key={`${finding.sheet}!${finding.cell}:${finding.rule}:${i}`}>
                  <FindingItem finding={finding} onSelect={props.onSelect} />
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

function FindingItem(props: { finding: Finding; onSelect?: (finding: Finding) => void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const stack = useStackStyles();
  const f = props.finding;
  const show = (v: number | string) => (typeof v === "number" ? formatNumber(v, lang) : v);
  const body = (
    <>
      <span className={styles.location}>{t.findingLocation(f.sheet, f.cell)}</span>
      <span>{f.message}</span>
      {(f.expected !== null || f.actual !== null) && (
        <span className={styles.values}>
          {f.expected !== null && `${t.expected}: ${show(f.expected)}`}
          {f.expected !== null && f.actual !== null && " · "}
          {f.actual !== null && `${t.actual}: ${show(f.actual)}`}
        </span>
      )}
      <span className={stack.muted}>{t.ruleLabels[f.rule]}</span>
    </>
  );
  if (!props.onSelect) return <div className={styles.item}>{body}</div>;
  const onSelect = props.onSelect;
  return (
    <Button appearance="subtle" className={styles.item} title={t.goToCell(f.sheet, f.cell)} onClick={() => onSelect(f)}>
      {body}
    </Button>
  );
}
