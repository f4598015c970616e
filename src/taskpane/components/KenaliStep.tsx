import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { ModelCounts } from "../../core/model/counts";
import { AnalysisView } from "../hooks/useAnalysis";
import { RecognisedSheet } from "../session/workbookSession";
import { STEP_HEADING_ID } from "../stepHeading";
import { romanTriwulan, useI18n } from "../i18n";
import { useStackStyles } from "../styles";
import { ColumnMapping } from "./ColumnMapping";
import { NoTableMessage } from "./NoTableMessage";

/**
 * Urusan and bidang appear only when the sheet has them (an Evaluasi Renja sheet with such rows): a form without
 * them shows no `Urusan 0`, which reads as something not found (pane42 D5).
 */
const OPTIONAL_LEVELS = new Set<keyof ModelCounts>(["urusan", "bidang"]);

const COUNT_KEYS: (keyof ModelCounts)[] = [
  "urusan",
  "bidang",
  "tujuan",
  "sasaran",
  "indikator",
  "program",
  "kegiatan",
  "subKegiatan",
];

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

/**
 * Step 1: what was recognised, summed up first (sheets, findings, the source of the LKjIP tables), then per sheet its
 * triwulan, tahun and counts; the column pickers wait behind "Koreksi kolom".
 */
export function KenaliStep(props: { view: AnalysisView; onNext(): void }) {
  const { view } = props;
  const { t } = useI18n();
  const stack = useStackStyles();
  const analysis = view.analysis;
  const models = analysis?.sheets ?? [];
  const errors = analysis?.findings.filter((f) => f.severity === "error").length ?? 0;

  return (
    <div className={stack.stack}>
      <h2 className={stack.heading} id={STEP_HEADING_ID} tabIndex={-1} data-step-heading>
        {t.stepHeadings.kenali}
      </h2>
      {analysis && models.length === 0 && (
        <NoTableMessage skipped={analysis.skipped} hiddenSheets={analysis.hiddenSheets} />
      )}
      {analysis && models.length > 0 && (
        <>
          <p>{t.recognisedSummary(models.length, analysis.findings.length, errors)}</p>
          <div>
            <Button appearance="primary" data-primary onClick={props.onNext}>
              {t.toPeriksa}
            </Button>
          </div>
          <SourcePicker models={models} latest={analysis.latest} view={view} />
          {models.map((model) => (
            <RecognisedModel key={model.sheet} model={model} view={view} />
          ))}
          {analysis.skipped.length > 0 && (
            <p className={stack.muted}>{t.skippedSheets(analysis.skipped.map((s) => s.sheet).join(", "))}</p>
          )}
        </>
      )}
    </div>
  );
}

/** Which sheet feeds the LKjIP tables; a choice when several are recognised (the CLI's `--sheet`). */
function SourcePicker(props: { models: RecognisedSheet[]; latest: string | undefined; view: AnalysisView }) {
  const { t } = useI18n();
  const stack = useStackStyles();
  const latest = props.latest;
  if (props.models.length === 1) return <p>{t.sourceOne(props.models[0].sheet)}</p>;
  return (
    <section className={stack.tight} aria-labelledby="sumber-lkjip">
      <h3 id="sumber-lkjip" className={stack.subheading}>
        {t.sourceHeading}
      </h3>
      <p className={stack.muted}>{t.sourceHint}</p>
      <RadioGroup
        aria-labelledby="sumber-lkjip"
        value={props.view.source ?? ""}
        onChange={(_, data) => props.view.chooseSource(data.value === latest ? undefined : data.value)}
      >
        {props.models.map((m) => (
          <Radio
            key={m.sheet}
            value={m.sheet}
            label={`${m.sheet} (${t.period(m.triwulan, m.tahun, m.semester)}${m.sheet === latest ? `, ${t.sourceLatest}` : ""})`}
          />
        ))}
      </RadioGroup>
    </section>
  );
}

function RecognisedModel(props: { model: RecognisedSheet; view: AnalysisView }) {
  const { model, view } = props;
  const { t } = useI18n();
  const stack = useStackStyles();
  const styles = useStyles();
  const counts = model.counts;
  const effect = view.correctionEffect?.sheet === model.sheet ? view.correctionEffect : null;
  const after = view.analysis?.findings.length ?? 0;
  return (
    <article className={`${stack.stack} ${styles.model}`} aria-label={model.sheet}>
      <h3 className={stack.subheading}>{model.sheet}</h3>
      <dl className={styles.counts}>
        <dt className={styles.term}>{t.triwulan}</dt>
        <dd className={styles.value}>
          {model.semester && model.triwulan !== null
            ? t.semesterOf(model.triwulan)
            : (romanTriwulan(model.triwulan) ?? t.notInTitle)}
        </dd>
        <dt className={styles.term}>{t.tahun}</dt>
        <dd className={styles.value}>{model.tahun ?? t.notInTitle}</dd>
        {COUNT_KEYS.map((key) => {
          const value = counts[key];
          if (value === undefined || (value === 0 && OPTIONAL_LEVELS.has(key))) return null;
          return <CountEntry key={key} label={t.counts[key]} value={value} />;
        })}
      </dl>
      {effect && (
        <p role="status" className={stack.subheading}>
          {t.findingsChanged(effect.before, after)}
        </p>
      )}
      <Accordion collapsible>
        <AccordionItem value="kolom">
          <AccordionHeader as="h4" size="small">
            {t.correctColumns}
          </AccordionHeader>
          <AccordionPanel>
            <ColumnMapping
              sheet={model.sheet}
              layout={model.layout}
              semester={model.semester === true}
              columns={model.columns}
              corrected={view.corrections[model.sheet]}
              headers={model.headers}
              onCorrect={(changes) => void view.correctColumns(model.sheet, changes)}
              onReset={() => void view.resetColumns(model.sheet)}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
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
