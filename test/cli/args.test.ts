import { parseCommandArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/cliError";

function error(fn: () => unknown): CliError {
  try {
    fn();
  } catch (e) {
    return e as CliError;
  }
  throw new Error("expected a CliError");
}

describe("parseCommandArgs", () => {
  it("reads the file, --sheet, --json and -o", () => {
    expect(parseCommandArgs("inspect", ["buku.xlsx", "--sheet", "TW IV", "--json"], ["sheet", "json"])).toEqual({
      file: "buku.xlsx",
      sheet: "TW IV",
      json: true,
      output: undefined,
      replaceEdited: false,
      final: false,
      lang: "id",
      help: false,
    });
    expect(parseCommandArgs("generate", ["-o", "hasil.xlsx", "buku.xlsx"], ["sheet", "output"])).toMatchObject({
      file: "buku.xlsx",
      output: "hasil.xlsx",
    });
    expect(
      parseCommandArgs("generate", ["buku.xlsx", "--replace-edited"], ["sheet", "output", "replace-edited"]),
    ).toMatchObject({ replaceEdited: true });
  });

  it("refuses a switch given twice, as every option (cli42 D4), and `-` for standard input (cli42 D6)", () => {
    for (const flag of ["--json", "--final", "--replace-edited"]) {
      const e = error(() =>
        parseCommandArgs("generate", ["buku.xlsx", flag, flag], ["json", "final", "replace-edited"]),
      );
      expect([e.exitCode, e.message]).toEqual([2, `Opsi ${flag} disebut 2 kali: sebutkan sekali saja.`]);
    }
    const stdin = error(() => parseCommandArgs("validate", ["-"], ["json"]));
    expect([stdin.exitCode, stdin.message]).toEqual([
      2,
      "Buku kerja tidak dapat dibaca dari masukan standar (-): sebutkan berkasnya. Contoh: lkjip validate pengukuran-kinerja.xlsx",
    ]);
  });

  it("rejects a flag the command does not take, in one Indonesian line", () => {
    const e = error(() => parseCommandArgs("generate", ["buku.xlsx", "--json"], ["sheet", "output"]));
    expect(e).toBeInstanceOf(CliError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe("Opsi tidak dikenal untuk generate: --json. Lihat: lkjip --help");
  });

  it("rejects a missing value and a value given to a switch", () => {
    expect(error(() => parseCommandArgs("inspect", ["buku.xlsx", "--sheet"], ["sheet", "json"])).message).toBe(
      'Opsi --sheet perlu nilai (mis. --sheet "TW IV"). Lihat: lkjip --help',
    );
    // The option as it was typed, with an example of its own value.
    expect(error(() => parseCommandArgs("generate", ["buku.xlsx", "-o"], ["output"])).message).toBe(
      "Opsi -o perlu nilai (mis. -o hasil.xlsx). Lihat: lkjip --help",
    );
    expect(error(() => parseCommandArgs("inspect", ["buku.xlsx", "--json=ya"], ["sheet", "json"])).message).toMatch(
      /^Opsi --json tidak menerima nilai/,
    );
  });

  it("asks for the file when none is given, and for only one", () => {
    expect(error(() => parseCommandArgs("validate", [], ["sheet", "json"])).message).toMatch(
      /^Berkas \.xlsx belum disebut/,
    );
    expect(error(() => parseCommandArgs("validate", ["a.xlsx", "b.xlsx"], ["sheet", "json"])).message).toMatch(
      /^Hanya satu berkas/,
    );
  });

  it("reads --lang id or en, and names a language it does not know in Bahasa Indonesia", () => {
    expect(parseCommandArgs("generate", ["buku.xlsx", "--lang", "EN"], ["lang"]).lang).toBe("en");
    expect(parseCommandArgs("generate", ["buku.xlsx"], ["lang"]).lang).toBe("id");
    const e = error(() => parseCommandArgs("generate", ["buku.xlsx", "--lang", "inggris"], ["lang"]));
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe(
      'Bahasa "inggris" untuk --lang tidak dikenal: pilih id (Bahasa Indonesia) atau en (English).',
    );
  });

  it("refuses an option given twice instead of keeping the last one", () => {
    expect(
      error(() => parseCommandArgs("generate", ["b.xlsx", "-o", "a.xlsx", "--output", "c.xlsx"], ["output"])).message,
    ).toBe('Opsi -o disebut 2 kali ("a.xlsx", "c.xlsx"): sebutkan sekali saja.');
    const twice = error(() =>
      parseCommandArgs("validate", ["b.xlsx", "--sheet", "TW I", "--sheet", "TW IV"], ["sheet"]),
    );
    expect(twice.exitCode).toBe(2);
    expect(twice.message).toBe('Opsi --sheet disebut 2 kali ("TW I", "TW IV"): sebutkan sekali saja.');
    expect(
      error(() => parseCommandArgs("generate", ["b.xlsx", "--lang", "id", "--lang", "en"], ["lang"])).message,
    ).toMatch(/^Opsi --lang disebut 2 kali/);
  });

  it("says how to write a file name that starts with a dash", () => {
    expect(error(() => parseCommandArgs("validate", ["-pk.xlsx"], ["sheet"])).message).toBe(
      'Opsi tidak dikenal untuk validate: -p. Lihat: lkjip --help Nama berkas yang diawali "-" ditulis dengan "./" di depannya: ./-pk.xlsx',
    );
    expect(error(() => parseCommandArgs("generate", ["b.xlsx", "-o", "-hasil.xlsx"], ["output"])).message).toMatch(
      /perlu nilai.*\.\/-hasil\.xlsx$/,
    );
    expect(parseCommandArgs("validate", ["./-pk.xlsx"], ["sheet"]).file).toBe("./-pk.xlsx");
    // A mistyped option is not taken for a file name.
    expect(error(() => parseCommandArgs("validate", ["b.xlsx", "-x"], ["sheet"])).message).not.toContain("./");
  });

  it("drops spaces typed around the -o name", () => {
    expect(parseCommandArgs("generate", ["b.xlsx", "-o", "hasil.xlsx "], ["output"]).output).toBe("hasil.xlsx");
  });

  it("lets --help through without a file", () => {
    expect(parseCommandArgs("validate", ["--help"], ["sheet", "json"]).help).toBe(true);
  });
});
