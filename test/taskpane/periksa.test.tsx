/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Finding } from "../../src/core/model/finding";
import { makeFinding } from "../../src/core/model/makeFinding";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW1, TW4, TW4_FINDINGS } from "./fixtures";
import { memoryPort } from "./memoryPort";
import { choose, loaded, openStep, renderPane } from "./render";

const workbook = () => [sheetGrid("TW I"), sheetGrid("TW IV")];

/** The lines of the finding list as a person reads them, top to bottom. */
function listLines(): string[] {
  const list = screen.getByRole("region", { name: /Daftar temuan|Findings, grouped/ });
  return Array.from(list.querySelectorAll<HTMLElement>("[data-entry]")).map((e) => `${e.dataset.entry}: ${words(e)}`);
}

/** The text of an element as separate words: each text node apart, as the eye reads separate boxes. */
function words(element: HTMLElement): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? "");
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** Findings of TW I: one row with an error and a warning, another sheet than TW IV. */
const TW1_FINDINGS: Finding[] = [
  makeFinding({
    rule: "realisasi-over-kas",
    sheet: "TW I",
    cell: "S11",
    expected: 0,
    actual: 800000,
    key: "realisasi-over-kas",
    params: { cell: "S11", realisasi: 800000, triwulan: 1, kas: 0, selisih: 800000 },
    level: "program",
    name: "PROGRAM PROMOSI PENANAMAN MODAL",
  }),
];

describe("Periksa", () => {
  it("groups findings by sheet, then by row, errors before warnings, info collapsed", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([{ ...TW1, findings: TW1_FINDINGS }, TW4]));
    await loaded();
    openStep("Periksa");
    expect(screen.getByText("3 kesalahan")).toBeTruthy();
    expect(screen.getByText("2 peringatan")).toBeTruthy();
    expect(screen.getByText("1 info")).toBeTruthy();
    expect(listLines()).toEqual([
      'sheet: Lembar "TW I" · 1 temuan',
      "row: PROGRAM PROMOSI PENANAMAN MODAL program · baris 11 · 1 temuan",
      "finding: Peringatan Realisasi melebihi anggaran kas Sel S11 Realisasi: Rp 800.000 Anggaran kas s/d triwulan ini: Rp 0 Realisasi di S11 (Rp 800.000) melebihi anggaran kas s/d TW I (Rp 0); selisih Rp 800.000.",
      'sheet: Lembar "TW IV" · 4 temuan',
      "row: PROGRAM HUBUNGAN INDUSTRIAL program · baris 12 · 2 temuan",
      "finding: Kesalahan Realisasi melebihi pagu Sel S12 Realisasi: Rp 56.811.000 Pagu: Rp 55.599.900 Realisasi di S12 (Rp 56.811.000) melebihi pagu (Rp 55.599.900); selisih Rp 1.211.100.",
      "finding: Peringatan Capaian anggaran ≠ realisasi ÷ pagu Sel T12 Capaian tertulis (%): 1,6% Realisasi ÷ pagu (%): 1,62% Capaian anggaran di T12 (1,60%) tidak sama dengan realisasi ÷ pagu (Rp 900.000 ÷ Rp 55.599.900 = 1,62%).",
      "row: Pengelolaan Pelayanan Investasi kegiatan · baris 20 · 1 temuan",
      "finding: Kesalahan Pagu ≠ jumlah pagu rinciannya Sel N20 Pagu: Rp 246.174.400 Σ pagu rinciannya: Rp 250.634.400 Pagu kegiatan di N20 (Rp 246.174.400) tidak sama dengan jumlah pagu sub kegiatan di bawahnya (Rp 250.634.400); selisih -Rp 4.460.000.",
      "row: Penyediaan Data Ketenagakerjaan sub kegiatan · baris 31 · 1 temuan",
      "finding: Kesalahan Jumlah anggaran kas ≠ pagu Sel N31 Pagu: Rp 10.000.000 Anggaran kas setahun: Rp 9.000.000 Pagu di N31 (Rp 10.000.000) tidak sama dengan jumlah anggaran kas TW I–IV (Rp 9.000.000); selisih Rp 1.000.000.",
    ]);
    expect(screen.getByText("5 dari 6 temuan ditampilkan")).toBeTruthy();

    fireEvent.click(screen.getByRole("checkbox", { name: "Tampilkan info (1)" }));
    await waitFor(() => expect(screen.getByText("6 dari 6 temuan ditampilkan")).toBeTruthy());
    expect(listLines().slice(-2)).toEqual([
      "row: Pembinaan Lembaga Kerja program · baris 25 · 1 temuan",
      "finding: Info Tingkat baris ditebak Sel M25 " +
        'Sel M25: "Pembinaan Lembaga Kerja" dianggap program karena berada di awal sasaran tanpa baris PROGRAM di atasnya.',
    ]);
  });

  it("narrows the list to the rule and to the sheet picked", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([{ ...TW1, findings: TW1_FINDINGS }, TW4]));
    await loaded();
    openStep("Periksa");
    fireEvent.click(screen.getByRole("combobox", { name: "Saring menurut aturan" }));
    expect(
      within(screen.getByRole("listbox"))
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "Semua aturan",
      "Realisasi melebihi anggaran kas (1)",
      "Pagu ≠ jumlah pagu rinciannya (1)",
      "Realisasi melebihi pagu (1)",
      "Jumlah anggaran kas ≠ pagu (1)",
      "Capaian anggaran ≠ realisasi ÷ pagu (1)",
    ]);
    fireEvent.click(screen.getByRole("option", { name: "Realisasi melebihi pagu (1)" }));
    await waitFor(() => expect(screen.getByText("1 dari 6 temuan ditampilkan")).toBeTruthy());
    expect(listLines().filter((l) => l.startsWith("finding"))).toHaveLength(1);
    expect(listLines()[2]).toContain("Sel S12");

    choose(screen.getByRole("combobox", { name: "Saring menurut aturan" }), "Semua aturan");
    choose(screen.getByRole("combobox", { name: "Saring menurut lembar" }), "TW I (1)");
    await waitFor(() => expect(screen.getByText("1 dari 6 temuan ditampilkan")).toBeTruthy());
    expect(listLines()[0]).toBe('sheet: Lembar "TW I" · 1 temuan');
    expect(listLines()).toHaveLength(3);
  });

  it("selects the finding's cell in Excel", async () => {
    const port = memoryPort(workbook());
    renderPane(port, fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    fireEvent.click(screen.getByRole("button", { name: 'Pilih sel T12 di lembar "TW IV"' }));
    await waitFor(() => expect(port.selected).toEqual([{ sheet: "TW IV", cell: "T12" }]));
  });

  it("on the web, opens the row's figures beside the finding instead", async () => {
    renderPane(memoryPort(workbook(), { mode: "file" }), fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    expect(screen.queryByRole("button", { name: /Pilih sel/ })).toBeNull();
    const open = screen.getByRole("button", { name: "Lihat angka baris untuk sel S12" });
    expect(open.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(open);
    expect(open.getAttribute("aria-expanded")).toBe("true");
    const panel = document.getElementById(open.getAttribute("aria-controls") ?? "") as HTMLElement;
    expect(within(panel).getByRole("heading", { name: "Angka baris 12 sebagaimana terbaca" })).toBeTruthy();
    // The message is shown with the figures, which come once the session has them.
    expect(panel.closest("[data-entry]")?.textContent).toContain("melebihi pagu");
    await waitFor(() => expect(within(panel).queryByText("Memuat angka baris…")).toBeNull());
  });

  it("shows an error when Excel cannot select the cell", async () => {
    const port = memoryPort(workbook());
    port.selectCell = async () => {
      throw new Error("Lembar TW IV terkunci.");
    };
    renderPane(port, fakeEngine([TW4]));
    await loaded();
    openStep("Periksa");
    fireEvent.click(screen.getByRole("button", { name: 'Pilih sel S12 di lembar "TW IV"' }));
    expect(await screen.findByText("Lembar TW IV terkunci.")).toBeTruthy();
  });

  it("says so when the recognised sheets have no findings", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([TW1]));
    await loaded();
    openStep("Periksa");
    expect(screen.getByText("Tidak ada temuan: angka-angka sesuai.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Buat tabel LKjIP" })).toBeTruthy();
  });

  it("renders a hundred thousand findings with a few hundred rows in the DOM at most", async () => {
    const many: Finding[] = [];
    for (let i = 0; i < 100_000; i++) {
      const row = 10 + Math.floor(i / 4);
      many.push({ ...TW4_FINDINGS[i % 4], cell: `N${row}`, row, name: `Sub kegiatan ${row}` });
    }
    renderPane(memoryPort(workbook()), fakeEngine([{ ...TW4, findings: many }]));
    await loaded();
    openStep("Periksa");
    await screen.findByText("100.000 dari 100.000 temuan ditampilkan");
    const list = screen.getByRole("region", { name: /Daftar temuan/ });
    const rendered = list.querySelectorAll("[data-entry]");
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThanOrEqual(300);
    // The list still knows its full length: each item (a sheet's head, a row) carries its place among all of them.
    const items = list.querySelectorAll("[aria-setsize]");
    expect(Number(items[0].getAttribute("aria-setsize"))).toBe(1 + 25_000);
    expect(items.length).toBeLessThanOrEqual(60);
  });
});
