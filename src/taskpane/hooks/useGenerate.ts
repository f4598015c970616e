import { useCallback, useRef, useState } from "react";
import { Progress } from "../../core/ports/workbookPort";
import { GenerateRequest, GenerateResult, isCancelled, WorkbookSession } from "../session/workbookSession";

export type GenerateState =
  { status: "idle" } | { status: "running"; progress: Progress } | GenerateResult | { status: "error"; error: unknown };

export interface Generation {
  state: GenerateState;
  run(replaceEdited?: string[]): Promise<void>;
  /** Stop a running build where the session can (the web page): the result shown before it stays. */
  cancel?(): void;
  /** Show no result (one that no longer matches the pane's choices); nothing while a build runs. */
  reset(): void;
}

/** Read → check → write, reporting each phase; errors end in an error state, never a throw. */
export function useGenerate(session: WorkbookSession, request: Omit<GenerateRequest, "replaceEdited">): Generation {
  const [state, setState] = useState<GenerateState>({ status: "idle" });
  const running = useRef(false);
  /** What was shown before the run: a cancelled run goes back to it. */
  const settled = useRef<GenerateState>(state);
  const { sheet, lang } = request;

  /** `replaceEdited`: generated sheets the officer edited that are to be replaced anyway, by name. */
  const run = useCallback(
    async (replaceEdited?: string[]) => {
      if (running.current) return;
      running.current = true;
      const show = (next: GenerateState) => {
        if (next.status !== "running") settled.current = next;
        setState(next);
      };
      const report = (progress: Progress) => setState({ status: "running", progress });
      try {
        report({ phase: "membaca", done: 0, total: 0 });
        show(await session.generate({ sheet, lang, replaceEdited }, report));
      } catch (error) {
        show(isCancelled(error) ? settled.current : { status: "error", error });
      } finally {
        running.current = false;
      }
    },
    [session, sheet, lang],
  );

  const reset = useCallback(() => {
    if (running.current) return;
    settled.current = { status: "idle" };
    setState(settled.current);
  }, []);

  const cancel = session.cancel?.bind(session);
  return { state, run, reset, ...(cancel ? { cancel } : {}) };
}
