/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW1, TW4 } from "./fixtures";
import { memoryPort } from "./memoryPort";
import { choose, loaded, openStep, renderPane } from "./render";


const workbook = () => [sheetGrid("TW I"), sheetGrid("TW IV")];

function group(name: string) {
  return screen.getByRole("list", { name });
}

describe("Periksa", () => {
  it("groups findings by severity with their counts", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([TW1, TW4]));
    await loaded();
    openStep("Periksa");
    const status = screen.getByRole("status");
    expect(within(status).getByText("3 kesalahan")).toBeTruthy();
    expect(within(status).getByText("1 peringatan")).toBeTruthy();
    expect(within(status).getByText("1 info")).toBeTruthy();
    expect(within(group("Kesalahan")).getAllByRole("listitem")).toHaveLength(3);
    expect(within(group("Peringatan")).getAllByRole("listitem")).toHaveLength(1);
    expect(within(group("Info")).getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByRole("button", { name: /Kesalahan\s*3/ })).toBeTruthy();
  });

  it("shows each finding's cell, message, expected and actual", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    const item = within(group("Kesalahan")).getAllByRole("listitem")[0];
    expect(item.textContent).toContain('Lembar "TW IV", sel N20');
    expect(item.textContent).toContain("tidak sama dengan jumlah sub kegiatannya");
    expect(item.textContent).toContain("Seharusnya: 250.634.400");
    expect(item.textContent).toContain("Tertulis: 246.174.400");
  });

  it("narrows the list to the rule picked", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    const filter = screen.getByRole("combobox", { name: "Saring menurut aturan" });
    fireEvent.click(filter);
    const options = within(screen.getByRole("listbox")).getAllByRole("option").map((o) => o.textContent);
    expect(options).toEqual([
      "Semua aturan",
      "Pagu tidak sama dengan jumlah rinciannya (1)",
      "Realisasi melebihi pagu (1)",
      "Anggaran kas TW I–IV tidak sama dengan pagu (1)",
      "Capaian anggaran tidak sesuai hitungan (1)",
      "Tingkat baris tidak pasti (1)",
    ]);
    fireEvent.click(screen.getByRole("option", { name: "Realisasi melebihi pagu (1)" }));

    await waitFor(() => expect(screen.getByText("1 dari 5 temuan ditampilkan")).toBeTruthy());
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain("sel S12");
    expect(screen.queryByRole("list", { name: "Peringatan" })).toBeNull();

    choose(screen.getByRole("combobox", { name: "Saring menurut aturan" }), "Semua aturan");
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(5));
  });

  it("selects the finding's cell in Excel when it is clicked", async () => {
    const port = memoryPort(workbook());
    renderPane(port, fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    fireEvent.click(screen.getByRole("button", { name: /Capaian anggaran di T14/ }));
    await waitFor(() => expect(port.selected).toEqual([{ sheet: "TW IV", cell: "T14" }]));
  });

  it("names the sheet and cell instead when the workbook is a file", async () => {
    renderPane(memoryPort(workbook(), { mode: "file" }), fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    expect(screen.queryByRole("button", { name: /Capaian anggaran di T14/ })).toBeNull();
    expect(screen.getByText('Lembar "TW IV", sel T14')).toBeTruthy();
  });

  it("shows an error when Excel cannot select the cell", async () => {
    const port = memoryPort(workbook());
    port.selectCell = async () => {
      throw new Error("Lembar TW IV terkunci.");
    };
    renderPane(port, fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    fireEvent.click(screen.getByRole("button", { name: /Realisasi di S12/ }));
    expect(await screen.findByText("Lembar TW IV terkunci.")).toBeTruthy();
  });

  it("says so when the recognised sheets have no findings", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([TW1]));
    await loaded();
    openStep("Periksa");
    expect(screen.getByText("Tidak ada temuan: angka-angka sesuai.")).toBeTruthy();
  });
});
