import {
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { WriteReport } from "../../core/ports/workbookPort";
import { Finding } from "../../core/model/finding";
import { renderFinding } from "../../core/model/messages";
import { writtenBeside } from "../../core/workbook/takenNames";
import { Generation } from "../hooks/useGenerate";
import { WorkbookSession } from "../session/workbookSession";
import { STEP_HEADING_ID } from "../stepHeading";
import { referrersText, resubjectedText } from "../../core/workbook/referrersText";
import { useI18n } from "../i18n";
import { overallProgress } from "../progress";
import { useStackStyles } from "../styles";
import { ErrorBar } from "./ErrorBar";
import { NoTableMessage } from "./NoTableMessage";
import { BarTitle } from "./BarTitle";

/** The heading of a run's result: focus moves there when the run ends. */
export const RESULT_HEADING_ID = "hasil-buat";

const useStyles = makeStyles({
  status: { color: tokens.colorNeutralForeground3 },
  kept: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
});

/** What the step asks of the host: where the sheets go, and Excel's Undo and sheet activation. */
export type BuatHost = Pick<WorkbookSession, "mode" | "undoSupport" | "activateSheet">;

export interface BuatStepProps {
  host: BuatHost;
  /** The run, held by the pane so its result outlives a visit to another step. */
  generation: Generation;
  /** The source the tables will be built from (the latest recognised sheet, or the one chosen) and its errors now. */
  source: { sheet: string | undefined; errors: number | null };
  /** Back to Periksa, narrowed to a sheet. */
  onShowFindings(sheet: string): void;
}

/** Step 3: read → check → write the LKjIP sheets, then what became of each sheet and what to do next. */
export function BuatStep(props: BuatStepProps) {
  const { t } = useI18n();
  const stack = useStackStyles();
  const { state, run } = props.generation;
  const running = state.status === "running";
  const done = state.status === "done";
  const excel = props.host.mode === "excel";
  const undo = props.host.undoSupport?.();
  const generateButton = useRef<HTMLButtonElement>(null);
  const cancel = props.generation.cancel;

  return (
    <div className={stack.stack}>
      <h2 className={stack.heading} id={STEP_HEADING_ID} tabIndex={-1} data-step-heading>
        {t.stepHeadings.buat}
      </h2>
      <p>{t.buatIntro}</p>
      {props.source.sheet !== undefined && props.source.errors !== null && (
        <ErrorsInSource
          text={t.errorsBefore(props.source.errors, props.source.sheet)}
          errors={props.source.errors}
          onShow={() => props.onShowFindings(props.source.sheet as string)}
        />
      )}
      {excel && <p className={stack.muted}>{undo === "one-step" ? t.undoOneStep : t.undoNone}</p>}
      <div>
        <Button
          ref={generateButton}
          appearance={done ? "secondary" : "primary"}
          data-primary={done ? undefined : true}
          // Focusable while the run goes on: pressed with the keyboard, it keeps the focus (and Cancel gives it back).
          disabledFocusable={running}
          onClick={() => void run()}
        >
          {done ? t.regenerateButton : t.generateButton}
        </Button>
      </div>
      {/* Present from the start, so its first update is announced. */}
      <div role="status" aria-live="polite" className={stack.tight}>
        {state.status === "running" && (
          <Field
            label={t.progressLabel}
            hint={t.progressText(t.phases[state.progress.phase], state.progress.done, state.progress.total)}
          >
            <ProgressBar value={overallProgress(state.progress)} max={1} />
          </Field>
        )}
        {state.status === "running" && cancel && (
          <div>
            <Button
              size="small"
              onClick={() => {
                cancel();
                generateButton.current?.focus();
              }}
            >
              {t.cancel}
            </Button>
          </div>
        )}
      </div>
      {state.status === "error" && <ErrorBar error={state.error} />}
      {state.status === "noTable" && <NoTableMessage skipped={state.skipped} hiddenSheets={state.hiddenSheets} />}
      {state.status === "done" && (
        <section className={stack.stack} aria-labelledby={RESULT_HEADING_ID}>
          <h3 id={RESULT_HEADING_ID} tabIndex={-1} className={stack.subheading}>
            {t.doneSummary(writtenSheets(state.report).length)}
          </h3>
          <p>
            {t.sourceLine(
              state.source.sheet,
              t.period(state.source.triwulan, state.source.tahun, state.source.semester),
            )}
          </p>
          <ErrorsInSource
            text={t.errorsAfter(state.sourceErrors, state.source.sheet)}
            errors={state.sourceErrors}
            onShow={() => props.onShowFindings(state.source.sheet)}
          />
          {state.tableWarnings.length > 0 && <TableWarnings findings={state.tableWarnings} />}
          {state.tableNotes > 0 && <p>{t.tableNotes(state.tableNotes)}</p>}
          <Written host={props.host} report={state.report} replace={(name) => void run([name])} busy={running} />
          {excel && undo === "one-step" && state.report.undo === "none" && (
            <p className={stack.muted}>{t.undoNotGrouped}</p>
          )}
          {state.dataPendukung !== null && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <BarTitle>{t.dataPendukungTitle}</BarTitle>
                <span>
                  {excel ? t.dataPendukungBody(state.dataPendukung) : t.dataPendukungWebBody(state.dataPendukung)}
                </span>
              </MessageBarBody>
            </MessageBar>
          )}
          {!excel && <p>{t.downloadNext}</p>}
        </section>
      )}
    </div>
  );
}

/** What the run found about the tables themselves that changes what they say, each sentence as Periksa words it. */
function TableWarnings(props: { findings: Finding[] }) {
  const { t, catalog } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <BarTitle>{t.tableWarningsTitle(props.findings.length)}</BarTitle>
        <ul>
          {props.findings.map((f, i) => (
            <li key={i}>{renderFinding(f, catalog.lang)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function ErrorsInSource(props: { text: string; errors: number; onShow(): void }) {
  const { t } = useI18n();
  return (
    <p>
      {props.text}
      {props.errors > 0 && (
        <>
          {" "}
          <Link as="button" onClick={props.onShow}>
            {t.seeInPeriksa}
          </Link>
        </>
      )}
    </p>
  );
}

function writtenSheets(report: WriteReport) {
  return report.sheets.filter((s) => s.name !== null && s.status !== "unchanged");
}

/** Which sheets are new, replaced or got rows; which were kept because the officer edited them, with a way to replace each. */
function Written(props: { host: BuatHost; report: WriteReport; replace(name: string): void; busy: boolean }) {
  const { t, lang } = useI18n();
  const stack = useStackStyles();
  const styles = useStyles();
  const [activateError, setActivateError] = useState<unknown>(null);
  const activateSheet = props.host.activateSheet?.bind(props.host);
  const written = writtenSheets(props.report);
  const first = written.find((w) => w.kind === "lkjip-table") ?? written[0];
  const keptWithSpec = props.report.sheets.filter((s) => s.keptEdited !== undefined);
  const keptAlone = props.report.kept.filter((k) => !keptWithSpec.some((s) => s.keptEdited === k));
  const beside = writtenBeside(props.report);
  const stale = props.report.stale ?? [];
  const referenced = props.report.referenced ?? [];
  const resubjected = props.report.resubjected ?? [];
  const open = (name: string) => {
    if (!activateSheet) return;
    setActivateError(null);
    activateSheet(name).catch(setActivateError);
  };
  return (
    <>
      {activateSheet && first?.name && (
        <div>
          <Button appearance="primary" data-primary onClick={() => open(first.name as string)}>
            {t.openSheetButton}
          </Button>
        </div>
      )}
      <section className={stack.tight} aria-labelledby="lembar-ditulis">
        <h4 id="lembar-ditulis" className={stack.subheading}>
          {t.writtenHeading}
        </h4>
        {written.length === 0 ? (
          <p>{t.nothingWritten}</p>
        ) : (
          <ul className={stack.list}>
            {written.map((w) => (
              <li key={w.name} data-status={w.status}>
                {activateSheet ? (
                  <Link as="button" onClick={() => open(w.name as string)} aria-label={t.openSheet(w.name as string)}>
                    {w.name}
                  </Link>
                ) : (
                  <span>{w.name}</span>
                )}{" "}
                <span className={styles.status}>({t.writtenStatus[w.status]})</span>
              </li>
            ))}
          </ul>
        )}
        {written.some((w) => w.status === "updated") && <p className={stack.muted}>{t.updatedFormats}</p>}
        {written.some((w) => w.keptPrint) && (
          <p className={stack.muted}>
            {t.keptPrint(
              written
                .filter((w) => w.keptPrint && w.name)
                .map((w) => `"${w.name}"`)
                .join(", "),
            )}
          </p>
        )}
      </section>
      {(keptWithSpec.length > 0 ||
        keptAlone.length > 0 ||
        beside.length > 0 ||
        stale.length > 0 ||
        referenced.length > 0) && (
        <section className={stack.tight} aria-labelledby="lembar-dibiarkan">
          <h4 id="lembar-dibiarkan" className={stack.subheading}>
            {t.keptHeading}
          </h4>
          <ul className={stack.list}>
            {keptWithSpec.map((s) => (
              <li key={s.keptEdited} className={styles.kept}>
                <span>
                  {s.keptSubject
                    ? t.keptOtherSubjectLine(
                        s.keptEdited as string,
                        s.name ?? s.spec,
                        s.keptSubject.was,
                        s.keptSubject.now,
                      )
                    : t.keptLine(s.keptEdited as string, s.name ?? s.spec)}
                </span>
                <Button size="small" disabled={props.busy} onClick={() => props.replace(s.keptEdited as string)}>
                  {t.replaceKept(s.keptEdited as string)}
                </Button>
                <span className={stack.muted}>{t.replaceKeptHint}</span>
              </li>
            ))}
            {keptAlone.map((name) => (
              <li key={name}>{t.keptAlone(name)}</li>
            ))}
            {beside.map((b) => (
              <li key={b.written}>{t.besideTheirs(b.taken, b.written)}</li>
            ))}
            {stale.map((s) => (
              <li key={s.name}>{t.staleLine(s.name, s.current)}</li>
            ))}
            {referenced.map((r) => (
              <li key={r.name}>{t.referencedLine(r.name, referrersText(r, lang))}</li>
            ))}
          </ul>
        </section>
      )}
      {resubjected.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-resubjected>
          <MessageBarBody>
            <BarTitle>{t.resubjectedHeading}</BarTitle>
            <ul className={stack.list}>
              {resubjected.map((r) => (
                <li key={r.name}>{resubjectedText(r, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {props.report.removed.length > 0 && <p>{t.removedLine(props.report.removed.join(", "))}</p>}
      {activateError !== null && <ErrorBar error={activateError} />}
    </>
  );
}
