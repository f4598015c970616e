import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Page } from "playwright-core";
import { Finding } from "../../../src/core/model/finding";
import { lkjipDownloadName } from "../../../src/file/downloadName";
import { formatNumber } from "../../../src/taskpane/i18n";
import { ModelCounts } from "../../../src/core/model/counts";
import { loadXlsx, paneExpectations, SAMPLE } from "../expectations";
import { Harness } from "../harness";
import { assertGeneratedWorkbook } from "../workbookChecks";
import { Browser } from "./launch";
import { chooseFile, openPage, openStep, screenshot, shownCounts, t, web } from "./pane";

const COUNT_KEYS = [
  "tujuan",
  "sasaran",
  "indikator",
  "program",
  "kegiatan",
  "subKegiatan",
] as const satisfies readonly (keyof ModelCounts)[];

/** Which workbook the scenario opens: the Pengukuran Kinerja sample unless told otherwise. */
export interface SampleRun {
  file: string;
  suite: string;
  /** Prefix of the screenshot names, so that two runs keep their own. */
  shots: string;
}

export const PK_SAMPLE_RUN: SampleRun = { file: SAMPLE, suite: "browser: contoh", shots: "" };

/**
 * A sample workbook through the three steps in Chromium: the Kenali counts and the Periksa findings equal the
 * engine's (computed here in Node), Buat writes the LKjIP sheets, and the download holds them with the user's
 * sheets unchanged.
 */
export async function sampleScenario(
  h: Harness,
  browser: Browser,
  url: string,
  outDir: string,
  run: SampleRun = PK_SAMPLE_RUN,
): Promise<void> {
  const SUITE = run.suite;
  const SAMPLE_FILE = run.file;
  const expected = await paneExpectations(SAMPLE_FILE);
  const page = await browser.newPage();
  const shot = (name: string, fullPage = false) => screenshot(page, outDir, `${run.shots}${name}`, fullPage);

  const steps: [string, () => Promise<void>][] = [
    [
      "halaman terbuka tanpa Office: tombol Buka berkas .xlsx",
      async () => {
        await openPage(page, url);
        await page.getByText(web.dropHint).waitFor();
        await shot("01-buka.png");
      },
    ],
    [
      "Kenali: jumlah tujuan/sasaran/indikator/program/kegiatan/sub kegiatan sama dengan mesin",
      async () => {
        await chooseFile(page, SAMPLE_FILE);
        await page.getByText(`${web.currentFile}: ${path.basename(SAMPLE_FILE)}`).waitFor();
        for (const { sheet, counts } of expected.counts) {
          const shown = await shownCounts(page, sheet);
          for (const key of COUNT_KEYS) {
            assert.equal(shown[t.counts[key]], String(counts[key]), `${sheet}: ${t.counts[key]}`);
          }
        }
        h.note(`Kenali: ${expected.counts.map((c) => `${c.sheet} ${JSON.stringify(c.counts)}`).join("; ")}`);
        await shot("02-kenali.png", true);
      },
    ],
    [
      "Periksa: jumlah temuan sama dengan mesin, sel disebut (tanpa klik-pilih)",
      async () => {
        await openStep(page, "periksa");
        const findings = expected.analysis.findings;
        assert.ok(findings.length > 0, "contoh seharusnya punya temuan");
        await page.getByText(t.shownCount(findings.length, findings.length)).waitFor();
        for (const severity of ["error", "warning", "info"] as const) {
          const n = findings.filter((f) => f.severity === severity).length;
          await page
            .getByRole("status")
            .getByText(t.severityCount(n, t.severities[severity]), { exact: true })
            .waitFor();
        }
        const known = findings[0];
        await page.getByText(t.findingLocation(known.sheet, known.cell)).first().waitFor();
        await page.getByText(known.message, { exact: true }).first().waitFor();
        assert.equal(await page.getByTitle(t.goToCell(known.sheet, known.cell)).count(), 0, "tombol pilih sel muncul");
        await assertFindingShown(page, findings[findings.length - 1]);
        h.note(`Periksa: ${findings.length} temuan; contoh sel ${known.sheet}!${known.cell}`);
        await shot("03-periksa.png", true);
      },
    ],
    [
      "Buat tabel LKjIP: lembar ditulis, Unduh hasil aktif",
      async () => {
        await openStep(page, "buat");
        const download = page.getByRole("button", { name: web.download });
        assert.equal(await download.isDisabled(), true, "Unduh hasil aktif sebelum tabel dibuat");
        await page.getByRole("button", { name: t.generateButton }).click();
        await page.getByText(t.doneSummary(expected.generate.specs.length)).waitFor({ timeout: 120_000 });
        for (const spec of expected.generate.specs) {
          await page.getByRole("region", { name: t.writtenHeading }).getByText(spec.name, { exact: true }).waitFor();
        }
        assert.equal(await download.isEnabled(), true, "Unduh hasil tidak aktif setelah tabel dibuat");
        await shot("04-buat.png");
      },
    ],
    [
      "Unduh hasil: berkas <nama>-lkjip.xlsx berisi lembar LKjIP, lembar pengguna tidak berubah",
      async () => {
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: web.download }).click(),
        ]);
        assert.equal(download.suggestedFilename(), lkjipDownloadName(path.basename(SAMPLE_FILE)));
        const saved = path.join(outDir, download.suggestedFilename());
        await download.saveAs(saved);
        await page.getByText(web.downloaded(download.suggestedFilename())).waitFor();
        await shot("05-unduh.png");
        const inputBytes = new Uint8Array(readFileSync(SAMPLE_FILE));
        const outputBytes = new Uint8Array(readFileSync(saved));
        const compared = assertGeneratedWorkbook(
          await loadXlsx(inputBytes),
          await loadXlsx(outputBytes),
          expected.generate.specs,
          {
            input: inputBytes,
            output: outputBytes,
          },
        );
        h.note(
          `Unduhan ${path.relative(process.cwd(), saved)}: ${compared.userSheets} lembar pengguna (${compared.userCells} sel) sama, ` +
            `${compared.generatedSheets} lembar dibuat, ${compared.formulas} rumus sesuai mesin; paket masukan utuh`,
        );
      },
    ],
  ];
  for (const [name, fn] of steps) if (!(await h.check(SUITE, name, fn))) break;
  await page.close();
}

async function assertFindingShown(page: Page, f: Finding): Promise<void> {
  const item = page
    .getByRole("listitem")
    .filter({ hasText: t.findingLocation(f.sheet, f.cell) })
    .filter({ hasText: f.message });
  await item.first().waitFor();
  if (typeof f.expected === "number") {
    await item
      .first()
      .getByText(`${t.expected}: ${formatNumber(f.expected, "id")}`, { exact: false })
      .waitFor();
  }
}
