import { Page } from "playwright-core";
import { Language } from "../../../src/taskpane/i18n";
import { en } from "../../../src/taskpane/i18n/en";
import { id as t } from "../../../src/taskpane/i18n/id";
import { LANGUAGE_STORAGE_KEY } from "../../../src/taskpane/i18n/language";
import { WEB_TEXT } from "../../../src/taskpane/web/webText";

/** The web page's words in Bahasa Indonesia, from the dictionaries the page itself uses. */
export const web = WEB_TEXT.id;
export { t };
export const DICTIONARY = { id: t, en };

export async function openPage(page: Page, url: string, lang: Language = "id"): Promise<void> {
  await page.goto(`${url}taskpane.html`);
  await page.getByRole("button", { name: WEB_TEXT[lang].openButton }).waitFor();
}

/** Start in a language as if the user had chosen it earlier (the page remembers the choice in localStorage). */
export async function rememberLanguage(page: Page, url: string, lang: Language | null): Promise<void> {
  await page.goto(`${url}taskpane.html`);
  await page.evaluate(({ key, lang }) => (lang ? localStorage.setItem(key, lang) : localStorage.removeItem(key)), {
    key: LANGUAGE_STORAGE_KEY,
    lang,
  });
}

/** Fill the (hidden) file input the way the file picker would. */
export async function chooseFile(page: Page, file: string | { name: string; buffer: Buffer }): Promise<void> {
  const input = page.getByTestId("berkas-xlsx");
  await input.setInputFiles(
    typeof file === "string" ? file : { name: file.name, mimeType: "application/octet-stream", buffer: file.buffer },
  );
}

export async function openStep(page: Page, step: keyof typeof t.steps, lang: Language = "id"): Promise<void> {
  const words = DICTIONARY[lang];
  await page
    .getByRole("navigation", { name: words.stepsLabel })
    .getByRole("button", { name: words.steps[step] })
    .click();
  await page.getByRole("heading", { level: 2, name: words.stepHeadings[step] }).waitFor();
}

/** The primary buttons a person can see (each is marked data-primary). */
export async function visiblePrimaryButtons(page: Page): Promise<string[]> {
  const buttons = page.locator("button[data-primary]");
  const names: string[] = [];
  for (let i = 0; i < (await buttons.count()); i++) {
    if (await buttons.nth(i).isVisible()) names.push((await buttons.nth(i).innerText()).trim());
  }
  return names;
}

/** The Kenali counts of one recognised sheet, label → value, as the page shows them. */
export async function shownCounts(page: Page, sheet: string): Promise<Record<string, string>> {
  const article = page.getByRole("article", { name: sheet });
  await article.waitFor();
  const list = article.locator("dl").first();
  const terms = await list.locator("dt").allInnerTexts();
  const values = await list.locator("dd").allInnerTexts();
  return Object.fromEntries(terms.map((term, i) => [term.trim(), (values[i] ?? "").trim()]));
}

/** The lines of the Periksa list rendered now, in order: kind and text. */
export async function listLines(page: Page): Promise<{ kind: string; text: string }[]> {
  return page.locator("[data-entry]").evaluateAll((els) =>
    els.map((e) => ({
      kind: (e as HTMLElement).dataset.entry ?? "",
      text: (e as HTMLElement).innerText.replace(/\s+/g, " ").trim(),
    })),
  );
}

/** What the pane shows (viewport); with `fullPage` also the whole page as `<name>-penuh.png`. */
export async function screenshot(page: Page, dir: string, name: string, fullPage = false): Promise<string> {
  const file = `${dir}/${name}`;
  await page.screenshot({ path: file });
  if (fullPage) await page.screenshot({ path: file.replace(/\.png$/, "-penuh.png"), fullPage: true });
  return file;
}

/** Drop a file on the page as a user dragging it from the file manager would. */
export async function dropFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      // Where a user lets go: the middle of the pane.
      const target = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) ?? document.body;
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { name, base64: buffer.toString("base64") },
  );
}
