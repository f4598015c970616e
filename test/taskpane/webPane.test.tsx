/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { WebPane } from "../../src/taskpane/web/WebPane";
import { workerSessions } from "../../src/taskpane/web/workerSession";
import { loopbackWorker } from "./loopbackWorker";
import { loaded, openStep, primaryButtons } from "./render";
import { SAMPLE } from "./sampleGrids";

beforeEach(() => localStorage.clear());

/** The web page with its worker on a loopback in this thread. */
const openSession = workerSessions(() => loopbackWorker());

async function openSample(name = "pengukuran-kinerja-2022.xlsx") {
  const bytes = readFileSync(SAMPLE);
  const file = new File([bytes], name);
  // jsdom's File may lack arrayBuffer(); a browser's has it.
  if (typeof file.arrayBuffer !== "function") {
    Object.defineProperty(file, "arrayBuffer", {
      value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    });
  }
  await act(async () => {
    fireEvent.change(screen.getByTestId("berkas-xlsx"), { target: { files: [file] } });
  });
  await screen.findByText(`${name}`, { exact: false });
  await loaded();
}

/** Whether leaving the page now makes the browser ask first (a beforeunload listener cancels the event). */
function leavingAsks(): boolean {
  const e = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

describe("the web page", () => {
  it("has a main landmark and a live region before a file opens, then moves focus to what was read", async () => {
    render(<WebPane openSession={openSession} initialLanguage="id" />);
    expect(screen.getByRole("main")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("");
    expect(primaryButtons()).toEqual(["Buka berkas Excel"]);
    await openSample();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Tabel yang dikenali" })),
    );
    expect(screen.getAllByRole("main")).toHaveLength(1);
  });

  it("makes the file bar's Unduh hasil the one primary action once the tables are built, in the Buat step", async () => {
    render(<WebPane openSession={openSession} initialLanguage="id" />);
    await openSample();
    const download = screen.getByRole("button", { name: "Unduh hasil" });
    expect(download.hasAttribute("disabled")).toBe(true);
    expect(primaryButtons()).toEqual(["Periksa angka"]);
    // Nothing built yet: leaving the page loses nothing, so it does not ask.
    expect(leavingAsks()).toBe(false);
    openStep("Buat LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await screen.findByRole("region", { name: "Lembar yang ditulis" }, { timeout: 30000 });
    await waitFor(() => expect(primaryButtons()).toEqual(["Unduh hasil"]));
    expect(download.hasAttribute("disabled")).toBe(false);
    // Tables built and not downloaded live only in the page: leaving or reloading it asks first.
    expect(leavingAsks()).toBe(true);
    openStep("Periksa");
    expect(primaryButtons()).toEqual(["Buat tabel LKjIP"]);
  });

  it("turns the download off when another source sheet is chosen after a build, until the tables are built again (pane42 D1)", async () => {
    render(<WebPane openSession={openSession} initialLanguage="id" />);
    await openSample();
    openStep("Buat LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await screen.findByRole("region", { name: "Lembar yang ditulis" }, { timeout: 30000 });
    const download = screen.getByRole("button", { name: "Unduh hasil" });
    await waitFor(() => expect(download.hasAttribute("disabled")).toBe(false));
    openStep("Kenali");
    const picker = screen.getByRole("radiogroup", { name: "Sumber tabel LKjIP" });
    await act(async () => {
      fireEvent.click(within(picker).getByRole("radio", { name: /TW I 2022/ }));
    });
    await waitFor(() => expect(download.hasAttribute("disabled")).toBe(true));
    expect(leavingAsks()).toBe(false);
    openStep("Buat LKjIP");
    // The Buat step shows no result of the sheet chosen before, and offers the build again.
    expect(screen.queryByRole("region", { name: "Lembar yang ditulis" })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await screen.findByRole("region", { name: "Lembar yang ditulis" }, { timeout: 30000 });
    await waitFor(() => expect(download.hasAttribute("disabled")).toBe(false));
  });

  it("keeps a reopened result's name: no -lkjip-lkjip", async () => {
    render(<WebPane openSession={openSession} initialLanguage="id" />);
    await openSample("laporan-lkjip.xlsx");
    expect(within(screen.getByTestId("file-bar")).getByText(/laporan-lkjip\.xlsx/)).toBeTruthy();
    openStep("Buat LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await screen.findByText("Hasil siap diunduh sebagai laporan-lkjip.xlsx.", undefined, { timeout: 30000 });
  });

  it("asks before another file drops tables that were built and not downloaded", async () => {
    render(<WebPane openSession={openSession} initialLanguage="id" />);
    await openSample("tw4.xlsx");
    openStep("Buat LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await screen.findByText("Hasil siap diunduh sebagai tw4-lkjip.xlsx.", undefined, { timeout: 30000 });
    const chooseAnother = async () =>
      act(async () => {
        fireEvent.change(screen.getByTestId("berkas-xlsx"), { target: { files: [new File(["x"], "lain.xlsx")] } });
      });

    await chooseAnother();
    const dialog = await screen.findByRole("alertdialog", { name: "Hasil belum diunduh" });
    expect(dialog.textContent).toContain('Tabel LKjIP yang dibuat dari "tw4.xlsx" belum diunduh.');
    // Going back keeps everything: the same file, its result still there to download.
    // The dialog's buttons become accessible once it has opened (it is aria-hidden while it animates in or out).
    fireEvent.click(await within(dialog).findByRole("button", { name: "Kembali dan unduh dulu" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(screen.getByRole("button", { name: "Unduh hasil" }).hasAttribute("disabled")).toBe(false);
    // The page is given back to screen readers (a dialog unmounted while open left it aria-hidden), and the focus
    // goes to the download the officer went back for.
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Unduh hasil"));
    const hidden = Array.from(document.body.children).filter(
      (el) => el.getAttribute("aria-hidden") === "true" && !el.hasAttribute("data-tabster-dummy"),
    );
    expect(hidden).toEqual([]);
    expect(within(screen.getByTestId("file-bar")).getByText("tw4.xlsx")).toBeTruthy();

    // Opening anyway: the chosen file is opened (this one is not a workbook, so it is refused and tw4 stays).
    await chooseAnother();
    const again = await screen.findByRole("alertdialog", { name: "Hasil belum diunduh" });
    const openAnyway = await within(again).findByRole("button", { name: "Buka tanpa mengunduh" });
    await act(async () => {
      fireEvent.click(openAnyway);
    });
    expect(await screen.findByText("Berkas tidak dapat dibuka")).toBeTruthy();
  });

  it("says why a file cannot be opened in the page's language", async () => {
    render(<WebPane openSession={openSession} initialLanguage="en" />);
    const empty = new File([], "kosong.xlsx");
    if (typeof empty.arrayBuffer !== "function")
      Object.defineProperty(empty, "arrayBuffer", { value: async () => new ArrayBuffer(0) });
    await act(async () => {
      fireEvent.change(screen.getByTestId("berkas-xlsx"), { target: { files: [empty] } });
    });
    const title = await screen.findByText("The file cannot be opened");
    const bar = title.closest(".fui-MessageBar") as HTMLElement;
    expect(bar.textContent).toContain('The file "kosong.xlsx" is empty (0 bytes), not an Excel workbook.');
  });

  it("lets the officer close an error about a file that could not be opened", async () => {
    render(<WebPane openSession={openSession} initialLanguage="id" />);
    await act(async () => {
      fireEvent.change(screen.getByTestId("berkas-xlsx"), {
        target: { files: [new File(["bukan buku kerja"], "catatan.xlsx")] },
      });
    });
    const title = await screen.findByText("Berkas tidak dapat dibuka");
    const bar = title.closest(".fui-MessageBar") as HTMLElement;
    fireEvent.click(within(bar).getByRole("button", { name: "Tutup pesan" }));
    expect(screen.queryByText("Berkas tidak dapat dibuka")).toBeNull();
  });

  it("follows the browser's language", async () => {
    const languages = jest.spyOn(navigator, "languages", "get").mockReturnValue(["en-GB", "id"]);
    render(<WebPane openSession={openSession} />);
    expect(screen.getByRole("button", { name: "Open a spreadsheet file" })).toBeTruthy();
    languages.mockRestore();
  });
});
