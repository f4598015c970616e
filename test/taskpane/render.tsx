import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { WorkbookPort } from "../../src/core/ports/workbookPort";
import { App, AppProps } from "../../src/taskpane/App";
import { Engine } from "../../src/taskpane/engine";
import { Language } from "../../src/taskpane/i18n";

// The machine is shared: a Fluent render can take seconds under load. These are limits, not timed assertions.
configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);

export function renderPane(port: WorkbookPort | null, engine?: Engine, lang?: Language, extra: Partial<AppProps> = {}) {
  return render(<App port={port} engine={engine} initialLanguage={lang} {...extra} />);
}

/** Waits until the workbook has been read (the spinner is gone and a step shows its heading). */
export async function loaded() {
  await waitFor(() => expect(screen.queryByText(/Membaca buku kerja…|Reading the workbook…/)).toBeNull());
  await waitFor(() => expect(document.querySelector("[data-step-heading]")).not.toBeNull());
}

/** The button of a step in the steps navigation. */
export function stepButton(name: RegExp | string): HTMLElement {
  return within(screen.getByRole("navigation", { name: /Langkah|Steps/ })).getByRole("button", { name });
}

export function openStep(name: RegExp | string) {
  fireEvent.click(stepButton(name));
}

/** Open a Fluent Dropdown by its accessible name and click the option with this name. */
export function choose(dropdown: HTMLElement, option: RegExp | string) {
  fireEvent.click(dropdown);
  const listbox = screen.getByRole("listbox");
  fireEvent.click(within(listbox).getByRole("option", { name: option }));
}

/** Open the collapsed "Koreksi kolom" section of a recognised sheet. */
export function openColumnCorrections(article: HTMLElement) {
  fireEvent.click(within(article).getByRole("button", { name: /Koreksi kolom|Correct columns/ }));
}

/** The value shown next to a term in a definition list. */
export function definition(scope: HTMLElement, term: string): string {
  const dt = within(scope).getByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
}

/** The primary buttons on the page (each is marked `data-primary`; Fluent's own classes do not say the appearance). */
export function primaryButtons(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>("button[data-primary]")).map((b) => b.textContent ?? "");
}
