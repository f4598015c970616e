import { CliError } from "./cliError";
import { generateCommand } from "./commands/generate";
import { inspectCommand } from "./commands/inspect";
import { validateCommand } from "./commands/validate";
import { CliIo } from "./io";
import { USAGE } from "./usage";

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  inspect: inspectCommand,
  validate: validateCommand,
  generate: generateCommand,
};

/** Run one CLI invocation and return its exit code; nothing here throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return 0;
  }
  // Nothing to do: the usage, and the exit code of a wrong command, so that a script that lost its arguments fails.
  if (command === undefined) {
    io.err(USAGE);
    return 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    const named = argv.find((a) => COMMANDS[a] !== undefined);
    const message =
      named !== undefined && command.startsWith("-")
        ? `Perintah ditulis dulu, opsinya sesudah: lkjip ${named} … ${command}. Lihat: lkjip --help`
        : `Perintah tidak dikenal: ${command}. Perintah yang ada: inspect, validate, generate. Lihat: lkjip --help`;
    io.err(message);
    if (argv.includes("--json")) io.out(JSON.stringify({ error: { message, exitCode: 2 } }, null, 2));
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    const failure =
      e instanceof CliError
        ? { message: e.message, exitCode: e.exitCode }
        : {
            message: `Terjadi kesalahan tak terduga: ${String(e instanceof Error ? e.message : e).split("\n")[0]}`,
            exitCode: 2,
          };
    io.err(failure.message);
    if (!(e instanceof CliError) && io.debug && e instanceof Error && e.stack) io.err(e.stack);
    // A program reading --json output gets JSON even when there is nothing else to give it.
    if (command !== "generate" && rest.includes("--json")) io.out(JSON.stringify({ error: failure }, null, 2));
    return failure.exitCode;
  }
}
