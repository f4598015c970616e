/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW1, TW4 } from "./fixtures";
import { memoryPort } from "./memoryPort";
import { choose, definition, loaded, renderPane } from "./render";


const workbook = () => [sheetGrid("TW I"), sheetGrid("TW IV"), sheetGrid("Catatan", 3, 4)];

describe("Kenali", () => {
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
    const tw1 = screen.getByRole("article", { name: "TW I" });
    expect(definition(tw1, "Triwulan")).toBe("I");
    expect(definition(tw1, "Sub kegiatan")).toBe("8");
    expect(screen.getByText(/Dilewati \(bukan tabel Pengukuran Kinerja atau Evaluasi Renja\): Catatan/)).toBeTruthy();
  });

  it("shows the column letter found for each column, or that it was not found", async () => {
    renderPane(memoryPort(workbook()), fakeEngine([TW4]));
    await loaded();
    const pagu = screen.getByRole("combobox", { name: "Huruf kolom untuk Pagu" });
    expect(pagu.textContent).toBe("N");
    const kode = screen.getByRole("combobox", { name: "Huruf kolom untuk Kode" });
    expect(kode.textContent).toBe("tidak ditemukan");
  });

  it("saves a corrected column in the workbook and analyses again with it", async () => {
    const port = memoryPort(workbook());
    const engine = fakeEngine([TW4]);
    renderPane(port, engine);
    await loaded();
    choose(screen.getByRole("combobox", { name: "Huruf kolom untuk Kode" }), "L");

    await waitFor(() => expect(screen.getByRole("combobox", { name: "Huruf kolom untuk Kode" }).textContent).toBe("L"));
    expect(port.settingWrites).toEqual([{ key: "columns:TW IV", value: JSON.stringify({ kode: 11 }) }]);
    expect(engine.analyseCalls.at(-1)?.columns).toEqual({ "TW IV": { kode: 11 } });
    expect(screen.getAllByText("dikoreksi")).toHaveLength(1);
  });

  it("re-applies corrections saved in the workbook when it is read again", async () => {
    const port = memoryPort(workbook(), { settings: { "columns:TW IV": JSON.stringify({ pagu: 14 }) } });
    const engine = fakeEngine([TW4]);
    renderPane(port, engine);
    await loaded();
    expect(engine.analyseCalls.at(-1)?.columns).toEqual({ "TW IV": { pagu: 14 } });
    expect(screen.getByRole("combobox", { name: "Huruf kolom untuk Pagu" }).textContent).toBe("O");

    fireEvent.click(screen.getByRole("button", { name: "Hapus koreksi kolom" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Huruf kolom untuk Pagu" }).textContent).toBe("N"));
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

  it("analyses only the sheet the user picks", async () => {
    const engine = fakeEngine([TW1, TW4]);
    renderPane(memoryPort(workbook()), engine);
    await loaded();
    choose(screen.getByRole("combobox", { name: "Lembar yang dibaca" }), "TW I");
    await waitFor(() => expect(screen.queryByRole("article", { name: "TW IV" })).toBeNull());
    expect(screen.getByRole("article", { name: "TW I" })).toBeTruthy();
    expect(engine.analyseCalls.at(-1)?.sheet).toBe("TW I");
  });

  it("shows the missing header words when no sheet holds a table", async () => {
    const engine = fakeEngine([], { Lembar1: ["PAGU", "ANGGARAN KAS", "REALISASI (Rp)"] });
    renderPane(memoryPort([sheetGrid("Lembar1", 4, 4)]), engine);
    await loaded();
    const alert = screen.getByText("Tabel Pengukuran Kinerja atau Evaluasi Renja tidak ditemukan").closest(".fui-MessageBar") as HTMLElement;
    expect(within(alert).getByText(/PAGU, ANGGARAN KAS, REALISASI \(Rp\)/)).toBeTruthy();
    expect(within(alert).getByText(/Lembar "Lembar1"/)).toBeTruthy();
  });
});
