import { parseArgs } from "node:util";
import { CliError } from "./cliError";
import { Lang } from "../core/numbers/format";

export interface CommandArgs {
  file: string;
  sheet?: string;
  json: boolean;
  output?: string;
  replaceEdited: boolean;
  /** generate: the final report, without marks on figures from rows with findings. */
  final: boolean;
  /** The language of the Hasil Pemeriksaan sheet (`--lang`); Bahasa Indonesia when not given. */
  lang: Lang;
  help: boolean;
}

type Flag = "sheet" | "json" | "output" | "replace-edited" | "final" | "lang";

// `multiple` only so an option given twice is refused (parseArgs would keep the last one silently), as the README
// says of every option (cli42 D4: `--json --json` ran).
const OPTIONS = {
  sheet: { type: "string", multiple: true },
  json: { type: "boolean", multiple: true },
  output: { type: "string", short: "o", multiple: true },
  "replace-edited": { type: "boolean", multiple: true },
  final: { type: "boolean", multiple: true },
  lang: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

const SPELLED: Record<string, string> = {
  sheet: "--sheet",
  output: "-o",
  lang: "--lang",
  json: "--json",
  "replace-edited": "--replace-edited",
  final: "--final",
};

const LANGS: readonly Lang[] = ["id", "en"];

/** Parse one command's arguments; anything unknown or missing is a CliError (exit 2) in one line. */
export function parseCommandArgs(command: string, argv: string[], allowed: Flag[]): CommandArgs {
  const options = Object.fromEntries(
    Object.entries(OPTIONS).filter(([k]) => k === "help" || allowed.includes(k as Flag)),
  ) as Partial<typeof OPTIONS>;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(translateParseError(command, e) + dashedFileHint(argv));
  }
  const values = parsed.values as {
    sheet?: string[];
    json?: boolean[];
    output?: string[];
    "replace-edited"?: boolean[];
    final?: boolean[];
    lang?: string[];
    help?: boolean;
  };
  const help = values.help === true;
  if (!help && parsed.positionals.length === 0) {
    throw new CliError(`Berkas .xlsx belum disebut. Contoh: lkjip ${command} pengukuran-kinerja.xlsx`);
  }
  if (parsed.positionals.length > 1) {
    throw new CliError(
      `Hanya satu berkas yang dapat diproses, diberikan ${parsed.positionals.length}: ${parsed.positionals.join(", ")}`,
    );
  }
  // `-` for standard input, as many tools take it: a workbook is read from a file only (cli42 D6: "not found: …/-").
  if (parsed.positionals[0] === "-") {
    throw new CliError(
      `Buku kerja tidak dapat dibaca dari masukan standar (-): sebutkan berkasnya. Contoh: lkjip ${command} pengukuran-kinerja.xlsx`,
    );
  }
  const output = once("output", values.output);
  return {
    file: parsed.positionals[0] ?? "",
    sheet: once("sheet", values.sheet),
    json: flagOnce("json", values.json),
    // A space typed after the name (or pasted with it) would end up in the file's name, where no one sees it.
    output: output?.trim(),
    replaceEdited: flagOnce("replace-edited", values["replace-edited"]),
    final: flagOnce("final", values.final),
    lang: langOf(once("lang", values.lang)),
    help,
  };
}

/** The one value of an option; given twice, which one was meant cannot be known. */
function once(option: keyof typeof SPELLED, values: string[] | undefined): string | undefined {
  if (values === undefined || values.length <= 1) return values?.[0];
  const given = values.map((v) => `"${v}"`).join(", ");
  throw new CliError(`Opsi ${SPELLED[option]} disebut ${values.length} kali (${given}): sebutkan sekali saja.`);
}

/** A flag given at most once. */
function flagOnce(option: keyof typeof SPELLED, values: boolean[] | undefined): boolean {
  if (values !== undefined && values.length > 1) {
    throw new CliError(`Opsi ${SPELLED[option]} disebut ${values.length} kali: sebutkan sekali saja.`);
  }
  return values?.[0] === true;
}

/**
 * A file name starting with "-" reads as an option; when one was given, say how to write it. Only names ending in an
 * extension we read are taken for file names, so a mistyped option gets no hint.
 */
function dashedFileHint(argv: string[]): string {
  const dashed = argv.find((a) => /^-[^=]*\.(xlsx|xlsm|xls|ods|html?|xltx|xltm)$/i.test(a));
  return dashed ? ` Nama berkas yang diawali "-" ditulis dengan "./" di depannya: ./${dashed}` : "";
}

function langOf(value: string | undefined): Lang {
  if (value === undefined) return "id";
  const lang = value.trim().toLowerCase();
  if ((LANGS as readonly string[]).includes(lang)) return lang as Lang;
  throw new CliError(`Bahasa "${value}" untuk --lang tidak dikenal: pilih id (Bahasa Indonesia) atau en (English).`);
}

/** An example of each option's value, for the message when it is missing. */
const EXAMPLES: Record<string, string> = { "-o": "-o hasil.xlsx", "--sheet": '--sheet "TW IV"', "--lang": "--lang en" };

/** `Option '-o, --output <value>' argument missing` in one line: the option as the user types it, with an example. */
function missingValue(option: string): string {
  const spelled = option.split(/[\s,]+/)[0];
  const example = EXAMPLES[spelled];
  return `Opsi ${spelled} perlu nilai${example ? ` (mis. ${example})` : ""}. Lihat: lkjip --help`;
}

function translateParseError(command: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Opsi tidak dikenal untuk ${command}: ${option}. Lihat: lkjip --help`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take/.test(message)
        ? `Opsi ${option} tidak menerima nilai. Lihat: lkjip --help`
        : missingValue(option);
    default:
      return `Argumen tidak valid: ${message.split("\n")[0]}. Lihat: lkjip --help`;
  }
}
