/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { PK_COLUMN_KEYS } from "../../src/core/model/columns";
import { serialiseSource, SOURCE_SETTING } from "../../src/core/workbook/columnSettings";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW1, TW4, TW4_FINDINGS } from "./fixtures";
import { memoryPort } from "./memoryPort";
import { choose, definition, loaded, openColumnCorrections, renderPane } from "./render";

const workbook = () => [sheetGrid("TW I"), sheetGrid("TW IV"), sheetGrid("Catatan", 3, 4)];

/** A sheet whose header rows (5 and 6, as the fake engine says) name the columns: N is PAGU, O..R the kas. */
function headedGrid(name: string) {
  const rows: (string | number | null)[][] = Array.from({ length: 12 }, () => Array.from({ length: 20 }, () => null));
  rows[5][12] = "PROGRAM / KEGIATAN / SUB KEGIATAN";
  rows[5][13] = "PAGU";
  rows[5][14] = "ANGGARAN KAS";
  rows[6][14] = "TW I";
  rows[6][15] = "TW II";
  const grid = gridFromRows(name, rows);
  grid.merges.push({ top: 5, left: 14, bottom: 5, right: 17 });
  return grid;
}

describe("Kenali", () => {
  it("sums up what was recognised first, with one primary action, and keeps the column pickers collapsed", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([TW1, TW4]));
    await loaded();
    expect(screen.getByRole("heading", { level: 2, name: "Tabel yang dikenali" })).toBeTruthy();
    expect(
      screen.getByText("2 lembar dikenali; pemeriksaan menemukan 5 temuan, 3 di antaranya kesalahan."),
    ).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "Periksa angka" })).toHaveLength(1);
    // 21 pickers per sheet would make the step thousands of pixels tall: none is shown until asked for.
    expect(screen.queryAllByRole("combobox")).toHaveLength(0);
    const tw4 = screen.getByRole("article", { name: "TW IV" });
    const toggle = within(tw4).getByRole("button", { name: "Koreksi kolom" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    openColumnCorrections(tw4);
    // One picker per column of the Pengukuran Kinerja layout.
    expect(within(tw4).getAllByRole("combobox")).toHaveLength(PK_COLUMN_KEYS.length);
    expect(screen.getByRole("article", { name: "TW I" }).querySelectorAll("[role=combobox]")).toHaveLength(0);
  });

  it("shows every recognised sheet with its triwulan, tahun and counts", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([TW1, TW4]));
    await loaded();
    const tw4 = screen.getByRole("article", { name: "TW IV" });
    expect(definition(tw4, "Triwulan")).toBe("IV");
    expect(definition(tw4, "Tahun")).toBe("2022");
    expect(definition(tw4, "Tujuan")).toBe("3");
    expect(definition(tw4, "Sasaran")).toBe("6");
    expect(definition(tw4, "Indikator")).toBe("12");
    expect(definition(tw4, "Program")).toBe("12");
    expect(definition(tw4, "Kegiatan")).toBe("36");
    expect(definition(tw4, "Sub kegiatan")).toBe("72");
    expect(definition(screen.getByRole("article", { name: "TW I" }), "Sub kegiatan")).toBe("8");
    expect(screen.getByText(/Dilewati \(bukan tabel Pengukuran Kinerja atau Evaluasi Renja\): Catatan/)).toBeTruthy();
  });

  it("shows which sheet feeds the LKjIP and lets the officer choose another", async () => {
    const engine = fakeEngine([TW1, TW4]);
    const port = memoryPort(workbook());
    renderPane(port, engine);
    await loaded();
    const picker = screen.getByRole("radiogroup", { name: "Sumber tabel LKjIP" });
    const options = within(picker).getAllByRole("radio");
    expect(options.map((o) => o.closest(".fui-Radio")?.textContent)).toEqual([
      "TW I (triwulan I, tahun 2022)",
      "TW IV (triwulan IV, tahun 2022, terbaru)",
    ]);
    expect((within(picker).getByRole("radio", { name: /TW IV/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(picker).getByRole("radio", { name: /TW I \(/ }));
    await waitFor(() =>
      expect((within(picker).getByRole("radio", { name: /TW I \(/ }) as HTMLInputElement).checked).toBe(true),
    );
  });

  it("takes again the source chosen when the tables were built, while no later sheet has come since", async () => {
    const picked = (settings: Record<string, string>) => async () => {
      renderPane(memoryPort(workbook(), { settings }), fakeEngine([TW1, TW4]));
      await loaded();
      const picker = screen.getByRole("radiogroup", { name: "Sumber tabel LKjIP" });
      return within(picker)
        .getAllByRole("radio")
        .filter((o) => (o as HTMLInputElement).checked)
        .map((o) => o.closest(".fui-Radio")?.textContent);
    };
    const chosenThen = { [SOURCE_SETTING]: serialiseSource({ sheet: "TW I", latest: "TW IV" }) };
    expect(await picked(chosenThen)()).toEqual(["TW I (triwulan I, tahun 2022)"]);
  });

  it("leaves a source chosen before a later sheet came for the latest", async () => {
    renderPane(
      memoryPort(workbook(), { settings: { [SOURCE_SETTING]: serialiseSource({ sheet: "TW I", latest: "TW III" }) } }),
      fakeEngine([TW1, TW4]),
    );
    await loaded();
    const picker = screen.getByRole("radiogroup", { name: "Sumber tabel LKjIP" });
    expect((within(picker).getByRole("radio", { name: /TW IV/ }) as HTMLInputElement).checked).toBe(true);
  });

  it("names the one source when only one sheet is recognised", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([TW4]));
    await loaded();
    expect(screen.queryByRole("radiogroup")).toBeNull();
    expect(screen.getByText('Tabel LKjIP dibuat dari lembar "TW IV".')).toBeTruthy();
  });

  it("shows each column's header text beside its letter, and says opsional for a column a table may lack", async () => {
    renderPane(memoryPort([headedGrid("TW IV")]), fakeEngine([TW4]));
    await loaded();
    const tw4 = screen.getByRole("article", { name: "TW IV" });
    openColumnCorrections(tw4);
    const pagu = within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Pagu" });
    expect(pagu.textContent).toBe("N");
    expect(pagu.closest("[data-column-key]")?.textContent).toContain("PAGU");
    expect(
      within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Anggaran kas TW II" }).closest("[data-column-key]")
        ?.textContent,
    ).toContain("ANGGARAN KAS · TW II");
    expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Kode" }).textContent).toBe("opsional");
    fireEvent.click(pagu);
    const options = within(screen.getByRole("listbox"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options[13]).toBe("N · PAGU");
    expect(options[15]).toBe("P · ANGGARAN KAS · TW II");
    expect(options[0]).toBe("A · (tanpa judul)");
  });

  it("saves a corrected column in the workbook, analyses again and says how the findings changed", async () => {
    // Columns T and U are free: the fake's table fills A..S.
    const port = memoryPort([sheetGrid("TW IV", 21)]);
    const engine = fakeEngine([{ ...TW4, findings: TW4_FINDINGS.slice(0, 2) }]);
    const analyse = engine.analyse;
    // A different column gives different findings, as a real correction would.
    engine.analyse = (grids, options) => {
      const result = analyse(grids, options);
      return options.columns?.["TW IV"]?.kode !== undefined ? { ...result, findings: TW4_FINDINGS } : result;
    };
    renderPane(port, engine);
    await loaded();
    const tw4 = screen.getByRole("article", { name: "TW IV" });
    openColumnCorrections(tw4);
    choose(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Kode" }), /^T · /);

    await waitFor(() =>
      expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Kode" }).textContent).toBe("T"),
    );
    expect(port.settingWrites).toEqual([{ key: "columns:TW IV", value: JSON.stringify({ kode: 19 }) }]);
    expect(engine.analyseCalls.at(-1)?.columns).toEqual({ "TW IV": { kode: 19 } });
    expect(within(tw4).getAllByText("dikoreksi")).toHaveLength(1);
    expect(within(tw4).getByRole("status").textContent).toBe("Setelah koreksi: 2 → 5 temuan.");
  });

  it("swaps two columns when the letter chosen belongs to another column", async () => {
    const port = memoryPort(workbook());
    renderPane(port, fakeEngine([TW4]));
    await loaded();
    const tw4 = screen.getByRole("article", { name: "TW IV" });
    openColumnCorrections(tw4);
    // Pagu is N; O belongs to Anggaran kas TW I.
    choose(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Pagu" }), /^O · /);
    await waitFor(() =>
      expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Pagu" }).textContent).toBe("O"),
    );
    expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Anggaran kas TW I" }).textContent).toBe("N");
    expect(JSON.parse(port.registry.settings["columns:TW IV"])).toEqual({ pagu: 14, kas1: 13 });
    expect(within(tw4).getByText('Kolom O sekarang untuk "Pagu"; "Anggaran kas TW I" pindah ke kolom N.')).toBeTruthy();
  });

  it("asks before taking a letter from another column when the column corrected had none", async () => {
    const port = memoryPort(workbook());
    renderPane(port, fakeEngine([TW4]));
    await loaded();
    const tw4 = screen.getByRole("article", { name: "TW IV" });
    openColumnCorrections(tw4);
    choose(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Kode" }), /^N · /);
    const question = within(tw4).getByText(/Kolom N sudah dipakai untuk "Pagu"\. Pakai kolom N untuk "Kode"/);
    expect(port.settingWrites).toHaveLength(0);
    fireEvent.click(within(question.closest(".fui-MessageBar") as HTMLElement).getByRole("button", { name: "Batal" }));
    expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Pagu" }).textContent).toBe("N");
    expect(port.settingWrites).toHaveLength(0);

    choose(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Kode" }), /^N · /);
    fireEvent.click(within(tw4).getByRole("button", { name: "Ya, pindahkan" }));
    await waitFor(() =>
      expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Kode" }).textContent).toBe("N"),
    );
    expect(port.settingWrites).toEqual([{ key: "columns:TW IV", value: JSON.stringify({ kode: 13 }) }]);
  });

  it("re-applies corrections saved in the workbook and removes them on request", async () => {
    const port = memoryPort(workbook(), { settings: { "columns:TW IV": JSON.stringify({ pagu: 14 }) } });
    const engine = fakeEngine([TW4]);
    renderPane(port, engine);
    await loaded();
    expect(engine.analyseCalls.at(-1)?.columns).toEqual({ "TW IV": { pagu: 14 } });
    const tw4 = screen.getByRole("article", { name: "TW IV" });
    openColumnCorrections(tw4);
    expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Pagu" }).textContent).toBe("O");

    fireEvent.click(within(tw4).getByRole("button", { name: "Hapus koreksi kolom" }));
    await waitFor(() =>
      expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Pagu" }).textContent).toBe("N"),
    );
    expect(port.registry.settings["columns:TW IV"]).toBe("");
    expect(engine.analyseCalls.at(-1)?.columns).toEqual({});
  });

  it("warns about a saved correction it cannot read instead of guessing", async () => {
    const port = memoryPort(workbook(), { settings: { "columns:TW IV": "{pagu: N}" } });
    const engine = fakeEngine([TW4]);
    renderPane(port, engine);
    await loaded();
    expect(screen.getByText(/Koreksi kolom yang tersimpan untuk lembar "TW IV" tidak terbaca/)).toBeTruthy();
    expect(engine.analyseCalls.at(-1)?.columns).toEqual({});
  });

  it("shows the missing header words when no sheet holds a table, and offers no next step", async () => {
    const engine = fakeEngine([], { Lembar1: ["PAGU", "ANGGARAN KAS", "REALISASI (Rp)"] });
    renderPane(memoryPort([sheetGrid("Lembar1", 4, 4)]), engine);
    await loaded();
    const alert = screen
      .getByText("Tabel Pengukuran Kinerja atau Evaluasi Renja tidak ditemukan")
      .closest(".fui-MessageBar") as HTMLElement;
    expect(within(alert).getByText(/PAGU, ANGGARAN KAS, REALISASI \(Rp\)/)).toBeTruthy();
    expect(within(alert).getByText(/Lembar "Lembar1"/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Periksa angka" })).toBeNull();
  });
});
