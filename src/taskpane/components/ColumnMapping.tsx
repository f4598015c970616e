import {
  Badge,
  Button,
  Dropdown,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { columnLetters } from "../../core/grid/address";
import { ColumnKey, ColumnMap, columnKeysOf, ErColumnKey, Layout, PkColumnKey } from "../../core/model/columns";
import { OPTIONAL_COLUMNS } from "../columns/optionalColumns";
import { useI18n } from "../i18n";
import { useStackStyles } from "../styles";
import { BarTitle } from "./BarTitle";

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
  label: { flexGrow: 1, flexBasis: "120px", minWidth: 0 },
  picker: { minWidth: "0", width: "100%", maxWidth: "16rem" },
  header: { flexBasis: "100%", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface ColumnMappingProps {
  sheet: string;
  /** The sheet's layout family: which columns it may have. */
  layout: Layout;
  /** An Evaluasi Renja semester form: its halves in the places of TW II and TW IV, named so; no TW I or TW III. */
  semester?: boolean;
  /** Columns the engine recognised (corrections included). */
  columns: ColumnMap;
  /** The user's saved corrections for this sheet. */
  corrected: ColumnMap | undefined;
  /** Header text of every column of the sheet: the letters offered, each with what its header says. */
  headers: string[];
  /** Save these columns (a swap saves two at once). */
  onCorrect(changes: ColumnMap): void;
  onReset(): void;
}

/** The realisasi columns a semester form's halves stand in: TW II (Semester I) and TW IV (Semester II). */
const SEMESTER_COLUMN = /^realisasiTw([24])(K|Persen|Rp)$/;
const QUARTER_WITHOUT_HALF = /^realisasiTw[13](K|Persen|Rp)$/;

interface PendingMove {
  key: ColumnKey;
  col: number;
  owner: ColumnKey;
}

/**
 * Each column the layout may have, the letter found for it with its header text, and a picker to correct it. A
 * letter another field holds is swapped with it (when the corrected field had a column) or asked about, never
 * taken silently.
 */
export function ColumnMapping(props: ColumnMappingProps) {
  const { t } = useI18n();
  const stack = useStackStyles();
  const styles = useStyles();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [swapped, setSwapped] = useState<string | null>(null);
  const highest = Math.max(props.headers.length, ...Object.values(props.columns).map((c) => (c ?? 0) + 1));
  const letters = Array.from({ length: highest }, (_, i) => columnLetters(i));
  const hasCorrections = Object.keys(props.corrected ?? {}).length > 0;
  const header = (col: number) => props.headers[col] || t.columnNoHeader;
  const labelOf = (key: ColumnKey) => {
    if (props.layout !== "evaluasi-renja") return t.columnLabels[key as PkColumnKey];
    const half = props.semester ? SEMESTER_COLUMN.exec(key) : null;
    if (half) return t.erSemesterColumn(half[1] === "2" ? 1 : 2, half[2] as "K" | "Persen" | "Rp");
    return t.erColumnLabels[key as ErColumnKey];
  };
  // A semester form has no TW I or TW III: those are not offered unless a correction gave them a column.
  const offered = columnKeysOf(props.layout).filter(
    (key) => !props.semester || !QUARTER_WITHOUT_HALF.test(key) || props.columns[key] !== undefined,
  );
  const ownerOf = (col: number, except: ColumnKey) =>
    (Object.keys(props.columns) as ColumnKey[]).find((k) => k !== except && props.columns[k] === col);

  const choose = (key: ColumnKey, col: number) => {
    setSwapped(null);
    setPending(null);
    if (props.columns[key] === col) return;
    const owner = ownerOf(col, key);
    if (owner === undefined) return props.onCorrect({ [key]: col });
    const previous = props.columns[key];
    if (previous === undefined) return setPending({ key, col, owner });
    setSwapped(t.columnsSwapped(letters[col], labelOf(key), labelOf(owner), letters[previous]));
    props.onCorrect({ [key]: col, [owner]: previous });
  };

  return (
    <div className={stack.tight}>
      <p className={stack.muted}>{t.columnsHint}</p>
      {swapped && (
        <p role="status" className={stack.muted}>
          {swapped}
        </p>
      )}
      {offered.map((key) => {
        const col = props.columns[key];
        const label = labelOf(key);
        const found =
          col === undefined ? (OPTIONAL_COLUMNS.has(key) ? t.columnOptional : t.columnNotFound) : letters[col];
        return (
          <div key={key} className={styles.entry} data-column-key={key}>
            <span className={styles.label}>{label}</span>
            <Dropdown
              className={styles.picker}
              size="small"
              aria-label={t.columnPickerLabel(label)}
              clearButton={{ "aria-label": t.clearSelection }}
              value={found}
              selectedOptions={col === undefined ? [] : [String(col)]}
              onOptionSelect={(_, data) => {
                if (data.optionValue !== undefined) choose(key, Number(data.optionValue));
              }}
            >
              {letters.map((letter, i) => (
                <Option key={letter} value={String(i)} text={letter}>
                  {t.columnOption(letter, header(i))}
                </Option>
              ))}
            </Dropdown>
            {props.corrected?.[key] !== undefined && (
              <Badge appearance="tint" color="brand">
                {t.columnCorrected}
              </Badge>
            )}
            {col !== undefined && <span className={styles.header}>{header(col)}</span>}
            {pending?.key === key && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <BarTitle>{t.correctColumns}</BarTitle>
                  {t.columnTaken(letters[pending.col], labelOf(pending.owner), label)}
                </MessageBarBody>
                <MessageBarActions>
                  <Button
                    size="small"
                    onClick={() => {
                      setPending(null);
                      props.onCorrect({ [pending.key]: pending.col });
                    }}
                  >
                    {t.columnMove}
                  </Button>
                  <Button size="small" onClick={() => setPending(null)}>
                    {t.cancel}
                  </Button>
                </MessageBarActions>
              </MessageBar>
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
    </div>
  );
}
