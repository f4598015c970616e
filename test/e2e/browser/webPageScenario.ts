import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Download, Locator, Page } from "playwright-core";
import { workbookBytes } from "../../../scripts/bench";
import { lkjipDownloadName } from "../../../src/file/downloadName";
import { SAMPLE } from "../expectations";
import { Harness } from "../harness";
import { Browser } from "./launch";
import { chooseFile, openStep, shownCounts, t, web } from "./pane";

const SUITE = "browser: halaman web";
/** Sub kegiatan of the synthetic workbook: enough that opening and building take long enough to press Cancel. */
const LARGE_SUB_KEGIATAN = 8_000;
const LARGE_NAME = "pengukuran-sintetis.xlsx";
/** The web page's Web Worker, as webpack names its chunk (startFileWorker.ts). */
const WORKER_SCRIPT = /\/lkjip-berkas\.js$/;
/** How long to listen for a second download after the first. */
const SECOND_DOWNLOAD_WAIT_MS = 3_000;

/** Every URL the page and its workers ask for, in order. */
function requestLog(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  page.on("worker", (w) => urls.push(w.url()));
  return urls;
}

const fileBar = (page: Page) => page.getByTestId("file-bar");
const downloadButton = (page: Page) => page.getByRole("button", { name: web.download });

/** What the page shows of its open file: the file bar's name, the Kenali heading, the counts of one sheet. */
async function shownFile(page: Page, sheet: string): Promise<string> {
  const name = await fileBar(page).getByText(`${web.currentFile}:`).innerText();
  return JSON.stringify({ name, counts: await shownCounts(page, sheet) });
}

/**
 * Press `button`, then the Cancel button (`label`) inside a `container` on the first frame that shows it, from inside
 * the page: the work it cancels takes a few hundred milliseconds on this workbook, less than Playwright may need to
 * find and click a button that has just appeared. False when no Cancel appeared within two seconds of frames.
 */
async function pressThenCancel(button: Locator, container: string, label: string): Promise<boolean> {
  return button.evaluate(
    async (element, [selector, text]) => {
      (element as HTMLButtonElement).click();
      for (let frame = 0; frame < 120; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const buttons = document.querySelectorAll<HTMLButtonElement>(`${selector} button`);
        const cancel = [...buttons].find((b) => b.textContent?.trim() === text);
        if (cancel) {
          cancel.click();
          return true;
        }
      }
      return false;
    },
    [container, label] as const,
  );
}

/**
 * The plain web page on its own: index.html asks for neither office.js nor the functions, and the reading code (the
 * worker) only once a file is chosen. Cancel while a file opens, while the tables are built and while the download is
 * built leaves the page as it was before; the download button is busy while its file is built, and two clicks give
 * one download.
 */
export async function webPageScenario(h: Harness, browser: Browser, url: string, dist: string): Promise<void> {
  await h.check(SUITE, "decimal.js ada di satu chunk saja", async () => {
    // A string of decimal.js's own, kept by the minifier (its error messages).
    const holding = readdirSync(dist).filter(
      (f) => f.endsWith(".js") && readFileSync(path.join(dist, f), "utf8").includes("[DecimalError]"),
    );
    assert.deepEqual(holding, ["decimal.js"]);
  });

  const { bytes: large } = await workbookBytes(LARGE_SUB_KEGIATAN);
  const page = await browser.newPage();
  const requests = requestLog(page);

  await h.check(
    SUITE,
    "index.html tanpa office.js dan functions.js; kode pembaca dimuat saat berkas dipilih",
    async () => {
      await page.goto(`${url}index.html`);
      await page.getByRole("button", { name: web.openButton }).waitFor();
      await page.waitForLoadState("networkidle");
      const files = requests.map((u) => new URL(u).pathname.split("/").pop() ?? "");
      assert.ok(!requests.some((u) => /appsforoffice\.microsoft\.com|office\.js/.test(u)), requests.join("\n"));
      assert.ok(!files.includes("functions.js"), `functions.js dimuat: ${files.join(", ")}`);
      assert.ok(!files.includes("taskpane.js"), `taskpane.js dimuat: ${files.join(", ")}`);
      assert.ok(
        !requests.some((u) => WORKER_SCRIPT.test(u)),
        `pekerja dimuat sebelum berkas dipilih: ${files.join(", ")}`,
      );
      await chooseFile(page, SAMPLE);
      await page.getByRole("heading", { level: 2, name: t.stepHeadings.kenali }).waitFor({ timeout: 60_000 });
      assert.ok(
        requests.some((u) => WORKER_SCRIPT.test(u)),
        `pekerja tidak dimuat: ${files.join(", ")}`,
      );
      h.note(`index.html memuat: ${[...new Set(requests.map((u) => new URL(u).pathname))].join(", ")}`);
    },
  );

  await h.check(SUITE, "Batal saat membuka berkas lain: berkas yang terbuka tetap seperti sebelumnya", async () => {
    const before = await shownFile(page, "TW IV 2022");
    await chooseFile(page, { name: LARGE_NAME, buffer: large });
    const cancel = fileBar(page).getByRole("button", { name: web.cancel });
    await cancel.click({ timeout: 10_000 });
    await cancel.waitFor({ state: "detached" });
    assert.equal(await shownFile(page, "TW IV 2022"), before);
    assert.equal(
      await page.evaluate(() => document.activeElement?.hasAttribute("data-open-file") ?? false),
      true,
      "fokus tidak kembali ke tombol Buka berkas setelah Batal",
    );
    assert.equal(await page.getByText(LARGE_NAME).count(), 0, "berkas yang dibatalkan tetap disebut");
  });

  await h.check(
    SUITE,
    "Batal saat tabel dibuat: langkah Buat kembali seperti sebelumnya, lalu bisa dibuat",
    async () => {
      await chooseFile(page, { name: LARGE_NAME, buffer: large });
      // The file bar names a file while it opens too; "Berkas: <name>" only once it is open.
      await page.getByText(`${web.currentFile}: ${LARGE_NAME}`).waitFor({ timeout: 120_000 });
      await openStep(page, "buat");
      const generate = page.getByRole("button", { name: t.generateButton, exact: true });
      assert.equal(await downloadButton(page).isDisabled(), true, "Unduh hasil aktif sebelum tabel dibuat");
      const pressed = await pressThenCancel(generate, '[role="status"]', t.cancel);
      assert.equal(pressed, true, "tombol Batal tidak muncul selama tabel dibuat");
      await page.getByRole("status").getByRole("button", { name: t.cancel }).waitFor({ state: "detached" });
      assert.equal(await generate.isEnabled(), true, "tombol Buat tidak aktif lagi setelah Batal");
      assert.equal(
        await generate.evaluate((b) => b === document.activeElement),
        true,
        "fokus tidak kembali ke tombol Buat setelah Batal",
      );
      assert.equal(await page.getByRole("region", { name: t.writtenHeading, exact: true }).count(), 0);
      assert.equal(await downloadButton(page).isDisabled(), true, "Unduh hasil aktif setelah pembuatan dibatalkan");
      await generate.click();
      await page.getByRole("region", { name: t.writtenHeading, exact: true }).waitFor({ timeout: 120_000 });
      assert.equal(await downloadButton(page).isEnabled(), true, "Unduh hasil tidak aktif setelah tabel dibuat");
    },
  );

  await h.check(SUITE, "Batal saat unduhan dibuat: tidak ada unduhan, tombol aktif lagi", async () => {
    const downloads: Download[] = [];
    const onDownload = (d: Download) => downloads.push(d);
    page.on("download", onDownload);
    try {
      const pressed = await pressThenCancel(downloadButton(page), '[data-testid="file-bar"]', web.cancel);
      assert.equal(pressed, true, "tombol Batal tidak muncul selama unduhan dibuat");
      await fileBar(page).getByRole("button", { name: web.cancel }).waitFor({ state: "detached" });
      await page.waitForTimeout(SECOND_DOWNLOAD_WAIT_MS);
      assert.equal(downloads.length, 0, "unduhan yang dibatalkan tetap diberikan");
      assert.equal(await downloadButton(page).isEnabled(), true);
      assert.equal(await page.getByRole("region", { name: t.writtenHeading, exact: true }).count(), 1);
    } finally {
      page.off("download", onDownload);
    }
  });

  await h.check(SUITE, "Unduh hasil: tombol sibuk selama berkas dibuat, dua klik satu unduhan", async () => {
    const downloads: Download[] = [];
    const onDownload = (d: Download) => downloads.push(d);
    page.on("download", onDownload);
    try {
      // Two clicks in the same task, before the page can redraw the button: the second must do nothing.
      const busy = await downloadButton(page).evaluate(async (button) => {
        (button as HTMLButtonElement).click();
        (button as HTMLButtonElement).click();
        await new Promise((r) => requestAnimationFrame(r));
        return {
          // Disabled but focusable (aria-disabled): a keyboard user's focus stays on it while the file is built.
          disabled: button.getAttribute("aria-disabled") === "true" && !(button as HTMLButtonElement).disabled,
          ariaBusy: button.getAttribute("aria-busy"),
          spinner: button.querySelector("[role=progressbar], .fui-Spinner") !== null,
        };
      });
      assert.deepEqual(busy, { disabled: true, ariaBusy: "true", spinner: true }, "tombol tidak menunjukkan sibuk");
      await page.getByText(web.downloaded(lkjipDownloadName(LARGE_NAME))).waitFor({
        timeout: 120_000,
      });
      await page.waitForTimeout(SECOND_DOWNLOAD_WAIT_MS);
      assert.equal(downloads.length, 1, `${downloads.length} unduhan dari dua klik`);
      const saved = await downloads[0].path();
      assert.ok(saved && readFileSync(saved).subarray(0, 2).toString() === "PK", "unduhan bukan berkas .xlsx");
    } finally {
      page.off("download", onDownload);
    }
  });
  await page.close();
}
