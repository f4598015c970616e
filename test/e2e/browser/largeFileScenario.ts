import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadXlsx, paneExpectations, SAMPLE } from "../expectations";
import { Harness } from "../harness";
import { Browser } from "./launch";
import { chooseFile, openPage, screenshot, shownCounts, web } from "./pane";

const SUITE = "browser: berkas besar";
const EXTRA_SHEETS = 3;
const ROWS = 6000;
const COLS = 20;

/** The sample plus appendix sheets of many rows: a file that takes seconds to open. */
async function largeWorkbook(): Promise<{ buffer: Buffer; sheets: number }> {
  const wb = await loadXlsx(readFileSync(SAMPLE));
  for (let s = 1; s <= EXTRA_SHEETS; s++) {
    const ws = wb.addWorksheet(`Lampiran ${s}`);
    for (let r = 1; r <= ROWS; r++) {
      ws.addRow(Array.from({ length: COLS }, (_, c) => (c % 4 === 0 ? `Uraian ${s}.${r}.${c}` : r * 1000 + c)));
    }
  }
  return { buffer: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), sheets: wb.worksheets.length };
}

/** While a large file opens, the progress bar counts its worksheets; then the pane shows the sample's tables. */
export async function largeFileScenario(h: Harness, browser: Browser, url: string, outDir: string): Promise<void> {
  await h.check(SUITE, "kemajuan terlihat saat berkas besar dibaca", async () => {
    const { buffer, sheets } = await largeWorkbook();
    const expected = await paneExpectations(SAMPLE);
    const page = await browser.newPage();
    await openPage(page, url);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        document.querySelectorAll(".fui-Field__hint").forEach((el) => {
          const text = el.textContent ?? "";
          if (seen[seen.length - 1] !== text) seen.push(text);
        });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const started = Date.now();
    await chooseFile(page, { name: "pengukuran-dengan-lampiran.xlsx", buffer });
    // Every sheet count the progress hint can start with for this file, from the page's own dictionary.
    const hints = Array.from({ length: sheets + 1 }, (_, done) => ({ done, text: web.parsingSheets(done, sheets) }));
    try {
      const midway = hints.slice(1, -1).map((hint) => hint.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      await page.getByText(new RegExp(midway.join("|"))).waitFor({ timeout: 10_000 });
      await screenshot(page, outDir, "10-kemajuan-berkas-besar.png");
    } catch {
      h.note("tangkapan layar kemajuan terlewat (berkas terbuka lebih cepat dari tangkapan)");
    }
    await page.getByText(`${web.currentFile}: pengukuran-dengan-lampiran.xlsx`).waitFor({ timeout: 120_000 });
    const opened = Date.now() - started;
    for (const { sheet, counts } of expected.counts) {
      const shown = await shownCounts(page, sheet);
      assert.equal(shown["Sasaran"], String(counts.sasaran), `${sheet}: sasaran`);
    }
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    // The hint counts the sheets, then (while one is read) its rows: "2 dari 5 lembar kerja dibuka… 3.000 dari …".
    const counted = seen.flatMap((s) => hints.filter((hint) => s.startsWith(hint.text))).map((hint) => hint.done);
    assert.ok(counted.length >= 2, `kemajuan tidak terlihat: ${JSON.stringify(seen)}`);
    assert.ok(
      counted.some((done) => done > 0 && done < sheets),
      `tidak ada kemajuan di tengah jalan: ${JSON.stringify(seen)}`,
    );
    h.note(
      `Berkas besar (${(buffer.length / 1e6).toFixed(1)} MB, ${sheets} lembar): terbuka dalam ${(opened / 1000).toFixed(1)} s; ` +
        `kemajuan terlihat: ${counted.map((done) => `${done}/${sheets}`).join(", ")}`,
    );
    await page.close();
  });
}
