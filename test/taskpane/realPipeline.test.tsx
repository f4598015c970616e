/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { gridFromRows } from "../../src/core/grid/gridBuilder";
import { Grid } from "../../src/core/grid/grid";
import { analyseWorkbook } from "../../src/core/pipeline";
import { countModel } from "../../src/core/model/counts";
import { memoryPort } from "./memoryPort";
import { choose, definition, loaded, openStep, renderPane } from "./render";
import { sampleGrids } from "./sampleGrids";

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
    expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Pagu" }).textContent).toBe("N");
    expect(within(tw4).getByRole("combobox", { name: "Huruf kolom untuk Kode" }).textContent).toBe("tidak ditemukan");
  });

  it("re-recognises a sheet with a corrected column and keeps the correction in the workbook", async () => {
    const port = memoryPort(grids);
    renderPane(port);
    await loaded();
    const tw1 = screen.getByRole("article", { name: "TW I 2022" });
    choose(within(tw1).getByRole("combobox", { name: "Huruf kolom untuk Kode" }), "A");
    await waitFor(() =>
      expect(within(tw1).getByRole("combobox", { name: "Huruf kolom untuk Kode" }).textContent).toBe("A"),
    );
    // The recogniser gives column A to KODE and takes it from NO.
    expect(within(tw1).getByRole("combobox", { name: "Huruf kolom untuk Nomor" }).textContent).toBe("tidak ditemukan");
    expect(port.registry.settings["columns:TW I 2022"]).toBe(JSON.stringify({ kode: 0 }));
  });

  it("lists the engine's findings by severity, filters by rule and selects the cell", async () => {
    const expected = analyseWorkbook(grids).findings;
    const errors = expected.filter((f) => f.severity === "error");
    const paguRule = expected.filter((f) => f.rule === "pagu-vs-children");
    expect(paguRule.length).toBeGreaterThan(0);
    const port = memoryPort(grids);
    renderPane(port);
    await loaded();
    openStep("Periksa");
    expect(within(screen.getByRole("status")).getByText(`${errors.length} kesalahan`)).toBeTruthy();

    choose(screen.getByRole("combobox", { name: "Saring menurut aturan" }), /^Pagu tidak sama dengan jumlah rinciannya/);
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(paguRule.length));
    fireEvent.click(screen.getAllByRole("listitem")[0].querySelector("button") as HTMLElement);
    await waitFor(() => expect(port.selected).toEqual([{ sheet: paguRule[0].sheet, cell: paguRule[0].cell }]));
  });

  it("builds the LKjIP sheets, links them, and asks for Data Pendukung once", async () => {
    const port = memoryPort(grids);
    renderPane(port);
    await loaded();
    openStep("Buat tabel LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    const written = await screen.findByRole("region", { name: "Lembar yang ditulis" });
    expect(within(written).getByText(/Sumber: lembar "TW IV 2022", s\/d triwulan IV tahun 2022/)).toBeTruthy();
    const names = port.written[0].names.filter((n): n is string => n !== null);
    expect(names).toContain("Data Pendukung");
    expect(within(written).getAllByRole("button").map((b) => b.textContent)).toEqual(names);
    expect(screen.getByText("Isi Data Pendukung")).toBeTruthy();

    fireEvent.click(within(written).getByRole("button", { name: names[0] }));
    await waitFor(() => expect(port.activated).toEqual([names[0]]));

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await waitFor(() => expect(port.written).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText("Isi Data Pendukung")).toBeNull());
    // The second run replaced its own sheets under the same names and left Data Pendukung to the user.
    expect(port.written[1].names.filter((n) => n !== null)).toEqual(names.filter((n) => n !== "Data Pendukung"));
  });

  it("names the missing header words of a workbook without a table", async () => {
    const port = memoryPort([gridFromRows("Catatan", [["Rekap kegiatan"], ["Anggaran", 1000]])]);
    renderPane(port);
    await loaded();
    const bar = screen.getByText("Tabel Pengukuran Kinerja atau Evaluasi Renja tidak ditemukan").closest(".fui-MessageBar") as HTMLElement;
    expect(within(bar).getByText(/Lembar "Catatan": judul kolom tidak ditemukan: .*PAGU/)).toBeTruthy();

    openStep("Buat tabel LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await waitFor(() => expect(screen.getAllByText("Tabel Pengukuran Kinerja atau Evaluasi Renja tidak ditemukan")).toHaveLength(1));
    expect(port.written).toHaveLength(0);
  });
});
