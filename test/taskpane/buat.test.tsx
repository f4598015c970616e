/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW1, TW4, TW4_FINDINGS } from "./fixtures";
import { memoryPort } from "./memoryPort";
import { loaded, openStep, renderPane, stepButton } from "./render";

const workbook = () => [sheetGrid("TW I"), sheetGrid("TW IV")];

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

async function generate(name = "Buat tabel LKjIP") {
  // The run starts awaiting the port at once; act keeps those first updates inside React's test scope.
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

async function startGenerate() {
  await loaded();
  openStep("Buat LKjIP");
  await generate();
}

/** The written sheets as the summary lists them: name and status word. */
function writtenList(): string[] {
  const region = screen.getByRole("region", { name: "Lembar yang ditulis" });
  return within(region)
    .getAllByRole("listitem")
    .map((li) => li.textContent?.replace(/\s+/g, " ").trim() ?? "");
}

describe("Buat tabel LKjIP", () => {
  it("announces progress in a live region that is there before the run, then focuses the result", async () => {
    const reading = deferred();
    const writing = deferred();
    const port = memoryPort(workbook(), { readGate: reading.promise, writeGate: writing.promise });
    const engine = fakeEngine([TW1, TW4]);
    renderPane(port, engine);
    openStep("Buat LKjIP");
    const live = screen.getByRole("status");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toBe("");
    await generate();

    // The pane's own first read is still waiting at the gate, like the generate run's.
    expect(within(live).getByText("Membaca… (0 dari 2)")).toBeTruthy();
    expect(Number(within(live).getByRole("progressbar", { name: "Kemajuan" }).getAttribute("aria-valuenow"))).toBe(0);
    // Disabled but focusable while it runs: pressed with the keyboard, the focus stays on it.
    const generateButton = screen.getByRole("button", { name: "Buat tabel LKjIP" });
    expect(generateButton.getAttribute("aria-disabled")).toBe("true");
    expect(generateButton.hasAttribute("disabled")).toBe(false);

    await act(async () => reading.release());
    await waitFor(() => expect(within(live).getByText("Menulis… (0 dari 3)")).toBeTruthy());
    await act(async () => writing.release());
    const done = await screen.findByRole("heading", { name: "Selesai: 3 lembar ditulis." });
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText('Sumber: lembar "TW IV", triwulan IV, tahun 2022.')).toBeTruthy();
    expect(writtenList()).toEqual(["Tabel 2.2 PK (baru)", "Tabel 3.2 Anggaran (baru)", "Data Pendukung (baru)"]);

    // Excel: the step's one primary action now opens the first table.
    expect(screen.getByRole("button", { name: "Buat ulang" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Buka lembar" }));
    await waitFor(() => expect(port.activated).toEqual(["Tabel 2.2 PK"]));
    fireEvent.click(screen.getByRole("button", { name: 'Buka lembar "Tabel 3.2 Anggaran"' }));
    await waitFor(() => expect(port.activated).toEqual(["Tabel 2.2 PK", "Tabel 3.2 Anggaran"]));
  });

  it("is started from Periksa and shows its result in Buat", async () => {
    const port = memoryPort(workbook());
    renderPane(port, fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    await generate();
    const done = await screen.findByRole("heading", { name: "Selesai: 3 lembar ditulis." });
    expect(stepButton("Buat LKjIP").getAttribute("aria-current")).toBe("step");
    await waitFor(() => expect(document.activeElement).toBe(done));
  });

  it("says before and after how many errors the source holds, with a link back to Periksa", async () => {
    renderPane(
      memoryPort(workbook()),
      fakeEngine([{ ...TW1, findings: [{ ...TW4_FINDINGS[0], sheet: "TW I" }] }, TW4]),
    );
    await loaded();
    openStep("Buat LKjIP");
    expect(
      screen.getByText(/^Lembar sumber "TW IV" masih memuat 3 kesalahan\. Tabel LKjIP memuat angkanya apa adanya\./),
    ).toBeTruthy();
    await generate();
    await screen.findByText(/^Tabel dibuat dari "TW IV", yang masih memuat 3 kesalahan/);
    const links = screen.getAllByRole("button", { name: "Lihat di Periksa" });
    expect(links).toHaveLength(2);
    fireEvent.click(links[1]);
    expect(stepButton("Periksa").getAttribute("aria-current")).toBe("step");
    expect(screen.getByRole("combobox", { name: "Saring menurut lembar" }).textContent).toBe("TW IV");
  });

  it("a kept sheet about another sasaran than its table now is names both sasaran, not 'its new version'", async () => {
    const port = memoryPort(workbook());
    const engine = fakeEngine([TW4]);
    engine.subjects.set("Tabel 3.2 Anggaran", "Meningkatnya kualitas gizi");
    renderPane(port, engine);
    await startGenerate();
    await screen.findByText("Selesai: 3 lembar ditulis.");
    port.sheets.get("Tabel 3.2 Anggaran")!.cells[1] = [{ value: "catatan petugas" }];
    // The sasaran was dropped: the table of that number is now about the next one.
    engine.subjects.set("Tabel 3.2 Anggaran", "Meningkatnya penempatan tenaga kerja");

    await generate("Buat ulang");
    await waitFor(() => expect(port.written).toHaveLength(2));
    expect(screen.getByRole("region", { name: "Dibiarkan apa adanya" }).textContent).toContain(
      '"Tabel 3.2 Anggaran" Anda sunting, jadi dibiarkan apa adanya (sasaran "Meningkatnya kualitas gizi"); tabel itu ' +
        'kini memuat sasaran "Meningkatnya penempatan tenaga kerja" dan ditulis ke "Tabel 3.2 Anggaran (2)".',
    );
  });

  it("lists new, replaced and kept-because-edited sheets, and replaces a kept one on purpose", async () => {
    const port = memoryPort(workbook());
    renderPane(port, fakeEngine([TW4]));
    await startGenerate();
    await screen.findByText("Selesai: 3 lembar ditulis.");
    // Nothing was replaced on the first run: no word about formats.
    expect(screen.queryByText(/format yang hanya Anda ubah/)).toBeNull();
    port.sheets.get("Tabel 3.2 Anggaran")!.cells[1] = [{ value: "catatan petugas" }];

    await generate("Buat ulang");
    await waitFor(() => expect(port.written).toHaveLength(2));
    await screen.findByText("Selesai: 2 lembar ditulis.");
    expect(writtenList()).toEqual(["Tabel 2.2 PK (diganti)", "Tabel 3.2 Anggaran (2) (baru)"]);
    // A replaced sheet is written again, formats too: said, since a change of format alone is not an edit.
    expect(
      screen.getByText(/format yang hanya Anda ubah di sana \(warna, huruf tebal, lebar kolom\) tidak disimpan/),
    ).toBeTruthy();
    expect(screen.queryByText(/Pengaturan cetak yang Anda beri/)).toBeNull();
    const kept = screen.getByRole("region", { name: "Dibiarkan apa adanya" });
    expect(kept.textContent).toContain(
      '"Tabel 3.2 Anggaran" Anda sunting, jadi dibiarkan apa adanya; versi barunya ditulis ke "Tabel 3.2 Anggaran (2)".',
    );

    // The officer set the page of one sheet up for printing: the update keeps it, and says so.
    port.printSetBy.add("Tabel 2.2 PK");
    await act(async () => {
      fireEvent.click(within(kept).getByRole("button", { name: 'Ganti "Tabel 3.2 Anggaran" dengan versi baru' }));
    });
    await waitFor(() => expect(port.written).toHaveLength(3));
    expect(
      await screen.findByText(
        'Pengaturan cetak yang Anda beri di lembar "Tabel 2.2 PK" tetap (kertas, orientasi, skala, margin, nomor ' +
          "halaman pertama); area cetak, judul cetak dan pemisah halaman disusun ulang untuk isi yang baru.",
      ),
    ).toBeTruthy();
    expect(port.written[2].options.replaceEdited).toEqual(["Tabel 3.2 Anggaran"]);
    await waitFor(() => expect(writtenList()).toEqual(["Tabel 2.2 PK (diganti)", "Tabel 3.2 Anggaran (diganti)"]));
    // The version written beside it last time is left as it was and no longer updated: said, not left to be found.
    expect(screen.getByRole("region", { name: "Dibiarkan apa adanya" }).textContent).toBe(
      'Dibiarkan apa adanya"Tabel 3.2 Anggaran (2)" berisi versi lama tabel yang kini ditulis ke "Tabel 3.2 Anggaran", dan tidak diperbarui lagi; hapus bila tidak diperlukan.',
    );
    // The copy written beside it last time carries the same mark: a copy is never removed, it stays as it is.
    expect(port.written[2].report.removed).toEqual([]);
    expect(port.sheets.has("Tabel 3.2 Anggaran (2)")).toBe(true);
    expect(port.sheets.get("Tabel 3.2 Anggaran")!.cells[1]?.[0]?.value).not.toBe("catatan petugas");
  });

  it("says why a table went to a new name when a sheet without our mark holds its own", async () => {
    const port = memoryPort([...workbook(), sheetGrid("Tabel 2.2 PK")]);
    renderPane(port, fakeEngine([TW4]));
    await startGenerate();
    await screen.findByText("Selesai: 3 lembar ditulis.");
    expect(writtenList()).toContain("Tabel 2.2 PK (2) (baru)");
    expect(screen.getByRole("region", { name: "Dibiarkan apa adanya" }).textContent).toContain(
      'Lembar "Tabel 2.2 PK" tidak bertanda lkjip (lembar Anda, atau tandanya hilang saat disimpan aplikasi lain), jadi dibiarkan apa adanya; tabelnya ditulis ke "Tabel 2.2 PK (2)".',
    );
  });

  it("asks to fill Data Pendukung when it was created, and not once it exists", async () => {
    const port = memoryPort(workbook());
    renderPane(port, fakeEngine([TW4]));
    await startGenerate();
    const title = await screen.findByText("Isi Data Pendukung");
    expect(title.closest(".fui-MessageBar")?.textContent).toContain('Lembar "Data Pendukung" dibuat. Isi polaritas');

    await generate("Buat ulang");
    await waitFor(() => expect(port.written).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText("Isi Data Pendukung")).toBeNull());
  });

  it("reads Data Pendukung by its mark after the officer renamed it", async () => {
    const port = memoryPort(workbook());
    const engine = fakeEngine([TW4]);
    renderPane(port, engine);
    await startGenerate();
    await screen.findByText("Isi Data Pendukung");
    // The officer renames the sheet: its content and our mark go with it.
    port.sheets.set("DP Saya", { ...port.sheets.get("Data Pendukung")!, name: "DP Saya" });
    port.sheets.delete("Data Pendukung");
    port.marks.set("dp saya", port.marks.get("data pendukung")!);
    port.marks.delete("data pendukung");

    await generate("Buat ulang");
    await waitFor(() => expect(port.written).toHaveLength(2));
    expect(engine.generateCalls[1]).toMatchObject({ dataPendukungSheet: "DP Saya" });
  });

  it("on the web, explains the Data Pendukung loop in the page's words and offers no sheet to open", async () => {
    renderPane(memoryPort(workbook(), { mode: "file" }), fakeEngine([TW4]));
    await startGenerate();
    const title = await screen.findByText("Isi Data Pendukung");
    const body = title.closest(".fui-MessageBar")?.textContent ?? "";
    expect(body).toContain("Unduh hasil, isi lembar itu di Excel atau LibreOffice Calc");
    expect(body).toContain("buka berkas yang sudah diisi di halaman ini lagi");
    expect(screen.queryByRole("button", { name: "Buka lembar" })).toBeNull();
    expect(within(screen.getByRole("region", { name: "Lembar yang ditulis" })).queryAllByRole("button")).toHaveLength(
      0,
    );
    expect(screen.getByText("Unduh hasil dengan tombol Unduh hasil di atas.")).toBeTruthy();
    expect(screen.queryByText(/Urungkan/)).toBeNull();
  });

  it("warns when a sasaran sheet the officer's work refers to now holds another sasaran", async () => {
    const port = memoryPort(workbook());
    const write = port.writeSheets.bind(port);
    port.writeSheets = async (specs, options) => ({
      ...(await write(specs, options)),
      resubjected: [{ name: "LKjIP SS II", was: "Sasaran lama", now: "Sasaran baru", by: ["Rekap"] }],
    });
    renderPane(port, fakeEngine([TW4]));
    await startGenerate();
    const title = await screen.findByText("Periksa rujukan Anda");
    const body = title.closest(".fui-MessageBar")?.textContent ?? "";
    expect(body).toContain('Lembar "LKjIP SS II" kini berisi sasaran "Sasaran baru", bukan lagi "Sasaran lama"');
    expect(body).toContain('Rumus di lembar "Rekap" merujuk lembar itu');
  });

  it("builds from the source chosen in Kenali, with the saved column corrections, in the pane's language", async () => {
    const settings = { "columns:TW I": JSON.stringify({ kode: 12 }) };
    const engine = fakeEngine([TW1, TW4]);
    renderPane(memoryPort(workbook(), { settings }), engine);
    await loaded();
    fireEvent.click(screen.getByRole("radio", { name: /^TW I \(/ }));
    openStep("Buat LKjIP");
    await generate();
    await screen.findByText(/Sumber: lembar "TW I"/);
    expect(engine.generateCalls).toEqual([{ sheet: "TW I", columns: { "TW I": { kode: 12 } }, lang: "id" }]);
  });

  it("writes Hasil Pemeriksaan in English when the pane is in English", async () => {
    const engine = fakeEngine([TW4]);
    renderPane(memoryPort(workbook()), engine, "en");
    await loaded();
    openStep("Build LKjIP");
    await generate("Build the LKjIP tables");
    await screen.findByText("Done: 3 sheets written.");
    expect(engine.generateCalls.map((c) => c.lang)).toEqual(["en"]);
  });

  it("says before writing whether Excel can undo the step, and after when it could not group it", async () => {
    const port = memoryPort(workbook());
    port.undoSupport = () => "none";
    const { unmount } = renderPane(port, fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    expect(screen.getByText(/Excel ini tidak dapat membatalkan langkah ini dengan Urungkan/)).toBeTruthy();
    openStep("Buat LKjIP");
    expect(screen.getByText(/Excel ini tidak dapat membatalkan langkah ini dengan Urungkan/)).toBeTruthy();
    unmount();

    const grouped = memoryPort(workbook());
    grouped.undoSupport = () => "one-step";
    const write = grouped.writeSheets.bind(grouped);
    grouped.writeSheets = async (specs, options) => ({ ...(await write(specs, options)), undo: "none" });
    renderPane(grouped, fakeEngine([TW4]));
    await loaded();
    openStep("Buat LKjIP");
    expect(screen.getByText(/dapat dibatalkan sekaligus dengan Urungkan \(Ctrl\+Z\)/)).toBeTruthy();
    await generate();
    expect(await screen.findByText(/Penulisan kali ini tidak dapat dibatalkan sekaligus/)).toBeTruthy();
  });

  it("shows the port's error in an error message bar", async () => {
    const port = memoryPort(workbook(), {
      fail: { writeSheets: new Error("Buku kerja sedang disunting di tempat lain.") },
    });
    renderPane(port, fakeEngine([TW4]));
    await startGenerate();
    const message = await screen.findByText("Buku kerja sedang disunting di tempat lain.");
    expect(message.closest(".fui-MessageBar")?.textContent).toContain("Terjadi kesalahan");
    expect(message.closest(".fui-MessageBar")?.textContent).not.toMatch(/at \w+ \(/);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("button", { name: "Buat tabel LKjIP" }).hasAttribute("disabled")).toBe(false);
  });

  it("shows the engine's error in an error message bar", async () => {
    const engine = fakeEngine([TW4]);
    engine.generate = () => {
      throw new Error("Sel N12 berisi teks, bukan angka.");
    };
    renderPane(memoryPort(workbook()), engine);
    await startGenerate();
    expect(await screen.findByText("Sel N12 berisi teks, bukan angka.")).toBeTruthy();
  });

  it("shows the missing header words when no sheet holds a table", async () => {
    const engine = fakeEngine([], { Lembar1: ["SASARAN", "PAGU"] });
    const port = memoryPort([sheetGrid("Lembar1", 4, 4)]);
    renderPane(port, engine);
    await startGenerate();
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Tabel LKjIP" }).textContent).toContain(
        'Lembar "Lembar1": judul kolom tidak ditemukan: SASARAN, PAGU.',
      ),
    );
    expect(port.written).toHaveLength(0);
  });
});
