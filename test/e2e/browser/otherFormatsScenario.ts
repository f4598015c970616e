import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { countModel } from "../../../src/core/model/counts";
import { generateLkjip } from "../../../src/core/pipeline";
import { lkjipDownloadName } from "../../../src/file/downloadName";
import { FileWorkbook } from "../../../src/file/fileWorkbook";
import { ROOT } from "../expectations";
import { Harness } from "../harness";
import { Browser } from "./launch";
import { chooseFile, openPage, openStep, screenshot, shownCounts, t, web } from "./pane";

const SUITE = "browser: format lain";
const COUNT_KEYS = ["tujuan", "sasaran", "indikator", "program", "kegiatan", "subKegiatan"] as const;
const FORMATS = path.join(ROOT, "test", "fixtures", "formats");

/**
 * An .xls and an app's HTML export (.xls name) in the page: Kenali shows the engine's counts, the page says what the
 * file was read as, Buat writes the tables, and the download is a new .xlsx holding the file's sheets (the same
 * grids as read) and the generated ones.
 */
export async function otherFormatsScenario(h: Harness, browser: Browser, url: string, outDir: string): Promise<void> {
  const cases: [string, "xls" | "html"][] = [
    ["pengukuran-kinerja-2022.xls", "xls"],
    ["pengukuran-kinerja-2022-tw4-ekspor.xls", "html"],
  ];
  for (const [file, format] of cases) {
    const fixture = path.join(FORMATS, file);
    const source = await FileWorkbook.fromBuffer(new Uint8Array(readFileSync(fixture)), file);
    const grids = source.sourceSheetNames().map((n) => source.grid(n));
    const result = generateLkjip(grids);
    if (result.source === null) throw new Error(`${file}: mesin tidak mengenali tabel`);
    const specs = result.specs;
    const page = await browser.newPage();
    const steps: [string, () => Promise<void>][] = [
      [
        `${file}: dibuka sebagai ${format}, halaman menyebutnya, Kenali sama dengan mesin`,
        async () => {
          assert.equal(source.sourceFormat, format);
          await openPage(page, url);
          await chooseFile(page, fixture);
          await page.getByText(`${web.currentFile}: ${file}`).waitFor();
          await page.getByText(web.readAs(format as "xls" | "html")).waitFor();
          for (const model of result.analysis.models) {
            const shown = await shownCounts(page, model.sheet);
            const counts = countModel(model);
            for (const key of COUNT_KEYS) {
              assert.equal(shown[t.counts[key]], String(counts[key]), `${model.sheet}: ${t.counts[key]}`);
            }
          }
          await screenshot(page, outDir, `20-${format}-kenali.png`);
        },
      ],
      [
        `${file}: Buat tabel LKjIP, unduhan .xlsx berisi lembar sumber (sel sama) dan lembar hasil`,
        async () => {
          await openStep(page, "buat");
          await page.getByRole("button", { name: t.generateButton }).click();
          await page.getByText(t.doneSummary(specs.length)).waitFor({ timeout: 120_000 });
          const [download] = await Promise.all([
            page.waitForEvent("download"),
            page.getByRole("button", { name: web.download }).click(),
          ]);
          assert.equal(download.suggestedFilename(), lkjipDownloadName(file));
          const saved = path.join(outDir, `${format}-${download.suggestedFilename()}`);
          await download.saveAs(saved);
          await screenshot(page, outDir, `21-${format}-unduh.png`);
          const output = await FileWorkbook.fromBuffer(new Uint8Array(readFileSync(saved)), saved);
          assert.equal(output.sourceFormat, "xlsx");
          const sheets = (await output.listSheets()).map((s) => s.name);
          for (const grid of grids) {
            assert.ok(sheets.includes(grid.name), `lembar sumber "${grid.name}" tidak ada di unduhan`);
            assert.deepEqual(output.grid(grid.name).cells, grid.cells, `lembar sumber "${grid.name}" berubah`);
          }
          for (const spec of specs) assert.ok(sheets.includes(spec.name), `lembar "${spec.name}" tidak ada di unduhan`);
          h.note(
            `${file}: unduhan ${download.suggestedFilename()}, ${grids.length} lembar sumber, ${specs.length} lembar hasil`,
          );
        },
      ],
    ];
    try {
      for (const [name, fn] of steps) if (!(await h.check(SUITE, name, fn))) break;
    } finally {
      await page.close();
    }
  }

  await h.check(SUITE, "halaman web tanpa tabel: pesan satu baris", async () => {
    const page = await browser.newPage();
    try {
      await openPage(page, url);
      await chooseFile(page, path.join(FORMATS, "halaman-tanpa-tabel-tersimpan.xls"));
      await page.getByText(web.openFailed).waitFor();
      await page
        .getByText(
          'Berkas "halaman-tanpa-tabel-tersimpan.xls" adalah halaman web tanpa tabel, jadi tidak ada lembar kerja untuk dibaca. Unduh ulang laporannya dari aplikasi sebagai Excel, lalu buka lagi.',
          { exact: true },
        )
        .waitFor();
    } finally {
      await page.close();
    }
  });
}
