/** Where the CLI writes; tests pass an in-memory one and run commands in-process. */
export interface CliIo {
  /** One line (or block) of results on standard output. */
  out(text: string): void;
  /** One line of messages on standard error. */
  err(text: string): void;
  /** Progress for long work; shown only on an interactive terminal. */
  progress(text: string): void;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** Show stack traces of unexpected errors (env LKJIP_DEBUG=1). */
  debug: boolean;
}

export function processIo(): CliIo {
  const tty = Boolean(process.stderr.isTTY);
  // Output piped into a reader that stops early (`lkjip inspect … | head`): stop quietly, as other commands do.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    out: (text) => process.stdout.write(text + "\n"),
    err: (text) => process.stderr.write(text + "\n"),
    progress: (text) => {
      if (tty) process.stderr.write(text + "\n");
    },
    cwd: process.cwd(),
    debug: process.env.LKJIP_DEBUG === "1",
  };
}
