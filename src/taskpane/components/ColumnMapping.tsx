import { Badge, Button, Dropdown, makeStyles, Option, tokens } from "@fluentui/react-components";
import { columnLetters } from "../../core/grid/address";
import { ColumnKey, ColumnMap, columnKeysOf, ErColumnKey, Layout, PkColumnKey } from "../../core/model/columns";
import { useI18n } from "../i18n";
import { useStackStyles } from "../styles";

const useStyles = makeStyles({
  entry: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
  picker: { minWidth: "0", width: "120px" },
});

export interface ColumnMappingProps {
  sheet: string;
  /** The sheet's layout family: which columns it may have. */
  layout: Layout;
  /** Columns the engine recognised (corrections included). */
  columns: ColumnMap;
  /** The user's saved corrections for this sheet. */
  corrected: ColumnMap | undefined;
  /** Number of columns in the sheet: the letters offered. */
  colCount: number;
  onCorrect(key: ColumnKey, col: number): void;
  onReset(): void;
}

/** Each column the layout may have, the letter found for it, and a picker to correct it. */
export function ColumnMapping(props: ColumnMappingProps) {
  const { t } = useI18n();
  const stack = useStackStyles();
  const styles = useStyles();
  const highest = Math.max(props.colCount, ...Object.values(props.columns).map((c) => (c ?? 0) + 1));
  const letters = Array.from({ length: highest }, (_, i) => columnLetters(i));
  const hasCorrections = Object.keys(props.corrected ?? {}).length > 0;

  return (
    <section className={stack.tight} aria-label={t.columnsHeading(props.sheet)}>
      <h5 className={stack.subheading}>{t.columnsHeading(props.sheet)}</h5>
      <p className={stack.muted}>{t.columnsHint}</p>
      {columnKeysOf(props.layout).map((key) => {
        const col = props.columns[key];
        const label =
          props.layout === "evaluasi-renja" ? t.erColumnLabels[key as ErColumnKey] : t.columnLabels[key as PkColumnKey];
        const found = col === undefined ? t.columnNotFound : columnLetters(col);
        return (
          <div key={key} className={styles.entry} data-column-key={key}>
            <span className={styles.label}>{label}</span>
            <Dropdown
              className={styles.picker}
              size="small"
              aria-label={t.columnPickerLabel(label)}
              value={found}
              selectedOptions={col === undefined ? [] : [String(col)]}
              onOptionSelect={(_, data) => {
                if (data.optionValue !== undefined) props.onCorrect(key, Number(data.optionValue));
              }}
            >
              {letters.map((letter, i) => (
                <Option key={letter} value={String(i)}>
                  {letter}
                </Option>
              ))}
            </Dropdown>
            {props.corrected?.[key] !== undefined && (
              <Badge appearance="tint" color="brand">
                {t.columnCorrected}
              </Badge>
            )}
          </div>
        );
      })}
      {hasCorrections && (
        <div>
          <Button size="small" onClick={props.onReset}>
            {t.resetColumns}
          </Button>
        </div>
      )}
    </section>
  );
}
