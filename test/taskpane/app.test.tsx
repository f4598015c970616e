/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW4 } from "./fixtures";
import { memoryPort } from "./memoryPort";
import { loaded, openStep, renderPane } from "./render";


describe("task pane", () => {
  it("shows the port's error in an error message bar instead of a blank pane", async () => {
    const error = new Error("Excel tidak dapat membaca lembar: akses ditolak.");
    error.stack = "Error: Excel tidak dapat membaca lembar\n    at readSheet (officeWorkbook.ts:12:3)";
    renderPane(memoryPort([sheetGrid("TW IV")], { fail: { readSheet: error } }), fakeEngine([TW4]));
    const message = await screen.findByText("Excel tidak dapat membaca lembar: akses ditolak.");
    const bar = message.closest(".fui-MessageBar") as HTMLElement;
    expect(bar.textContent).toContain("Terjadi kesalahan");
    expect(document.body.textContent).not.toContain("officeWorkbook.ts:12");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("LKjIP dari Pengukuran Kinerja");
  });

  it("reads the workbook again on request", async () => {
    const port = memoryPort([sheetGrid("TW IV")]);
    renderPane(port, fakeEngine([TW4]));
    await loaded();
    port.sheets.set("TW I", sheetGrid("TW I"));
    fireEvent.click(screen.getByRole("button", { name: "Baca ulang buku kerja" }));
    await waitFor(() => expect(port.reads).toEqual(["TW IV", "TW IV", "TW I"]));
    await screen.findByText(/Dilewati \(bukan tabel Pengukuran Kinerja atau Evaluasi Renja\): TW I/);
  });

  it("offers to open a file when there is no Office host, and then works on it", async () => {
    const port = memoryPort([sheetGrid("TW IV")], { mode: "file" });
    const openFile = jest.fn(async () => port);
    render(<App port={null} openFile={openFile} engine={fakeEngine([TW4])} />);
    expect(screen.getByText("Belum ada buku kerja")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buka file" }));
    });
    expect(openFile).toHaveBeenCalledTimes(1);
    await loaded();
    expect(screen.getByRole("article", { name: "TW IV" })).toBeTruthy();
  });

  it("says a file cannot be opened yet when no opener is given", () => {
    render(<App port={null} engine={fakeEngine([])} />);
    expect(screen.getByText(/Membuka file dari halaman ini belum tersedia/)).toBeTruthy();
    expect(screen.queryByRole("tab")).toBeNull();
  });

  it("shows why a file could not be opened", async () => {
    const openFile = async () => {
      throw new Error("File bukan buku kerja Excel.");
    };
    render(<App port={null} openFile={openFile} engine={fakeEngine([])} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buka file" }));
    });
    expect(screen.getByText("File bukan buku kerja Excel.")).toBeTruthy();
  });

  it("switches every label to English", async () => {
    renderPane(memoryPort([sheetGrid("TW IV")]), fakeEngine([TW4]));
    await loaded();
    expect(screen.getByRole("tab", { name: "Kenali" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("LKjIP from Pengukuran Kinerja");
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.queryByRole("tab", { name: "Kenali" })).toBeNull();
    expect(screen.getByRole("combobox", { name: "Column letter for Budget ceiling (pagu)" }).textContent).toBe("N");
    expect(screen.getByRole("combobox", { name: "Column letter for Code" }).textContent).toBe("not found");
    expect(screen.getByText("Quarter")).toBeTruthy();

    openStep("Check");
    expect(screen.getByRole("heading", { name: "Check results" })).toBeTruthy();
    expect(screen.getByText("3 errors")).toBeTruthy();
    expect(screen.getByText('Sheet "TW IV", cell N20')).toBeTruthy();
    expect(screen.getByText(/Expected: 250,634,400/)).toBeTruthy();

    openStep("Build LKjIP tables");
    expect(screen.getByRole("button", { name: "Build LKjIP tables" })).toBeTruthy();
    expect(document.querySelector("[lang=en]")).not.toBeNull();
  });
});
