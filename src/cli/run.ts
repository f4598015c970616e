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
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Perintah tidak dikenal: ${command}. Perintah yang ada: inspect, validate, generate. Lihat: lkjip --help`);
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
