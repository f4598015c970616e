import { Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { SheetModel } from "../../core/model/types";
import { AnalysisView } from "../hooks/useAnalysis";
import { romanTriwulan, useI18n } from "../i18n";
import { countModel, ModelCounts } from "../../core/model/counts";
import { useStackStyles } from "../styles";
import { ColumnMapping } from "./ColumnMapping";
import { NoTableMessage } from "./NoTableMessage";

const ALL = "";
const COUNT_KEYS = [
  "tujuan",
  "sasaran",
  "indikator",
  "program",
  "kegiatan",
  "subKegiatan",
] as const satisfies readonly (keyof ModelCounts)[];

const useStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { minWidth: 0 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "right" },
  model: {
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Step 1: which sheet, triwulan and tahun were recognised, what it holds, and its column mapping. */
export function KenaliStep(props: { view: AnalysisView }) {
  const { view } = props;
  const { t } = useI18n();
  const stack = useStackStyles();
  const userSheets = (view.content?.sheets ?? []).filter((s) => !s.generated).map((s) => s.name);
  const analysis = view.analysis;

  return (
    <div className={stack.stack}>
      <h2 className={stack.heading}>{t.steps.kenali}</h2>
      <Field label={t.sheetPickerLabel}>
        <Dropdown
          className={stack.fullWidth}
          value={view.sheet ?? t.allSheets}
          selectedOptions={[view.sheet ?? ALL]}
          onOptionSelect={(_, data) => view.selectSheet(data.optionValue ? data.optionValue : undefined)}
        >
          <Option value={ALL}>{t.allSheets}</Option>
          {userSheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {analysis && analysis.models.length === 0 && <NoTableMessage skipped={analysis.skipped} />}
      {analysis && analysis.models.length > 0 && (
        <section className={stack.stack} aria-label={t.recognisedHeading}>
          <h3 className={stack.subheading}>{t.recognisedHeading}</h3>
          {analysis.models.map((model) => (
            <RecognisedModel key={model.sheet} model={model} view={view} />
          ))}
          {analysis.skipped.length > 0 && (
            <p className={stack.muted}>{t.skippedSheets(analysis.skipped.map((s) => s.sheet).join(", "))}</p>
          )}
        </section>
      )}
    </div>
  );
}

function RecognisedModel(props: { model: SheetModel; view: AnalysisView }) {
  const { model, view } = props;
  const { t } = useI18n();
  const stack = useStackStyles();
  const styles = useStyles();
  const counts = countModel(model);
  const grid = view.content?.grids.find((g) => g.name === model.sheet);
  return (
    <article className={`${stack.stack} ${styles.model}`} aria-label={model.sheet}>
      <h4 className={stack.subheading}>{model.sheet}</h4>
      <dl className={styles.counts}>
        <dt className={styles.term}>{t.triwulan}</dt>
        <dd className={styles.value}>{romanTriwulan(model.triwulan) ?? t.notInTitle}</dd>
        <dt className={styles.term}>{t.tahun}</dt>
        <dd className={styles.value}>{model.tahun ?? t.notInTitle}</dd>
        {COUNT_KEYS.map((key) => (
          <CountEntry key={key} label={t.counts[key]} value={counts[key]} />
        ))}
      </dl>
      <ColumnMapping
        sheet={model.sheet}
        layout={model.layout}
        columns={model.columns}
        corrected={view.corrections[model.sheet]}
        colCount={grid?.colCount ?? 0}
        onCorrect={(key, col) => void view.correctColumn(model.sheet, key, col)}
        onReset={() => void view.resetColumns(model.sheet)}
      />
    </article>
  );
}

function CountEntry(props: { label: string; value: number }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{props.label}</dt>
      <dd className={styles.value}>{props.value}</dd>
    </>
  );
}
