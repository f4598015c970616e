import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { WorkbookPort } from "../../src/core/ports/workbookPort";
import { App } from "../../src/taskpane/App";
import { Engine } from "../../src/taskpane/engine";
import { Language } from "../../src/taskpane/i18n";

// The machine is shared: a Fluent render can take seconds under load. These are limits, not timed assertions.
configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);

export function renderPane(port: WorkbookPort | null, engine?: Engine, lang?: Language) {
  return render(<App port={port} engine={engine} initialLanguage={lang} />);
}

/** Waits until the workbook has been read (the spinner is gone). */
export async function loaded() {
  await screen.findByRole("button", { name: /Baca ulang|Read the workbook again/ });
  await waitFor(() => expect(screen.queryByText(/Membaca buku kerja…|Reading the workbook…/)).toBeNull());
}

export function openStep(name: RegExp | string) {
  fireEvent.click(screen.getByRole("tab", { name }));
}

/** Open a Fluent Dropdown by its accessible name and click the option with this name. */
export function choose(dropdown: HTMLElement, option: RegExp | string) {
  fireEvent.click(dropdown);
  const listbox = screen.getByRole("listbox");
  fireEvent.click(within(listbox).getByRole("option", { name: option }));
}

/** The value shown next to a term in a definition list. */
export function definition(scope: HTMLElement, term: string): string {
  const dt = within(scope).getByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
}
