import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { memoryIo, tempDir } from "./helpers";
import { copySample, loadXlsx, SAMPLE, sampleWithUserFormulas, snapshot } from "./sampleWorkbook";

jest.setTimeout(60_000);

const tmp = tempDir();
afterAll(tmp.cleanup);

async function run(args: string[], cwd = tmp.dir) {
  const io = memoryIo(cwd);
  const code = await runCli(args, io);
  return { code, io, out: io.text(), err: io.stderr.join("\n") };
}

function subdir(name: string): string {
  const dir = path.join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The generated tables and Hasil Pemeriksaan of a written file, known by their marks, in tab order. */
async function generatedNames(file: string): Promise<string[]> {
  const wb = await FileWorkbook.fromBuffer(readFileSync(file), file);
  return (await wb.listSheets()).filter((s) => s.generated).map((s) => s.name);
}

function hasFormula(ws: ExcelJS.Worksheet): boolean {
  let found = false;
  ws.eachRow((row) => row.eachCell((cell) => (found ||= cell.type === ExcelJS.ValueType.Formula)));
  return found;
}

describe("lkjip inspect", () => {
  it("prints the JSON contract for every recognised sheet", async () => {
    const { code, out, err } = await run(["inspect", SAMPLE, "--json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const { sheets } = JSON.parse(out);
    expect(sheets.map((s: { sheet: string }) => s.sheet)).toEqual(["TW I 2022", "TW IV 2022"]);
    expect(sheets.map((s: { triwulan: number }) => s.triwulan)).toEqual([1, 4]);
    expect(sheets.map((s: { tahun: number }) => s.tahun)).toEqual([2022, 2022]);

    const tujuan = sheets[0].tujuan[0];
    expect(Object.keys(tujuan)).toEqual(["name", "cell", "sasaran"]);
    expect(tujuan.name).toBe("Meningkatnya Nilai Investasi Daerah");
    const sasaran = tujuan.sasaran[0];
    expect(sasaran.name).toBe("Meningkatnya Nilai Penanaman Modal");
    const indikator = sasaran.indikator[0];
    expect(indikator).toMatchObject({ target: [0.39, 0.39, 0.39, 0.39], realisasi: -0.89, capaian: -228.21 });
    expect(indikator.cell).toMatch(/^E\d+$/);
    const program = sasaran.program[0];
    expect(program).toMatchObject({
      name: "PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL",
      pagu: 55599900,
      anggaranKas: [0, 55599900, 0, 0],
    });
    expect(program.cell).toMatch(/^M\d+$/);
    expect(program.kegiatan[0].subKegiatan[0]).toMatchObject({
      name: "Penyediaan Peta Potensi dan Peluang Usaha Kabupaten/Kota",
      pagu: 55599900,
    });
  });

  it("reads text numbers (TW I) and real numbers (TW IV) the same way", async () => {
    const { out } = await run(["inspect", SAMPLE, "--json"]);
    const { sheets } = JSON.parse(out);
    const firstProgram = (s: { tujuan: { sasaran: { program: { pagu: number }[] }[] }[] }) =>
      s.tujuan[0].sasaran[0].program[0];
    expect(typeof firstProgram(sheets[0]).pagu).toBe("number");
    expect(typeof firstProgram(sheets[1]).pagu).toBe("number");
  });

  it("prints a readable tree with Indonesian numbers, and honours --sheet", async () => {
    const { code, out } = await run(["inspect", SAMPLE, "--sheet", "tw i 2022"]);
    expect(code).toBe(0);
    expect(out).toContain('Lembar "TW I 2022" (s/d Triwulan I, tahun 2022)');
    expect(out).not.toContain("TW IV 2022");
    expect(out).toMatch(/\d+ tujuan, \d+ sasaran, \d+ indikator, \d+ program, \d+ kegiatan, \d+ sub kegiatan/);
    expect(out).toContain("PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL: pagu Rp 55.599.900");
    expect(out).toContain("0,39%");
  });

  it("says which sheets exist when --sheet names none of them", async () => {
    const { code, err } = await run(["inspect", SAMPLE, "--sheet", "TW II 2022"]);
    expect(code).toBe(2);
    expect(err).toBe('Lembar "TW II 2022" tidak ada. Lembar yang ada: "TW I 2022", "TW IV 2022"');
  });

  it("says a chart sheet named by --sheet is one, not that it does not exist (bad34 F4)", async () => {
    const file = path.join(__dirname, "..", "fixtures", "bad34", "lembar-grafik.xlsx");
    const { code, err } = await run(["validate", file, "--sheet", "Grafik"]);
    expect(code).toBe(2);
    expect(err).toBe('Lembar "Grafik" adalah lembar grafik, tanpa sel yang dapat dibaca. Lembar tabel: "Data"');
  });
});

describe("lkjip validate", () => {
  it("with --json, says why a file could not be read as JSON too (stdout), besides the line on stderr", async () => {
    const { code, out, err } = await run(["validate", "tidak-ada.xlsx", "--json"]);
    expect(code).toBe(2);
    expect(err).toBe(`Berkas tidak ditemukan: ${path.join(tmp.dir, "tidak-ada.xlsx")}`);
    expect(JSON.parse(out)).toEqual({ error: { message: err, exitCode: 2 } });
    // Without --json, stdout stays empty.
    expect((await run(["validate", "tidak-ada.xlsx"])).out).toBe("");
  });

  it("exits 1 with findings at cells, as JSON", async () => {
    const { code, out } = await run(["validate", SAMPLE, "--json"]);
    expect(code).toBe(1);
    const { findings } = JSON.parse(out);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      // Issue 8 adds messageKey, params, row, level and name after the fields the contract already had.
      expect(Object.keys(f)).toEqual([
        "rule",
        "severity",
        "sheet",
        "cell",
        "expected",
        "actual",
        "message",
        "messageKey",
        "params",
        "row",
        "level",
        "name",
      ]);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.row).toBe(Number(/\d+$/.exec(f.cell)![0]));
      expect(typeof f.messageKey).toBe("string");
      expect(f.messageKey.startsWith(f.rule)).toBe(true);
    }
    const errors = findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    // Seed: in Triwulan IV a kegiatan pagu of 246.174.400 sits over sub kegiatan that add up to 250.634.400.
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "pagu-vs-children",
        sheet: "TW IV 2022",
        expected: 250634400,
        actual: 246174400,
      }),
    );
    // Each finding names the row it is about, so that grouping never parses messages.
    expect(findings).toContainEqual({
      rule: "pagu-vs-children",
      severity: "error",
      sheet: "TW IV 2022",
      cell: "N22",
      expected: 250634400,
      actual: 246174400,
      message:
        "Pagu kegiatan di N22 (Rp 246.174.400) tidak sama dengan jumlah pagu sub kegiatan di bawahnya (Rp 250.634.400); selisih Rp 4.460.000.",
      messageKey: "pagu-vs-children",
      params: {
        tingkat: "kegiatan",
        cell: "N22",
        tingkatAnak: "subKegiatan",
        jumlah: 250634400,
        pagu: 246174400,
        selisih: 4460000,
      },
      row: 22,
      level: "kegiatan",
      name: expect.stringMatching(/^Pelayanan Perizinan dan Non Perizinan/),
    });
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: "missing-name", cell: "M39", row: 39, level: "subKegiatan", name: null }),
    );
  });

  it("groups the findings by severity with counts, as text", async () => {
    const { code, out } = await run(["validate", SAMPLE]);
    expect(code).toBe(1);
    expect(out).toMatch(/^Pemeriksaan "TW I 2022", "TW IV 2022": \d+ kesalahan, \d+ peringatan, \d+ info/);
    expect(out).toMatch(/^KESALAHAN \(\d+\)$/m);
    expect(out).toMatch(/^ {2}TW IV 2022![A-Z]+\d+ {2}\[pagu-vs-children\] {2}\S/m);
  });
});

describe("lkjip generate", () => {
  it("writes a copy with the LKjIP sheets and leaves the user's sheets and the input untouched", async () => {
    const dir = subdir("generate");
    const input = await sampleWithUserFormulas(dir);
    const before = readFileSync(input);
    const { code, out, err } = await run(["generate", input], dir);
    expect(err).toBe("");
    expect(code).toBe(0);

    const output = path.join(dir, "dengan-rekap-lkjip.xlsx");
    expect(out).toContain(`Hasil: ${output}`);
    expect(out).toMatch(/^Pemeriksaan: \d+ kesalahan, \d+ peringatan, \d+ info$/m);
    expect(out).toContain(
      'Sumber tabel LKjIP: lembar "TW IV 2022" (Pengukuran Kinerja, s/d Triwulan IV tahun 2022); lembar lain ' +
        '("TW I 2022") dapat dipilih dengan --sheet',
    );
    // Filled in the result, read from the result: the command says which file (cli42 D2).
    expect(out).toContain(
      `Lembar "Data Pendukung" dibuat di ${output}: isi polaritas, realisasi tahun lalu, target akhir Renstra dan ` +
        `analisis di sana, simpan, lalu jalankan generate pada berkas itu: lkjip generate "${output}" -o "${output}".`,
    );
    expect(readFileSync(input).equals(before)).toBe(true);

    const original = await loadXlsx(input);
    const result = await loadXlsx(output);
    const generated = await generatedNames(output);
    expect(generated.length).toBeGreaterThan(1);
    expect(out).toContain(`Lembar baru (${generated.length + 1}): ${generated.join(", ")}, Data Pendukung`);
    for (const name of generated) expect(result.getWorksheet(name)).toBeDefined();
    expect(generated.some((name) => hasFormula(result.getWorksheet(name)!))).toBe(true);
    expect(result.getWorksheet("Data Pendukung")).toBeDefined();

    for (const ws of original.worksheets) {
      expect(snapshot(result.getWorksheet(ws.name)!)).toEqual(snapshot(ws));
    }
    expect(snapshot(result.getWorksheet("Rekap")!).cells.C2).toMatchObject({ formula: "A2-A2", result: 0 });
  });

  it("updates only its own sheets, in place, when run again on its output", async () => {
    const dir = subdir("again");
    const input = copySample(dir);
    await run(["generate", input, "-o", "pertama.xlsx"], dir);
    const first = await loadXlsx(path.join(dir, "pertama.xlsx"));
    const { code, out } = await run(["generate", "pertama.xlsx", "-o", "kedua.xlsx"], dir);
    expect(code).toBe(0);
    const second = await loadXlsx(path.join(dir, "kedua.xlsx"));

    const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);
    expect([...names(second)].sort()).toEqual([...names(first)].sort());
    expect(new Set(names(second)).size).toBe(names(second).length);
    const firstNames = await generatedNames(path.join(dir, "pertama.xlsx"));
    expect(await generatedNames(path.join(dir, "kedua.xlsx"))).toEqual(firstNames);
    expect(names(second)).toEqual(names(first));
    expect(out).toContain(`Lembar hasil sebelumnya yang diperbarui (${firstNames.length}): ${firstNames.join(", ")}`);
    expect(out).not.toContain('Data Pendukung" dibuat');
    for (const name of ["TW I 2022", "TW IV 2022", "Data Pendukung"]) {
      expect(snapshot(second.getWorksheet(name)!)).toEqual(snapshot(first.getWorksheet(name)!));
    }
  });

  it("gives a generated sheet a suffix when a sheet of the user's already has its name", async () => {
    const dir = subdir("clash");
    await run(["generate", copySample(dir), "-o", "probe.xlsx"], dir);
    const clashing = (await generatedNames(path.join(dir, "probe.xlsx")))[0];

    const input = await sampleWithUserFormulas(dir, [clashing]);
    const { code, out } = await run(["generate", input, "-o", "hasil.xlsx"], dir);
    expect(code).toBe(0);
    const result = await loadXlsx(path.join(dir, "hasil.xlsx"));
    expect(result.getWorksheet(clashing)!.getCell("A1").value).toBe(`lembar pengguna ${clashing}`);
    expect(await generatedNames(path.join(dir, "hasil.xlsx"))).toContain(`${clashing} (2)`);
    expect(await generatedNames(path.join(dir, "hasil.xlsx"))).not.toContain(clashing);
    expect(out).toContain(`${clashing} (2)`);

    const again = await run(["generate", "hasil.xlsx", "-o", "hasil2.xlsx"], dir);
    expect(again.code).toBe(0);
    const second = await loadXlsx(path.join(dir, "hasil2.xlsx"));
    expect(second.getWorksheet(clashing)!.getCell("A1").value).toBe(`lembar pengguna ${clashing}`);
    expect(await generatedNames(path.join(dir, "hasil2.xlsx"))).toEqual(
      await generatedNames(path.join(dir, "hasil.xlsx")),
    );
  });

  it("does not overwrite an earlier result silently", async () => {
    const dir = subdir("numbered");
    const input = copySample(dir, "buku.xlsx");
    writeFileSync(path.join(dir, "buku-lkjip.xlsx"), "hasil lama");
    const { code, out } = await run(["generate", "buku.xlsx"], dir);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, "buku-lkjip.xlsx"), "utf8")).toBe("hasil lama");
    expect(out).toContain(`Berkas ${path.join(dir, "buku-lkjip.xlsx")} sudah ada dan tidak ditimpa`);
    expect(out).toContain(`Hasil: ${path.join(dir, "buku-lkjip (2).xlsx")}`);
    expect(existsSync(path.join(dir, "buku-lkjip (2).xlsx"))).toBe(true);
    expect(existsSync(input)).toBe(true);
  });
});

describe("lkjip generate from a workbook saved without calculating", () => {
  test("says the tables are incomplete until the file is calculated and saved, naming the first such cell", async () => {
    const dir = subdir("tanpa-hitung");
    const wb = await loadXlsx(SAMPLE);
    // As a program that writes formulas without computing them saves a pagu (no cached result).
    wb.getWorksheet("TW IV 2022")!.getCell("N8").value = { formula: "SUM(N9:N10)" } as ExcelJS.CellFormulaValue;
    const input = path.join(dir, "tanpa-hitung.xlsx");
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const { code, out } = await run(["generate", input]);
    expect(code).toBe(0);
    expect(out).toContain(
      'Tabel LKjIP belum lengkap: rumus di lembar "TW IV 2022" disimpan tanpa hasil hitungannya (mulai N8), ',
    );
    const { out: clean } = await run(["generate", copySample(subdir("terhitung"))]);
    expect(clean).not.toContain("Tabel LKjIP belum lengkap");
  });
});

describe("lkjip generate from a sheet that names no year", () => {
  test("says the tables write n for the year, and where to write it", async () => {
    const dir = subdir("tanpa-tahun");
    const wb = await loadXlsx(SAMPLE);
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && /TAHUN 2022/.test(cell.value))
            cell.value = cell.value.replace(/\s*TAHUN 2022/, "");
        }),
      );
      ws.name = ws.name.replace(/ 2022$/, "");
    }
    const input = path.join(dir, "tanpa-tahun.xlsx");
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const { code, out } = await run(["generate", input]);
    expect(code).toBe(0);
    expect(out).toContain('Tahun laporan tidak disebut di judul lembar "TW IV" maupun di nama lembarnya');
    const { out: dated } = await run(["generate", copySample(subdir("bertahun"))]);
    expect(dated).not.toContain("Tahun laporan tidak disebut");
  });
});

describe("lkjip generate, choices of the user", () => {
  it("builds from the sheet --sheet names and says it is not year-end", async () => {
    const dir = subdir("sheet");
    const { code, out } = await run(["generate", copySample(dir), "--sheet", "TW I 2022", "-o", "tw1.xlsx"], dir);
    expect(code).toBe(0);
    expect(out).toContain(
      'Sumber tabel LKjIP: lembar "TW I 2022" (Pengukuran Kinerja, s/d Triwulan I tahun 2022) (belum Triwulan IV',
    );
    expect(out).toMatch(/^Pemeriksaan: \d+ kesalahan/m);
    expect(out).not.toContain("TW IV 2022!");
  });

  it("writes the Hasil Pemeriksaan sheet in English with --lang en, and refuses a language it does not know", async () => {
    const dir = subdir("lang");
    const input = copySample(dir);
    const { code } = await run(["generate", input, "--lang", "en", "-o", "en.xlsx"], dir);
    expect(code).toBe(0);
    const ws = (await loadXlsx(path.join(dir, "en.xlsx"))).getWorksheet("Hasil Pemeriksaan")!;
    expect(ws.getCell("A1").value).toBe("CHECK RESULTS");
    expect(ws.getRow(7).values).toContain("Severity");
    expect(ws.autoFilter).toBeDefined();

    const wrong = await run(["generate", input, "--lang", "jv"], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe('Bahasa "jv" untuk --lang tidak dikenal: pilih id (Bahasa Indonesia) atau en (English).');
    expect((await run(["validate", input, "--lang", "en"], dir)).err).toBe(
      "Opsi tidak dikenal untuk validate: --lang. Lihat: lkjip --help",
    );
  });

  it("says when -o names a file that was there before", async () => {
    const dir = subdir("replaced");
    copySample(dir, "buku.xlsx");
    writeFileSync(path.join(dir, "laporan.xlsx"), "berkas lain");
    const { code, out } = await run(["generate", "buku.xlsx", "-o", "laporan.xlsx"], dir);
    expect(code).toBe(0);
    expect(out).toContain(`Berkas ${path.join(dir, "laporan.xlsx")} yang sudah ada ditimpa dengan hasil ini (-o).`);
    // Another file of the officer's, perhaps named by a slip: its content is kept beside the result.
    const copy = path.join(dir, "laporan (sebelumnya).xlsx");
    expect(out).toContain(`Isi lama berkas itu disimpan dulu sebagai ${copy};`);
    expect(readFileSync(copy, "utf8")).toBe("berkas lain");
  });

  it("-o naming a folder is told to name a file in it; a lock file given as the workbook is named as one", async () => {
    const dir = subdir("folder");
    copySample(dir, "buku.xlsx");
    mkdirSync(path.join(dir, "hasil"));
    for (const o of ["hasil", "hasil/"]) {
      const { code, err } = await run(["generate", "buku.xlsx", "-o", o], dir);
      expect(code).toBe(2);
      expect(err).toBe(
        `-o menyebut folder ${path.join(dir, "hasil")}: sebutkan nama berkasnya di dalamnya, mis. -o "${path.join(dir, "hasil", "buku-lkjip.xlsx")}".`,
      );
    }
    writeFileSync(path.join(dir, "~$buku.xlsx"), "Budi Santoso");
    const lock = await run(["validate", "~$buku.xlsx"], dir);
    expect(lock.code).toBe(2);
    expect(lock.err).toMatch(
      /^Berkas ~\$buku\.xlsx adalah berkas kunci yang dibuat Excel atau LibreOffice selama buku kerja buku\.xlsx terbuka/,
    );
  });

  it("keeps a copy of an earlier result that -o replaces, with what the officer filled in it", async () => {
    const dir = subdir("rerun");
    copySample(dir, "buku.xlsx");
    expect((await run(["generate", "buku.xlsx", "-o", "laporan.xlsx"], dir)).code).toBe(0);
    // The same command again, nothing filled in: the same result, no copy.
    const again = await run(["generate", "buku.xlsx", "-o", "laporan.xlsx"], dir);
    expect(again.out).not.toContain("sebelumnya");
    expect(existsSync(path.join(dir, "laporan (sebelumnya).xlsx"))).toBe(false);
    const filled = await loadXlsx(path.join(dir, "laporan.xlsx"));
    filled.getWorksheet("Data Pendukung")!.getCell("C5").value = 15_000_000_000;
    await filled.xlsx.writeFile(path.join(dir, "laporan.xlsx"));
    for (const copy of ["laporan (sebelumnya).xlsx", "laporan (sebelumnya 2).xlsx"]) {
      const { code, out } = await run(["generate", "buku.xlsx", "-o", "laporan.xlsx"], dir);
      expect(code).toBe(0);
      expect(out).toContain(`salinannya disimpan dulu sebagai ${path.join(dir, copy)}`);
      const kept = await loadXlsx(path.join(dir, copy));
      expect(kept.getWorksheet("Data Pendukung")!.getCell("C5").value).toBe(15_000_000_000);
      // The result itself is the new one, made from buku.xlsx.
      const result = await loadXlsx(path.join(dir, "laporan.xlsx"));
      expect(result.getWorksheet("Data Pendukung")!.getCell("C5").value).not.toBe(15_000_000_000);
      // Filled again, as an officer who ran the command twice by mistake would have.
      result.getWorksheet("Data Pendukung")!.getCell("C5").value = 15_000_000_000;
      await result.xlsx.writeFile(path.join(dir, "laporan.xlsx"));
    }
  });

  it("builds from a visible sheet, as the task pane does, and names a hidden one of a later period it passed over", async () => {
    const dir = subdir("hidden");
    const wb = await loadXlsx(copySample(dir, "buku.xlsx"));
    wb.getWorksheet("TW IV 2022")!.state = "hidden";
    await wb.xlsx.writeFile(path.join(dir, "buku.xlsx"));
    const { code, out } = await run(["generate", "buku.xlsx"], dir);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^Sumber tabel LKjIP: lembar "TW I 2022" .*; lembar tersembunyi "TW IV 2022" memuat periode yang lebih baru, tetapi tidak dipakai karena tersembunyi \(tampilkan lembarnya dengan Unhide, atau pilih dengan --sheet\)$/m,
    );
    // Every table sheet hidden: the latest of them, said to be hidden.
    wb.getWorksheet("TW I 2022")!.state = "hidden";
    await wb.xlsx.writeFile(path.join(dir, "semua.xlsx"));
    const all = await run(["generate", "semua.xlsx"], dir);
    expect(all.out).toMatch(/^Sumber tabel LKjIP: lembar "TW IV 2022" .*; lembar ini tersembunyi di buku kerja/m);
    // A hidden sheet offered instead says so (pk32 F5).
    expect(all.out).toContain('lembar lain ("TW I 2022" (tersembunyi)) dapat dipilih dengan --sheet');
    const visible = await run(["generate", copySample(dir, "terlihat.xlsx")], dir);
    expect(visible.out).not.toContain("tersembunyi");
    // validate reads hidden sheets too, and says which (bad34 F5).
    const checked = await run(["validate", "semua.xlsx"], dir);
    expect(checked.out).toMatch(/^Pemeriksaan "TW I 2022" \(tersembunyi\), "TW IV 2022" \(tersembunyi\): /m);
  });

  it("finds the --sheet name however its accent was typed (composed or combining)", async () => {
    const dir = subdir("nfd");
    const wb = await loadXlsx(copySample(dir, "buku.xlsx"));
    wb.getWorksheet("TW IV 2022")!.name = "Kine\u0301rja TW IV";
    await wb.xlsx.writeFile(path.join(dir, "buku.xlsx"));
    const { code, out, err } = await run(["validate", "buku.xlsx", "--sheet", "Kin\u00e9rja TW IV"], dir);
    expect(err).toBe("");
    expect(code).toBe(1);
    expect(out).toContain('Pemeriksaan "Kine\u0301rja TW IV":');
    expect((await run(["generate", "buku.xlsx", "--sheet", "KIN\u00c9RJA TW IV"], dir)).code).toBe(0);
  });

  it("--final says how many errors the source sheet still has, since the final report marks none of them", async () => {
    const dir = subdir("final");
    copySample(dir, "buku.xlsx");
    const { code, out } = await run(["generate", "buku.xlsx", "--final"], dir);
    expect(code).toBe(0);
    expect(out).toMatch(/Laporan akhir \(--final\) dibuat, tetapi lembar "TW IV 2022" masih memuat \d+ kesalahan/);
    expect(out).not.toContain("bertanda * (draf)");
    const draft = await run(["generate", "buku.xlsx"], dir);
    expect(draft.out).not.toContain("Laporan akhir (--final)");
  });

  it("writes over the input only when -o names it", async () => {
    const dir = subdir("inplace");
    const input = copySample(dir, "buku.xlsx");
    const { code, out } = await run(["generate", "buku.xlsx", "-o", "buku.xlsx"], dir);
    expect(code).toBe(0);
    expect(out).toContain("Buku kerja buku.xlsx diperbarui: lembar Anda tetap");
    expect(out).not.toContain("ditimpa");
    expect((await generatedNames(input)).length).toBeGreaterThan(1);
    expect(existsSync(path.join(dir, "buku-lkjip.xlsx"))).toBe(false);
  });

  it("does not write over a save the officer made while it ran: the result goes beside it", async () => {
    const dir = subdir("saved-meanwhile");
    const input = copySample(dir, "buku.xlsx");
    const io = memoryIo(dir);
    const saved = Buffer.concat([readFileSync(input), Buffer.from("disimpan")]);
    // The officer's Excel saves the workbook while the tables are being written.
    io.progress = (t) => {
      if (t === "Menulis…") writeFileSync(input, saved);
    };
    expect(await runCli(["generate", "buku.xlsx", "-o", "buku.xlsx"], io)).toBe(0);
    expect(readFileSync(input).equals(saved)).toBe(true);
    const beside = path.join(dir, "buku-lkjip.xlsx");
    expect((await generatedNames(beside)).length).toBeGreaterThan(1);
    expect(io.text()).toContain(`Buku kerja buku.xlsx disimpan lagi selama generate berjalan, jadi tidak ditimpa`);
    expect(io.text()).not.toContain("diperbarui: lembar Anda tetap");
  });

  it.each([".~lock.buku.xlsx#", "~$buku.xlsx"])(
    "does not write into a workbook open in LibreOffice or Excel (%s beside it): the result goes beside it",
    async (lock) => {
      const dir = subdir(`open-${lock.startsWith(".") ? "lo" : "excel"}`);
      const input = copySample(dir, "buku.xlsx");
      const before = readFileSync(input);
      writeFileSync(path.join(dir, lock), "Petugas,pc");
      const { code, out } = await run(["generate", "buku.xlsx", "-o", "buku.xlsx"], dir);
      expect(code).toBe(0);
      expect(readFileSync(input).equals(before)).toBe(true);
      expect((await generatedNames(path.join(dir, "buku-lkjip.xlsx"))).length).toBeGreaterThan(1);
      expect(out).toContain(`Buku kerja buku.xlsx sedang dibuka di Excel atau LibreOffice (ada berkas kunci ${lock}`);
      expect(out).not.toContain("diperbarui: lembar Anda tetap");
    },
  );

  it("refuses to replace another workbook named by -o that is open in Excel: it stays, and no copy is left (cli42 D1)", async () => {
    const dir = subdir("open-target");
    copySample(dir, "buku.xlsx");
    writeFileSync(path.join(dir, "laporan.xlsx"), "berkas yang sedang dibuka");
    writeFileSync(path.join(dir, "~$laporan.xlsx"), "Petugas,pc");
    const { code, err } = await run(["generate", "buku.xlsx", "-o", "laporan.xlsx"], dir);
    expect(code).toBe(2);
    expect(err).toContain("sedang dibuka di Excel atau LibreOffice (ada berkas kunci ~$laporan.xlsx");
    expect(readFileSync(path.join(dir, "laporan.xlsx"), "utf8")).toBe("berkas yang sedang dibuka");
    expect(existsSync(path.join(dir, "laporan (sebelumnya).xlsx"))).toBe(false);
  });

  it("a write refused leaves no copy of the file it would have replaced (cli42 D3)", async () => {
    const dir = subdir("refused-write");
    copySample(dir, "buku.xlsx");
    const target = path.join(dir, "laporan.xlsx");
    writeFileSync(target, "hasil lama");
    chmodSync(target, 0o444);
    const { code, err } = await run(["generate", "buku.xlsx", "-o", "laporan.xlsx"], dir);
    expect(code).toBe(2);
    expect(err).toContain("hanya-baca");
    expect(readFileSync(target, "utf8")).toBe("hasil lama");
    expect(existsSync(path.join(dir, "laporan (sebelumnya).xlsx"))).toBe(false);
  });

  it("run again on the source, points to the earlier result where the officer's Data Pendukung is (cli42 D2)", async () => {
    const dir = subdir("again-on-source");
    copySample(dir, "buku.xlsx");
    expect((await run(["generate", "buku.xlsx"], dir)).code).toBe(0);
    const { code, out } = await run(["generate", "buku.xlsx"], dir);
    expect(code).toBe(0);
    const first = path.join(dir, "buku-lkjip.xlsx");
    expect(out).toContain(`Berkas ${first} sudah ada dan tidak ditimpa; hasil disimpan dengan nama baru.`);
    expect(out).toContain(
      `jalankan generate pada berkas itu agar isian Anda dipakai: lkjip generate "${first}" -o "${first}".`,
    );
    expect(out).toContain(`Hasil: ${path.join(dir, "buku-lkjip (2).xlsx")}`);
  });

  it("updates the file a symbolic link named by -o points to, and the link stays a link", async () => {
    const dir = subdir("symlink");
    const input = copySample(dir, "buku.xlsx");
    symlinkSync(input, path.join(dir, "tautan.xlsx"));
    const { code, out } = await run(["generate", "buku.xlsx", "-o", "tautan.xlsx"], dir);
    expect(code).toBe(0);
    expect(out).toContain("Buku kerja buku.xlsx diperbarui");
    expect(lstatSync(path.join(dir, "tautan.xlsx")).isSymbolicLink()).toBe(true);
    expect((await generatedNames(input)).length).toBeGreaterThan(1);
  });
});

describe("a workbook without a Pengukuran Kinerja table", () => {
  it("exits 2 naming the header words not found, per sheet", async () => {
    const file = path.join(tmp.dir, "tanpa-tabel.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").addRows([["Rapat koordinasi"], ["Tanggal", "Peserta"]]);
    wb.addWorksheet("Anggaran").addRows([["PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU"]]);
    await wb.xlsx.writeFile(file);
    for (const command of ["inspect", "validate", "generate"]) {
      const { code, err } = await run([command, file]);
      expect(code).toBe(2);
      const lines = err.split("\n");
      expect(lines[0]).toBe(`Tidak ada tabel Pengukuran Kinerja atau Evaluasi Renja di ${file}.`);
      expect(lines.find((l) => l.includes('Lembar "Catatan"'))).toMatch(
        /SASARAN STRATEGIS.*PAGU|PAGU.*SASARAN STRATEGIS/,
      );
      expect(lines.find((l) => l.includes('Lembar "Anggaran"'))).toMatch(/SASARAN STRATEGIS/);
      expect(lines.find((l) => l.includes('Lembar "Anggaran"'))).not.toMatch(/\bPAGU\b/);
      expect(lines.find((l) => l.includes('Lembar "Catatan"'))).toMatch(
        /Pengukuran Kinerja: .*PAGU.*; Evaluasi Renja: .*TARGET KINERJA DAN ANGGARAN RENJA/,
      );
    }
    expect(existsSync(path.join(tmp.dir, "tanpa-tabel-lkjip.xlsx"))).toBe(false);
  });
});

describe("the command line itself", () => {
  it("prints usage in Bahasa Indonesia for --help, and for no arguments with the exit code of a wrong command", async () => {
    for (const args of [["--help"], ["validate", "--help"]]) {
      const { code, out } = await run(args);
      expect(code).toBe(0);
      expect(out).toMatch(/^lkjip: membaca lembar Pengukuran Kinerja/);
      expect(out).toContain("Kode keluar:");
    }
    // A script that lost its arguments fails instead of passing.
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.out).toBe("");
    expect(none.err).toMatch(/^lkjip: membaca lembar Pengukuran Kinerja/);
  });

  it("rejects an unknown command or flag in one line with exit 2", async () => {
    const unknown = await run(["periksa", SAMPLE]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      "Perintah tidak dikenal: periksa. Perintah yang ada: inspect, validate, generate. Lihat: lkjip --help",
    );
    // With --json a program gets JSON; an option before the command is said to go after it.
    const json = await run(["periksa", SAMPLE, "--json"]);
    expect(JSON.parse(json.out)).toEqual({ error: { message: unknown.err, exitCode: 2 } });
    const before = await run(["--json", "validate", SAMPLE]);
    expect(before.code).toBe(2);
    expect(before.err).toBe("Perintah ditulis dulu, opsinya sesudah: lkjip validate … --json. Lihat: lkjip --help");
    const flag = await run(["inspect", SAMPLE, "--verbose"]);
    expect(flag.code).toBe(2);
    expect(flag.err).toBe("Opsi tidak dikenal untuk inspect: --verbose. Lihat: lkjip --help");
  });

  it("reports an unreadable file in one line with exit 2", async () => {
    const { code, err, out } = await run(["validate", "tidak-ada.xlsx"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`Berkas tidak ditemukan: ${path.join(tmp.dir, "tidak-ada.xlsx")}`);
  });

  it("turns an unexpected exception into one line, with the stack only when debugging", async () => {
    const io = memoryIo(tmp.dir);
    io.out = () => {
      throw new Error("stdout tertutup\nbaris kedua");
    };
    expect(await runCli(["inspect", SAMPLE], io)).toBe(2);
    expect(io.stderr).toEqual(["Terjadi kesalahan tak terduga: stdout tertutup"]);

    const debug = memoryIo(tmp.dir);
    debug.debug = true;
    debug.out = io.out;
    expect(await runCli(["inspect", SAMPLE], debug)).toBe(2);
    expect(debug.stderr[1]).toMatch(/at /);
  });

  it("shows progress through the progress channel only", async () => {
    const { io } = await run(["validate", SAMPLE]);
    expect(io.progressLines[0]).toMatch(/^Membaca /);
    expect(io.progressLines).toContain("Memeriksa…");
    expect(io.stdout.join("\n")).not.toContain("Membaca");
  });
});
