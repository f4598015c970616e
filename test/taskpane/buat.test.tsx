/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW1, TW4 } from "./fixtures";
import { memoryPort } from "./memoryPort";
import { loaded, openStep, renderPane } from "./render";

const workbook = () => [sheetGrid("TW I"), sheetGrid("TW IV")];

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

async function startGenerate() {
  await loaded();
  openStep("Buat tabel LKjIP");
  // The run starts awaiting the port at once; act keeps those first updates inside React's test scope.
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
  });
}

describe("Buat tabel LKjIP", () => {
  it("shows progress through the phases, then the sheets written as links", async () => {
    const reading = deferred();
    const writing = deferred();
    const port = memoryPort(workbook(), { readGate: reading.promise, writeGate: writing.promise });
    const engine = fakeEngine([TW1, TW4]);
    const generate = engine.generate;
    let shownWhileChecking = "";
    engine.generate = (grids, options) => {
      shownWhileChecking =
        screen.getByRole("progressbar", { name: "Kemajuan" }).closest("[aria-live=polite]")?.textContent ?? "";
      return generate(grids, options);
    };
    renderPane(port, engine);
    openStep("Buat tabel LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });

    // The pane's own first read is still waiting at the gate, like the generate run's.
    expect(screen.getByText("Membaca… (0 dari 2)")).toBeTruthy();
    const bar = screen.getByRole("progressbar", { name: "Kemajuan" });
    expect(bar.closest("[aria-live=polite]")).not.toBeNull();
    expect(Number(bar.getAttribute("aria-valuenow"))).toBe(0);
    expect(screen.getByRole("button", { name: "Buat tabel LKjIP" }).hasAttribute("disabled")).toBe(true);

    await act(async () => reading.release());
    await waitFor(() => expect(screen.getByText("Menulis… (0 dari 3)")).toBeTruthy());
    expect(shownWhileChecking).toContain("Memeriksa…");
    expect(Number(screen.getByRole("progressbar", { name: "Kemajuan" }).getAttribute("aria-valuenow"))).toBeCloseTo(
      2 / 3,
    );

    await act(async () => writing.release());
    await screen.findByText("Selesai: 3 lembar ditulis.");
    expect(screen.queryByRole("progressbar")).toBeNull();
    const written = screen.getByRole("region", { name: "Lembar yang ditulis" });
    expect(within(written).getByText('Sumber: lembar "TW IV", s/d triwulan IV tahun 2022.')).toBeTruthy();
    const links = within(written)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(links).toEqual(["Tabel 2.2 PK", "Tabel 3.2 Anggaran", "Data Pendukung"]);
    expect(port.written[0].names).toEqual(["Tabel 2.2 PK", "Tabel 3.2 Anggaran", "Data Pendukung"]);

    fireEvent.click(within(written).getByRole("button", { name: "Tabel 3.2 Anggaran" }));
    await waitFor(() => expect(port.activated).toEqual(["Tabel 3.2 Anggaran"]));
  });

  it("asks to fill Data Pendukung when it was created, and not once it exists", async () => {
    const port = memoryPort(workbook());
    renderPane(port, fakeEngine([TW4]));
    await startGenerate();
    const title = await screen.findByText("Isi Data Pendukung");
    expect(title.closest(".fui-MessageBar")?.textContent).toContain('Lembar "Data Pendukung" dibuat');

    fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    await waitFor(() => expect(port.written).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText("Isi Data Pendukung")).toBeNull());
    expect(port.written[1].names).toEqual(["Tabel 2.2 PK", "Tabel 3.2 Anggaran"]);
  });

  it("lists where each table went when a sheet the officer edited was kept", async () => {
    const port = memoryPort(workbook());
    renderPane(port, fakeEngine([TW4]));
    await startGenerate();
    await screen.findByText("Selesai: 3 lembar ditulis.");
    port.sheets.get("Tabel 3.2 Anggaran")!.cells[1] = [{ value: "catatan petugas" }];

    fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    await waitFor(() => expect(port.written).toHaveLength(2));
    expect(port.written[1].report.kept).toEqual(["Tabel 3.2 Anggaran"]);
    const written = await screen.findByRole("region", { name: "Lembar yang ditulis" });
    await waitFor(() =>
      expect(
        within(written)
          .getAllByRole("button")
          .map((b) => b.textContent),
      ).toEqual(["Tabel 2.2 PK", "Tabel 3.2 Anggaran (2)"]),
    );
  });

  it("builds from the sheet picked in Kenali and with the saved column corrections", async () => {
    const settings = { "columns:TW I": JSON.stringify({ kode: 12 }) };
    const engine = fakeEngine([TW1, TW4]);
    renderPane(memoryPort(workbook(), { settings }), engine);
    await loaded();
    fireEvent.click(screen.getByRole("combobox", { name: "Lembar yang dibaca" }));
    fireEvent.click(screen.getByRole("option", { name: "TW I" }));
    openStep("Buat tabel LKjIP");
    fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    await screen.findByText(/Sumber: lembar "TW I"/);
    expect(engine.generateCalls).toEqual([{ sheet: "TW I", columns: { "TW I": { kode: 12 } } }]);
  });

  it("names the written sheets without links when the workbook is a file", async () => {
    renderPane(memoryPort(workbook(), { mode: "file" }), fakeEngine([TW4]));
    await startGenerate();
    const written = await screen.findByRole("region", { name: "Lembar yang ditulis" });
    expect(within(written).queryAllByRole("button")).toHaveLength(0);
    expect(within(written).getByText("Tabel 2.2 PK")).toBeTruthy();
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
    const title = await screen.findAllByText("Tabel Pengukuran Kinerja atau Evaluasi Renja tidak ditemukan");
    const bar = title[title.length - 1].closest(".fui-MessageBar");
    expect(bar?.textContent).toContain('Lembar "Lembar1": judul kolom tidak ditemukan: SASARAN, PAGU.');
    expect(port.written).toHaveLength(0);
  });
});
