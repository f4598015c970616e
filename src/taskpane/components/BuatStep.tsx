import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { useState } from "react";
import { WorkbookPort } from "../../core/ports/workbookPort";
import { Engine } from "../engine";
import { useGenerate } from "../hooks/useGenerate";
import { romanTriwulan, useI18n } from "../i18n";
import { overallProgress } from "../progress";
import { useStackStyles } from "../styles";
import { ErrorBar } from "./ErrorBar";
import { NoTableMessage } from "./NoTableMessage";

export interface BuatStepProps {
  port: WorkbookPort;
  engine: Engine;
  /** The sheet chosen in Kenali; undefined: the latest recognised sheet. */
  sheet: string | undefined;
}

/** Step 3: read → check → write the LKjIP sheets, then link to what was written. */
export function BuatStep(props: BuatStepProps) {
  const { t } = useI18n();
  const stack = useStackStyles();
  const { state, run } = useGenerate(props.port, props.engine, props.sheet);
  const [activateError, setActivateError] = useState<unknown>(null);
  const activateSheet = props.port.activateSheet?.bind(props.port);
  const running = state.status === "running";

  const open = (name: string) => {
    if (!activateSheet) return;
    setActivateError(null);
    activateSheet(name).catch(setActivateError);
  };

  return (
    <div className={stack.stack}>
      <h2 className={stack.heading}>{t.steps.buat}</h2>
      <p>{t.generateIntro}</p>
      <div>
        <Button appearance="primary" disabled={running} onClick={() => void run()}>
          {t.generateButton}
        </Button>
      </div>
      <div aria-live="polite" className={stack.tight}>
        {state.status === "running" && (
          <Field
            label={t.progressLabel}
            hint={t.progressText(t.phases[state.progress.phase], state.progress.done, state.progress.total)}
          >
            <ProgressBar value={overallProgress(state.progress)} max={1} />
          </Field>
        )}
        {state.status === "done" && <span>{t.doneSummary(state.written.length)}</span>}
      </div>
      {state.status === "error" && <ErrorBar error={state.error} />}
      {state.status === "noTable" && <NoTableMessage skipped={state.skipped} />}
      {state.status === "done" && (
        <>
          {state.dataPendukung !== null && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.dataPendukungTitle}</MessageBarTitle>
                <span>{t.dataPendukungBody(state.dataPendukung)}</span>
              </MessageBarBody>
            </MessageBar>
          )}
          <section className={stack.tight} aria-label={t.writtenHeading}>
            <h3 className={stack.subheading}>{t.writtenHeading}</h3>
            <p>
              {t.sourceLine(state.source.sheet, t.period(romanTriwulan(state.source.triwulan), state.source.tahun))}
            </p>
            {state.written.length === 0 ? (
              <p>{t.nothingWritten}</p>
            ) : (
              <ul className={stack.list}>
                {state.written.map((w) => (
                  <li key={w.name}>
                    {activateSheet ? (
                      <Link as="button" onClick={() => open(w.name)} title={t.openSheet(w.name)}>
                        {w.name}
                      </Link>
                    ) : (
                      <span>{w.name}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {activateError !== null && <ErrorBar error={activateError} />}
        </>
      )}
    </div>
  );
}
