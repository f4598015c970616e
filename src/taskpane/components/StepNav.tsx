import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";

export type Step = "kenali" | "periksa" | "buat";
export const STEPS: Step[] = ["kenali", "periksa", "buat"];

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 -${tokens.strokeWidthThicker} 0 ${tokens.colorCompoundBrandStroke}`,
    borderRadius: 0,
  },
  number: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXXS },
});

/**
 * The three steps as a navigation whose current step carries aria-current="step". A sequence the officer walks is
 * not a set of tabs; and Fluent's TabList puts focusable Tabster dummy elements inside aria-hidden, which axe
 * reports as aria-hidden-focus (serious). Plain buttons in a list have neither problem.
 */
export function StepNav(props: { step: Step; onSelect(step: Step): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <nav aria-label={t.stepsLabel}>
      <ol className={styles.list}>
        {STEPS.map((s, i) => (
          <li key={s}>
            <Button
              appearance="subtle"
              size="small"
              className={s === props.step ? styles.current : undefined}
              aria-current={s === props.step ? "step" : undefined}
              onClick={() => props.onSelect(s)}
            >
              <span className={styles.number} aria-hidden="true">
                {i + 1}
              </span>
              {t.steps[s]}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
