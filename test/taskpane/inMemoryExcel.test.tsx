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

  it("goes through Kenali, Periksa and Buat tabel LKjIP as one undo step, and never writes to the user's sheets", async () => {
    const excel = createInMemoryExcel({ sheets: grids });
    const expected = analyseWorkbook(grids);
    renderPane(new OfficeWorkbook(excel.run, { runGrouped: excel.runGrouped }), undefined, "en");
    await loaded();

    // Kenali: what the engine recognises in the sheets the adapter read from "Excel".
    for (const model of expected.models) {
      const article = screen.getByRole("article", { name: model.sheet });
      expect(definition(article, "Sub-activities")).toBe(String(countModel(model).subKegiatan));
    }

    // Periksa: a finding's cell selects the cell in the workbook (errors are listed first).
    openStep("Check");
    const firstLine = document.querySelector<HTMLElement>("[data-entry=finding]")!;
    const cellButton = within(firstLine).getByRole("button", { name: /^Select cell / });
    const [, cell, sheet] = /^Select cell (\S+) in sheet "(.+)"$/.exec(cellButton.getAttribute("aria-label") ?? "")!;
    expect(expected.findings.some((f) => f.sheet === sheet && f.cell === cell && f.severity === "error")).toBe(true);
    fireEvent.click(cellButton);
    await waitFor(() => expect(excel.workbook.selection()).toEqual({ sheet, address: cell }));

    // Buat tabel LKjIP: one undo step said before; the generated sheets appear; the user's sheets are untouched.
    const before = grids.map((g) => excel.workbook.toGrid(g.name));
    excel.stats.reset();
    openStep("Build LKjIP");
    expect(screen.getByText(/can be undone at once with Undo/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Build the LKjIP tables" }));
    });
    const written = await screen.findByRole("region", { name: "Sheets written" });
    const names = within(written)
      .getAllByRole("button")
      .map((b) => b.textContent ?? "");
    expect(names).toContain("Hasil Pemeriksaan");
    for (const name of names) expect(excel.workbook.sheetNames()).toContain(name);
    expect(excel.stats.writtenSheets().some((s) => grids.some((g) => g.name === s))).toBe(false);
    expect(grids.map((g) => excel.workbook.toGrid(g.name))).toEqual(before);
    expect(excel.stats.undoGroups).toBe(1);
    expect(screen.queryByText(/cannot be undone at once/)).toBeNull();

    // Hasil Pemeriksaan was written in the pane's language.
    const hasil = excel.workbook.toGrid("Hasil Pemeriksaan");
    expect(hasil.cells.flat().some((c) => c?.value === "Error")).toBe(true);
    expect(hasil.cells.flat().some((c) => c?.value === "Kesalahan")).toBe(false);

    fireEvent.click(within(written).getByRole("button", { name: 'Open sheet "LKjIP Bab II"' }));
    await waitFor(() => expect(excel.workbook.activeSheet()).toBe("LKjIP Bab II"));
  });
});
