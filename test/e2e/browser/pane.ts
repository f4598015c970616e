import { Page } from "playwright-core";
import { id as t } from "../../../src/taskpane/i18n/id";
import { WEB_TEXT } from "../../../src/taskpane/web/webText";

/** The web page's words in Bahasa Indonesia, from the dictionaries the page itself uses. */
export const web = WEB_TEXT.id;
export { t };

export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}taskpane.html`);
  await page.getByRole("button", { name: web.openButton }).waitFor();
}

/** Fill the (hidden) file input the way the file picker would. */
export async function chooseFile(page: Page, file: string | { name: string; buffer: Buffer }): Promise<void> {
  const input = page.getByTestId("berkas-xlsx");
  await input.setInputFiles(
    typeof file === "string" ? file : { name: file.name, mimeType: "application/octet-stream", buffer: file.buffer },
  );
}

export async function openStep(page: Page, step: keyof typeof t.steps): Promise<void> {
  await page.getByRole("tab", { name: t.steps[step] }).click();
}

/** The Kenali counts of one recognised sheet, label → value, as the page shows them. */
export async function shownCounts(page: Page, sheet: string): Promise<Record<string, string>> {
  const article = page.getByRole("article", { name: sheet });
  await article.waitFor();
  const terms = await article.locator("dt").allInnerTexts();
  const values = await article.locator("dd").allInnerTexts();
  return Object.fromEntries(terms.map((term, i) => [term.trim(), (values[i] ?? "").trim()]));
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
