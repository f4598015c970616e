/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { fakeEngine } from "./fakeEngine";
import { sheetGrid, TW1, TW4 } from "./fixtures";
import { memoryPort } from "./memoryPort";
import { loaded, openStep, primaryButtons, renderPane } from "./render";

describe.each(["excel", "file"] as const)("one primary action per step (%s)", (mode) => {
  it("Kenali → Periksa angka, Periksa → Buat tabel LKjIP, Buat → Buat tabel LKjIP, then the result's own", async () => {
    renderPane(memoryPort([sheetGrid("TW I"), sheetGrid("TW IV")], { mode }), fakeEngine([TW1, TW4]));
    await loaded();
    expect(primaryButtons()).toEqual(["Periksa angka"]);

    fireEvent.click(screen.getByRole("button", { name: "Periksa angka" }));
    expect(primaryButtons()).toEqual(["Buat tabel LKjIP"]);
    // The button led to the step and focus went with it.
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Temuan pemeriksaan"));

    openStep("Buat LKjIP");
    expect(primaryButtons()).toEqual(["Buat tabel LKjIP"]);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Buat tabel LKjIP" }));
    });
    await screen.findByText("Selesai: 3 lembar ditulis.");
    // In Excel the result's sheet opens from the pane; on the web the download in the file bar is the primary.
    expect(primaryButtons()).toEqual(mode === "excel" ? ["Buka lembar"] : []);
  });
});
