/** @jest-environment jsdom */
import path from "node:path";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { Grid } from "../../src/core/grid/grid";
import { formatRupiah } from "../../src/core/numbers/format";
import { analyseWorkbook, generateLkjip } from "../../src/core/pipeline";
import { countModel } from "../../src/core/model/counts";
import { catalogOf } from "../../src/core/model/messages";
import { memoryPort } from "./memoryPort";
import { choose, definition, loaded, openColumnCorrections, openStep, renderPane } from "./render";
import { sampleGrids } from "./sampleGrids";
import { gridsOf } from "../file/gridsOf";

/** The whole pane on the sample workbook with the real pipeline (no engine injected). */
describe("task pane with the real pipeline", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await sampleGrids();
  });

  it("recognises the sample's two quarterly sheets and shows what the engine read", async () => {
    const expected = analyseWorkbook(grids);
    renderPane(memoryPort(grids));
    await loaded();
    for (const model of expected.models) {
      const article = screen.getByRole("article", { name: model.sheet });
      const counts = countModel(model);
      expect(definition(article, "Tahun")).toBe("2022");
      expect(definition(article, "Tujuan")).toBe(String(counts.tujuan));
      expect(definition(article, "Sub kegiatan")).toBe(String(counts.subKegiatan));
      expect(counts.subKegiatan).toBeGreaterThan(0);
    }
    expect(definition(screen.getByRole("article", { name: "TW I 2022" }), "Triwulan")).toBe("I");
    expect(definition(screen.getByRole("article", { name: "TW IV 2022" }), "Triwulan")).toBe("IV");
    const tw4 = screen.getByRole("article", { name: "TW IV 2022" });
    openColumnCorrections(tw4);
    const pagu = within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Pagu" });
    expect(pagu.textContent).toBe("N");
    // The header text of the sample's column N, beside its letter.
    expect(pagu.closest("[data-column-key]")?.textContent).toMatch(/PAGU/i);
    expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Kode" }).textContent).toBe("opsional");
    expect((screen.getByRole("radio", { name: /TW IV 2022/ }) as HTMLInputElement).checked).toBe(true);
  });

  it("re-recognises a sheet with a corrected column, keeps the correction and says how the findings changed", async () => {
    const port = memoryPort(grids);
    renderPane(port);
    await loaded();
    const tw1 = screen.getByRole("article", { name: "TW I 2022" });
    openColumnCorrections(tw1);
    // Column A holds NO: the pane asks before taking it from NO, then the recogniser gives it to KODE.
    choose(within(tw1).getByRole("combobox", { name: "Huruf kolom untuk Kode" }), /^A · /);
    fireEvent.click(within(tw1).getByRole("button", { name: "Ya, pindahkan" }));
    await waitFor(() =>
      expect(within(tw1).getByRole("combobox", { name: "Huruf kolom untuk Kode" }).textContent).toBe("A"),
    );
    expect(within(tw1).getByRole("combobox", { name: "Huruf kolom untuk Nomor" }).textContent).toBe("opsional");
    expect(port.registry.settings["columns:TW I 2022"]).toBe(JSON.stringify({ kode: 0 }));
    const before = analyseWorkbook(grids).findings.length;
    const after = analyseWorkbook(grids, { columns: { "TW I 2022": { kode: 0 } } }).findings.length;
    expect(within(tw1).getByRole("status").textContent).toBe(`Setelah koreksi: ${before} → ${after} temuan.`);
  });

  it("lists the engine's findings grouped by row, filters by rule and selects the cell", async () => {
    const expected = analyseWorkbook(grids).findings;
    const errors = expected.filter((f) => f.severity === "error");
    const rule = errors[0].rule;
    const ofRule = expected.filter((f) => f.rule === rule);
    const port = memoryPort(grids);
    renderPane(port);
    await loaded();
    openStep("Periksa");
    expect(screen.getByText(`${errors.length} kesalahan`)).toBeTruthy();

    choose(
      screen.getByRole("combobox", { name: "Saring menurut aturan" }),
      `${catalogOf("id").ruleLabels[rule]} (${ofRule.length})`,
    );
    await waitFor(() =>
      expect(document.querySelectorAll("[data-entry=finding]").length).toBe(Math.min(ofRule.length, 8)),
    );
    const first = document.querySelector<HTMLElement>("[data-entry=finding]")!;
    const shown = ofRule.find((f) => first.textContent?.includes(`Sel ${f.cell}`))!;
    fireEvent.click(within(first).getByRole("button", { name: `Pilih sel ${shown.cell} di lembar "${shown.sheet}"` }));
    await waitFor(() => expect(port.selected).toEqual([{ sheet: shown.sheet, cell: shown.cell }]));
  });

  it("on the web, a finding opens its row's figures as the engine read them", async () => {
    const analysis = analyseWorkbook(grids);
    const finding = analysis.findings.find((f) => f.rule === "kas-vs-pagu")!;
    renderPane(memoryPort(grids, { mode: "file" }));
    await loaded();
    openStep("Periksa");
    choose(screen.getByRole("combobox", { name: "Saring menurut aturan" }), /^Jumlah anggaran kas ≠ pagu/);
    const open = await screen.findByRole("button", { name: `Lihat angka baris untuk sel ${finding.cell}` });
    fireEvent.click(open);
    const region = screen.getByRole("region", { name: `Angka baris ${finding.row} sebagaimana terbaca` });
    // The row holds an indikator (left half) and a program (right half): the program's figures are the budget's.
    const budget = () => Array.from(region.querySelectorAll("dl")).find((dl) => dl.textContent?.includes("Pagu"));
    await waitFor(() => expect(budget()).toBeTruthy());
    const panel = budget() as HTMLElement;
    expect(definition(panel, "Nama")).toBe(finding.name);
    expect(definition(panel, "Tingkat")).toBe("program");
    expect(definition(panel, "Pagu")).toBe(formatRupiah(Number(finding.params.pagu), "id"));
    expect(within(panel).getByText("Anggaran kas TW I", { selector: "dt" })).toBeTruthy();
    expect(within(panel).getByText("Realisasi", { selector: "dt" })).toBeTruthy();
    expect(within(panel).getByText("Capaian", { selector: "dt" })).toBeTruthy();
  });

  it("builds the LKjIP sheets, links them, and asks for Data Pendukung once", async () => {
    const port = memoryPort(grids);
    renderPane(port);
    await loaded();
    openStep("Buat LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    const written = await screen.findByRole("region", { name: "Lembar yang ditulis" });
    expect(screen.getByText(/Sumber: lembar "TW IV 2022", triwulan IV, tahun 2022/)).toBeTruthy();
    const names = port.written[0].names.filter((n): n is string => n !== null);
    expect(names).toContain("Data Pendukung");
    expect(
      within(written)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(names);
    expect(screen.getByText("Isi Data Pendukung")).toBeTruthy();
    // Hasil Pemeriksaan lists more than the Periksa step counts (the run's own notes): the pane says how many.
    const outcome = generateLkjip(grids);
    if (outcome.source === null) throw new Error("the sample has a source table");
    const notes = outcome.tableFindings.length + outcome.dataPendukungFindings.length;
    expect(notes).toBeGreaterThan(0);
    expect(
      screen.getByText(new RegExp(`^Lembar Hasil Pemeriksaan juga mencatat ${notes} hal dari pembuatan tabel`)),
    ).toBeTruthy();

    fireEvent.click(within(written).getByRole("button", { name: `Buka lembar "${names[0]}"` }));
    await waitFor(() => expect(port.activated).toEqual([names[0]]));

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat ulang" }));
    });
    await waitFor(() => expect(port.written).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText("Isi Data Pendukung")).toBeNull());
    // The second run replaced its own sheets under the same names and left Data Pendukung to the user.
    expect(port.written[1].names.filter((n) => n !== null)).toEqual(names.filter((n) => n !== "Data Pendukung"));
  });

  it("names the hidden sheets, not read, when no visible sheet holds a table", async () => {
    const port = memoryPort([gridFromRows("Catatan", [["Rekap kegiatan"]])], { hiddenSheets: ["PK TW IV"] });
    renderPane(port);
    await loaded();
    const hint =
      'Lembar tersembunyi tidak dibaca: "PK TW IV". Bila tabelnya ada di sana, tampilkan lembar itu ' +
      "(klik kanan tab lembar › Tampilkan/Unhide), lalu periksa lagi.";
    expect(screen.getByText(hint).closest(".fui-MessageBar")?.textContent).toContain("tidak ditemukan");

    openStep("Buat LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await waitFor(() => expect(screen.getAllByText(hint)).toHaveLength(1));
    expect(port.reads).not.toContain("PK TW IV");
  });

  it("names the missing header words of a workbook without a table", async () => {
    const port = memoryPort([gridFromRows("Catatan", [["Rekap kegiatan"], ["Anggaran", 1000]])]);
    renderPane(port);
    await loaded();
    const bar = screen
      .getByText("Tabel Pengukuran Kinerja atau Evaluasi Renja tidak ditemukan")
      .closest(".fui-MessageBar") as HTMLElement;
    expect(within(bar).getByText(/Lembar "Catatan": judul kolom tidak ditemukan: .*PAGU/)).toBeTruthy();

    openStep("Buat LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await waitFor(() =>
      expect(screen.getAllByText("Tabel Pengukuran Kinerja atau Evaluasi Renja tidak ditemukan")).toHaveLength(1),
    );
    expect(port.written).toHaveLength(0);
  });
});

describe("an Evaluasi Renja semester form in the pane", () => {
  it("shows urusan and bidang urusan only where the form has such rows: no `Urusan 0` (pane42 D5)", async () => {
    const grids = await gridsOf(
      path.join(__dirname, "..", "fixtures", "er-probe13", "er13-09a-pertanian-semester.xlsx"),
    );
    const model = analyseWorkbook(grids).models[0];
    const counts = countModel(model);
    renderPane(memoryPort(grids));
    await loaded();
    const article = screen.getByRole("article", { name: model.sheet });
    for (const [key, term] of [
      ["urusan", "Urusan"],
      ["bidang", "Bidang urusan"],
    ] as const) {
      const shown = within(article).queryByText(term, { selector: "dt" });
      if (counts[key]) expect(definition(article, term)).toBe(String(counts[key]));
      else expect(shown).toBeNull();
    }
    expect(definition(article, "Program")).toBe(String(counts.program));
  });

  it("names its period and its realisasi columns by semester, without TW I and TW III pickers", async () => {
    const grids = await gridsOf(
      path.join(__dirname, "..", "fixtures", "er-probe13", "er13-09a-pertanian-semester.xlsx"),
    );
    renderPane(memoryPort(grids));
    await loaded();
    const article = screen.getByRole("article", { name: "Evaluasi Renja" });
    expect(definition(article, "Triwulan")).toBe("Semester II");
    openColumnCorrections(article);
    const first = within(article).getByRole("combobox", { name: "Huruf kolom untuk Realisasi Semester I (K)" });
    expect(first.textContent).toBe("N");
    expect(
      within(article).getByRole("combobox", { name: "Huruf kolom untuk Realisasi Semester II (Rp)" }).textContent,
    ).toBe("Q");
    expect(within(article).queryByRole("combobox", { name: /Realisasi TW I \(K\)/ })).toBeNull();
    expect(within(article).queryByRole("combobox", { name: /TW III/ })).toBeNull();
  });
});

describe("what the run found about the tables, in the pane", () => {
  it("a report kept as one sheet per bidang says in the result that the other sheets' programs are left out (web30 D1)", async () => {
    const grids = await gridsOf(path.join(__dirname, "..", "fixtures", "pk-probe29", "pk29-bidang-per-lembar.xlsx"));
    renderPane(memoryPort(grids));
    await loaded();
    openStep("Buat LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await screen.findByRole("region", { name: "Lembar yang ditulis" });
    const bar = screen.getByText("Perhatikan sebelum dicetak").closest(".fui-MessageBar") as HTMLElement;
    const outcome = generateLkjip(grids);
    if (outcome.source === null) throw new Error("the fixture has a source table");
    const parts = outcome.tableFindings.find((f) => f.messageKey === "stacked-tables.sheets")!;
    expect(within(bar).getByText(parts.message)).toBeTruthy();
    expect(parts.message).toContain('hanya dibuat dari lembar "Lap TW 3 UMKM"');
  });
});
