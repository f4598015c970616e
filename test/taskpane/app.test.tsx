/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { LANGUAGE_STORAGE_KEY } from "../../src/taskpane/i18n/language";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW4 } from "./fixtures";
import { memoryPort } from "./memoryPort";
import { loaded, openColumnCorrections, openStep, renderPane, stepButton } from "./render";

beforeEach(() => localStorage.clear());

/** Every aria-labelledby and aria-controls on the page names elements that exist. */
function danglingReferences(): string[] {
  const dangling: string[] = [];
  for (const attr of ["aria-labelledby", "aria-controls", "aria-describedby"]) {
    for (const el of Array.from(document.querySelectorAll(`[${attr}]`))) {
      for (const id of (el.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean)) {
        if (!document.getElementById(id)) dangling.push(`${attr}=${id} on <${el.tagName.toLowerCase()}>`);
      }
    }
  }
  return dangling;
}

/** Focusable elements inside an aria-hidden subtree (what axe calls aria-hidden-focus). */
function focusableInsideHidden(): Element[] {
  const focusable =
    "a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex='-1'])";
  return Array.from(document.querySelectorAll("[aria-hidden=true]")).flatMap((hidden) =>
    Array.from(hidden.querySelectorAll(focusable)).concat(hidden.matches(focusable) ? [hidden] : []),
  );
}

describe("task pane", () => {
  it("shows the port's error in an error message bar instead of a blank pane", async () => {
    const error = new Error("Excel tidak dapat membaca lembar: akses ditolak.");
    error.stack = "Error: Excel tidak dapat membaca lembar\n    at readSheet (officeWorkbook.ts:12:3)";
    renderPane(memoryPort([sheetGrid("TW IV")], { fail: { readSheet: error } }), fakeEngine([TW4]));
    const message = await screen.findByText("Excel tidak dapat membaca lembar: akses ditolak.");
    const bar = message.closest(".fui-MessageBar") as HTMLElement;
    expect(bar.textContent).toContain("Terjadi kesalahan");
    expect(document.body.textContent).not.toContain("officeWorkbook.ts:12");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "LKjIP dari Pengukuran Kinerja atau Evaluasi Renja",
    );
  });

  it("reads the workbook again on request in Excel, and has no such button on the web", async () => {
    const port = memoryPort([sheetGrid("TW IV")]);
    const { unmount } = renderPane(port, fakeEngine([TW4]));
    await loaded();
    port.sheets.set("TW I", sheetGrid("TW I"));
    fireEvent.click(screen.getByRole("button", { name: "Baca ulang buku kerja" }));
    await waitFor(() => expect(port.reads).toEqual(["TW IV", "TW IV", "TW I"]));
    await screen.findByText(/Dilewati \(bukan tabel Pengukuran Kinerja atau Evaluasi Renja\): TW I/);
    unmount();

    renderPane(memoryPort([sheetGrid("TW IV")], { mode: "file" }), fakeEngine([TW4]));
    await loaded();
    expect(screen.queryByRole("button", { name: "Baca ulang buku kerja" })).toBeNull();
  });

  it("notices edits to a recognised sheet in Excel and offers to check again", async () => {
    const port = memoryPort([sheetGrid("TW IV"), sheetGrid("Catatan", 3, 3)]);
    renderPane(port, fakeEngine([TW4]));
    await loaded();
    await waitFor(() => expect(port.watched.map((w) => w.sheets)).toEqual([["TW IV"]]));
    expect(screen.queryByText("Lembar sumber berubah")).toBeNull();
    act(() => port.userEdits("TW IV"));
    const bar = (await screen.findByText("Lembar sumber berubah")).closest(".fui-MessageBar") as HTMLElement;
    expect(bar.textContent).toContain('Lembar "TW IV" diubah setelah diperiksa');
    const reads = port.reads.length;
    fireEvent.click(screen.getByRole("button", { name: "Periksa ulang" }));
    await waitFor(() => expect(port.reads.length).toBeGreaterThan(reads));
    await waitFor(() => expect(screen.queryByText("Lembar sumber berubah")).toBeNull());
  });

  it("offers to open a file when there is no Office host, works on it, and moves focus to what was read", async () => {
    const port = memoryPort([sheetGrid("TW IV")], { mode: "file" });
    const openFile = jest.fn(async () => port);
    render(<App port={null} openFile={openFile} engine={fakeEngine([TW4])} />);
    expect(screen.getByText("Belum ada buku kerja")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buka berkas" }));
    });
    expect(openFile).toHaveBeenCalledTimes(1);
    await loaded();
    expect(screen.getByRole("article", { name: "TW IV" })).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Tabel yang dikenali" })),
    );
  });

  it("says a file cannot be opened yet when no opener is given", () => {
    render(<App port={null} engine={fakeEngine([])} />);
    expect(screen.getByText(/Membuka berkas dari halaman ini belum tersedia/)).toBeTruthy();
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  it("shows why a file could not be opened", async () => {
    const openFile = async () => {
      throw new Error("Berkas bukan buku kerja Excel.");
    };
    render(<App port={null} openFile={openFile} engine={fakeEngine([])} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buka berkas" }));
    });
    expect(screen.getByText("Berkas bukan buku kerja Excel.")).toBeTruthy();
  });

  it("has a main landmark, references that resolve, and nothing focusable hidden from screen readers", async () => {
    renderPane(
      memoryPort([sheetGrid("TW I"), sheetGrid("TW IV")]),
      fakeEngine([{ ...TW4, sheet: "TW I", triwulan: 1 }, TW4]),
    );
    await loaded();
    expect(screen.getByRole("main")).toBeTruthy();
    openColumnCorrections(screen.getByRole("article", { name: "TW IV" }));
    for (const [step, heading] of [
      ["Kenali", "Tabel yang dikenali"],
      ["Periksa", "Temuan pemeriksaan"],
      ["Buat LKjIP", "Tabel LKjIP"],
    ]) {
      openStep(step);
      expect(stepButton(step).getAttribute("aria-current")).toBe("step");
      expect(screen.getByRole("region", { name: heading })).toBeTruthy();
      expect(danglingReferences()).toEqual([]);
      expect(focusableInsideHidden()).toEqual([]);
    }
  });
});

describe("language", () => {
  it("follows the host's language: English for en-US, Bahasa Indonesia for id-ID and for any other", async () => {
    const { unmount } = renderPane(memoryPort([sheetGrid("TW IV")]), fakeEngine([TW4]), undefined, {
      hostLanguage: "en-US",
    });
    await loaded();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "LKjIP from Pengukuran Kinerja or Evaluasi Renja",
    );
    expect(document.documentElement.lang).toBe("en");
    unmount();
    for (const host of ["id-ID", "fr-FR", undefined]) {
      const view = renderPane(memoryPort([sheetGrid("TW IV")]), fakeEngine([TW4]), undefined, { hostLanguage: host });
      await loaded();
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
        "LKjIP dari Pengukuran Kinerja atau Evaluasi Renja",
      );
      expect(document.documentElement.lang).toBe("id");
      view.unmount();
    }
  });

  it("remembers the user's choice per user in localStorage, over the host's language", async () => {
    const { unmount } = renderPane(memoryPort([sheetGrid("TW IV")]), fakeEngine([TW4]), undefined, {
      hostLanguage: "id-ID",
    });
    await loaded();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
    unmount();
    renderPane(memoryPort([sheetGrid("TW IV")]), fakeEngine([TW4]), undefined, { hostLanguage: "id-ID" });
    await loaded();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "LKjIP from Pengukuran Kinerja or Evaluasi Renja",
    );
  });

  it("switches every label to English, numbers written the English way", async () => {
    renderPane(memoryPort([sheetGrid("TW IV")]), fakeEngine([TW4]));
    await loaded();
    expect(stepButton("Kenali")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "LKjIP from Pengukuran Kinerja or Evaluasi Renja",
    );
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.queryByRole("button", { name: "Kenali" })).toBeNull();
    openColumnCorrections(screen.getByRole("article", { name: "TW IV" }));
    expect(screen.getByRole("combobox", { name: "Column letter for Budget ceiling (pagu)" }).textContent).toBe("N");
    expect(screen.getByRole("combobox", { name: "Column letter for Code" }).textContent).toBe("optional");
    expect(screen.getByText("Quarter")).toBeTruthy();

    openStep("Check");
    expect(screen.getByRole("heading", { name: "Findings" })).toBeTruthy();
    expect(screen.getByText("3 errors")).toBeTruthy();
    const list = screen.getByRole("region", { name: "Findings, grouped by sheet and by row" });
    expect(list.textContent).toContain("Realisation above pagu");
    expect(list.textContent).toContain("Rp 56,811,000");
    expect(list.textContent).toContain("Cash plan for the year:Rp 9,000,000");
    expect(list.textContent).not.toContain("Kesalahan");

    openStep("Build LKjIP");
    expect(screen.getByRole("button", { name: "Build the LKjIP tables" })).toBeTruthy();
    expect(document.querySelector("[lang=en]")).not.toBeNull();
  });
});
