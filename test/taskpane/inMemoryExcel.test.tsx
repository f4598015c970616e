/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Grid } from "../../src/core/grid/grid";
import { analyseWorkbook } from "../../src/core/pipeline";
import { countModel } from "../../src/core/model/counts";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { createInMemoryExcel } from "../excel/inMemoryExcel";
import { definition, loaded, openStep, renderPane } from "./render";
import { sampleGrids } from "./sampleGrids";

/**
 * The add-in as it runs in Excel, minus Excel: the pane, the real pipeline and the Office.js adapter, against the
 * in-memory implementation of the Excel JavaScript API holding the sample workbook.
 */
describe("task pane → OfficeWorkbook → in-memory Excel", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await sampleGrids();
  });

  it("goes through Kenali, Periksa and Buat tabel LKjIP, and never writes to the user's sheets", async () => {
    const excel = createInMemoryExcel({ sheets: grids });
    const expected = analyseWorkbook(grids);
    renderPane(new OfficeWorkbook(excel.run));
    await loaded();

    // Kenali: what the engine recognises in the sheets the adapter read from "Excel".
    for (const model of expected.models) {
      const article = screen.getByRole("article", { name: model.sheet });
      expect(definition(article, "Sub kegiatan")).toBe(String(countModel(model).subKegiatan));
    }

    // Periksa: clicking a finding selects its cell in the workbook (errors are listed first).
    openStep("Periksa");
    const first = expected.findings.find((f) => f.severity === "error")!;
    const item = screen.getAllByRole("listitem")[0];
    fireEvent.click(item.querySelector("button") as HTMLElement);
    await waitFor(() => expect(excel.workbook.selection()).toEqual({ sheet: first.sheet, address: first.cell }));

    // Buat tabel LKjIP: the generated sheets appear in the workbook; the user's sheets are untouched.
    const before = grids.map((g) => excel.workbook.toGrid(g.name));
    excel.stats.reset();
    openStep("Buat tabel LKjIP");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    const written = await screen.findByRole("region", { name: "Lembar yang ditulis" });
    const names = within(written)
      .getAllByRole("button")
      .map((b) => b.textContent ?? "");
    expect(names).toContain("Hasil Pemeriksaan");
    for (const name of names) expect(excel.workbook.sheetNames()).toContain(name);
    expect(excel.stats.writtenSheets().some((s) => grids.some((g) => g.name === s))).toBe(false);
    expect(grids.map((g) => excel.workbook.toGrid(g.name))).toEqual(before);

    fireEvent.click(within(written).getByRole("button", { name: "LKjIP Bab II" }));
    await waitFor(() => expect(excel.workbook.activeSheet()).toBe("LKjIP Bab II"));
  });
});
