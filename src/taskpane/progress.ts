import { Phase, Progress } from "../core/ports/workbookPort";

export const PHASES: Phase[] = ["membaca", "memeriksa", "menulis"];

/** Overall fraction across the three phases, each an equal third, filled by the work done in it. */
export function overallProgress(p: Progress): number {
  const within = p.total > 0 ? Math.min(p.done / p.total, 1) : 0;
  return (PHASES.indexOf(p.phase) + within) / PHASES.length;
}
