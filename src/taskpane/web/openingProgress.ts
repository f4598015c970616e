/**
 * How far opening a file on the web page has come, from what the worker reports: the file's bytes read, the package
 * unpacked (bytes), another format converted, the worksheets read (rows), then the first check (rows).
 */
export type OpeningProgress = { fileName: string } & (
  | { stage: "berkas" }
  | { stage: "membuka"; done: number; total: number }
  | { stage: "mengubah" }
  | { stage: "lembar"; done: number; total: number; rows: number; totalRows: number }
  | { stage: "memeriksa"; done: number; total: number }
);

const share = (done: number, total: number) => (total > 0 ? Math.min(done / total, 1) : 0);

/** 0..1 for the progress bar: unpacking is the first part, reading the worksheets most of it, the check the end. */
export function openingFraction(p: OpeningProgress): number {
  switch (p.stage) {
    case "berkas":
      return 0.02;
    case "membuka":
      return 0.02 + 0.13 * share(p.done, p.total);
    case "mengubah":
      return 0.15;
    case "lembar":
      return 0.15 + 0.7 * share(p.done + share(p.rows, p.totalRows), p.total);
    case "memeriksa":
      return 0.85 + 0.15 * share(p.done, p.total);
  }
}
