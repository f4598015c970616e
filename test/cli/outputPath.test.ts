import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CliError } from "../../src/cli/cliError";
import { chooseOutputPath, writeFileAtomically } from "../../src/cli/outputPath";
import { tempDir } from "./helpers";

describe("chooseOutputPath", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);
  const input = () => path.join(tmp.dir, "Pengukuran Kinerja 2022.xlsx");

  it("defaults to <name>-lkjip.xlsx beside the input", async () => {
    expect(await chooseOutputPath(input(), undefined, "/elsewhere")).toEqual({
      path: path.join(tmp.dir, "Pengukuran Kinerja 2022-lkjip.xlsx"),
      numbered: false,
    });
  });

  it("numbers the name instead of overwriting an existing result", async () => {
    writeFileSync(path.join(tmp.dir, "Pengukuran Kinerja 2022-lkjip.xlsx"), "lama");
    writeFileSync(path.join(tmp.dir, "Pengukuran Kinerja 2022-lkjip (2).xlsx"), "lama");
    expect(await chooseOutputPath(input(), undefined, "/")).toEqual({
      path: path.join(tmp.dir, "Pengukuran Kinerja 2022-lkjip (3).xlsx"),
      numbered: true,
      taken: path.join(tmp.dir, "Pengukuran Kinerja 2022-lkjip.xlsx"),
    });
  });

  it("keeps .xlsm for a macro-enabled workbook, and will not put its macros under a .xlsx name", async () => {
    const macro = path.join(tmp.dir, "Monev.xlsm");
    expect(await chooseOutputPath(macro, undefined, "/")).toEqual({
      path: path.join(tmp.dir, "Monev-lkjip.xlsm"),
      numbered: false,
    });
    expect((await chooseOutputPath(macro, "hasil.XLSM", tmp.dir)).path).toBe(path.join(tmp.dir, "hasil.XLSM"));
    const refused = chooseOutputPath(macro, "hasil.xlsx", tmp.dir);
    await expect(refused).rejects.toBeInstanceOf(CliError);
    await expect(refused).rejects.toThrow("Buku kerja Monev.xlsm berisi makro");
  });

  it("takes -o as given, relative to the working folder; a folder that is not there is marked to be made and said (cli42 D5)", async () => {
    expect(await chooseOutputPath(input(), "out/hasil.xlsx", tmp.dir)).toEqual({
      path: path.join(tmp.dir, "out", "hasil.xlsx"),
      numbered: false,
      newFolder: path.join(tmp.dir, "out"),
    });
    expect(await chooseOutputPath(input(), "hasil.xlsx", tmp.dir)).toEqual({
      path: path.join(tmp.dir, "hasil.xlsx"),
      numbered: false,
    });
  });

  it("marks an -o file that exists, so the run can say it was overwritten", async () => {
    writeFileSync(path.join(tmp.dir, "ada.xlsx"), "lama");
    expect(await chooseOutputPath(input(), "ada.xlsx", tmp.dir)).toEqual({
      path: path.join(tmp.dir, "ada.xlsx"),
      numbered: false,
      replaced: true,
    });
  });
});

describe("writeFileAtomically", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it("creates missing folders and leaves no temporary file", async () => {
    const target = path.join(tmp.dir, "a", "b", "hasil.xlsx");
    await writeFileAtomically(target, Buffer.from("isi"));
    expect(readFileSync(target, "utf8")).toBe("isi");
    expect(readdirSync(path.dirname(target))).toEqual(["hasil.xlsx"]);
  });

  it("replaces an existing file", async () => {
    const target = path.join(tmp.dir, "ganti.xlsx");
    writeFileSync(target, "lama");
    await writeFileAtomically(target, Buffer.from("baru"));
    expect(readFileSync(target, "utf8")).toBe("baru");
    expect(existsSync(target)).toBe(true);
  });

  it("keeps the permissions of the file it replaces", async () => {
    const target = path.join(tmp.dir, "izin.xlsx");
    writeFileSync(target, "lama");
    chmodSync(target, 0o640);
    await writeFileAtomically(target, Buffer.from("baru"));
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it("never replaces a file its owner made read-only, and says so in one line", async () => {
    const target = path.join(tmp.dir, "hanya-baca.xlsx");
    writeFileSync(target, "lama");
    chmodSync(target, 0o444);
    await expect(writeFileAtomically(target, Buffer.from("baru"))).rejects.toThrow(
      /^Hasil tidak ditulis ke .*hanya-baca\.xlsx: berkas itu hanya-baca \(read-only\)\./,
    );
    expect(readFileSync(target, "utf8")).toBe("lama");
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("writeFileAtomically failures", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it("says in one line that a folder is not a file name, and leaves nothing behind", async () => {
    const folder = path.join(tmp.dir, "hasil.xlsx");
    mkdirSync(path.join(folder, "isi"), { recursive: true });
    await expect(writeFileAtomically(folder, Buffer.from("x"))).rejects.toThrow(
      new CliError(`Hasil tidak dapat ditulis ke ${folder}: nama itu adalah folder; sebutkan nama berkas .xlsx`),
    );
    expect(readdirSync(tmp.dir)).toEqual(["hasil.xlsx"]);
  });

  it("writes a name at the file system's limit (the temporary name does not grow with it)", async () => {
    const target = path.join(tmp.dir, `${"a".repeat(250)}.xlsx`);
    await writeFileAtomically(target, Buffer.from("isi"));
    expect(readFileSync(target, "utf8")).toBe("isi");
  });

  it("says in Bahasa Indonesia when part of the path is a file, or the name is too long", async () => {
    writeFileSync(path.join(tmp.dir, "berkas.xlsx"), "x");
    const through = path.join(tmp.dir, "berkas.xlsx", "hasil.xlsx");
    await expect(writeFileAtomically(through, Buffer.from("x"))).rejects.toThrow(
      new CliError(
        `Hasil tidak dapat ditulis ke ${through}: sebagian jalurnya adalah berkas, bukan folder; periksa nama foldernya`,
      ),
    );
    const long = path.join(tmp.dir, `${"b".repeat(300)}.xlsx`);
    await expect(writeFileAtomically(long, Buffer.from("x"))).rejects.toThrow(
      new CliError(`Hasil tidak dapat ditulis ke ${long}: namanya terlalu panjang; pakai nama yang lebih pendek`),
    );
  });
});
