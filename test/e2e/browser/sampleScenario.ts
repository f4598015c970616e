import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { catalogOf, renderFinding } from "../../../src/core/model/messages";
import { lkjipDownloadName } from "../../../src/file/downloadName";
import { labelledAmounts } from "../../../src/taskpane/findings/findingAmounts";
import { Finding } from "../../../src/core/model/finding";
import {
  applyFilter,
  groupFindings,
  ListEntry,
  listEntries,
  RowGroup,
} from "../../../src/taskpane/findings/findingGroups";
import { ModelCounts } from "../../../src/core/model/counts";
import { columnKeysOf } from "../../../src/core/model/columns";
import { loadXlsx, paneExpectations, SAMPLE } from "../expectations";
import { Harness } from "../harness";
import { assertGeneratedWorkbook } from "../workbookChecks";
import { Browser } from "./launch";
import {
  chooseFile,
  listLines,
  openPage,
  openStep,
  screenshot,
  shownCounts,
  t,
  visiblePrimaryButtons,
  web,
} from "./pane";

const COUNT_KEYS = [
  "tujuan",
  "sasaran",
  "indikator",
  "program",
  "kegiatan",
  "subKegiatan",
] as const satisfies readonly (keyof ModelCounts)[];
const catalog = catalogOf("id");

/** Which workbook the scenario opens: the Pengukuran Kinerja sample unless told otherwise. */
export interface SampleRun {
  file: string;
  suite: string;
  /** Prefix of the screenshot names, so that two runs keep their own. */
  shots: string;
}

export const PK_SAMPLE_RUN: SampleRun = { file: SAMPLE, suite: "browser: contoh", shots: "" };

type Line =
  | { kind: "sheet"; sheet: string; count: number }
  | { kind: "row"; group: RowGroup }
  | { kind: "finding"; finding: Finding };

/** The list's items as the lines a person reads: a sheet's head, a row's head, each of its findings. */
function lines(entries: ListEntry[]): Line[] {
  return entries.flatMap((e): Line[] =>
    e.kind === "sheet"
      ? [e]
      : [
          { kind: "row", group: e.group },
          ...e.group.findings.map((finding) => ({ kind: "finding" as const, finding })),
        ],
  );
}

/** What a line of the grouped list must say, from the engine's findings and the page's own dictionaries. */
function expectedWords(entry: Line): string[] {
  if (entry.kind === "sheet") return [t.sheetGroup(entry.sheet, entry.count)];
  if (entry.kind === "row") {
    const g = entry.group;
    return [g.name ?? "", t.rowMeta(g.level ? catalog.levels[g.level] : null, g.row, g.findings.length)];
  }
  const f = entry.finding;
  return [
    catalog.severity[f.severity],
    catalog.ruleLabels[f.rule],
    t.cellLabel(f.cell),
    ...labelledAmounts(f, catalog).map((a) => `${a.label}: ${a.value}`),
    // Every line says it in words too, whatever amounts it shows.
    renderFinding(f, catalog.lang),
  ];
}

/**
 * A sample workbook through the three steps in Chromium: the Kenali counts equal the engine's (computed here in
 * Node), the Periksa list is grouped by sheet and row as the engine's findings say, a finding opens its row's
 * figures, Buat writes the LKjIP sheets, and the download holds them with the user's package unchanged.
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
      "halaman terbuka tanpa Office: tombol Buka berkas Excel",
      async () => {
        await openPage(page, url);
        await page.getByText(web.dropHint).waitFor();
        assert.deepEqual(await visiblePrimaryButtons(page), [web.openButton]);
        await shot("01-buka.png");
      },
    ],
    [
      "Kenali: ringkasan dulu, fokus ke hasil, jumlah sama dengan mesin, koreksi kolom terlipat",
      async () => {
        await chooseFile(page, SAMPLE_FILE);
        await page.getByText(`${web.currentFile}: ${path.basename(SAMPLE_FILE)}`).waitFor();
        await page.waitForFunction((heading) => document.activeElement?.textContent === heading, t.stepHeadings.kenali);
        const errors = expected.analysis.findings.filter((f) => f.severity === "error").length;
        await page
          .getByText(t.recognisedSummary(expected.counts.length, expected.analysis.findings.length, errors))
          .waitFor();
        for (const { sheet, counts } of expected.counts) {
          const shown = await shownCounts(page, sheet);
          for (const key of COUNT_KEYS) {
            assert.equal(shown[t.counts[key]], String(counts[key]), `${sheet}: ${t.counts[key]}`);
          }
        }
        assert.deepEqual(await visiblePrimaryButtons(page), [t.toPeriksa]);
        assert.equal(await page.getByRole("combobox").count(), 0, "pemilih kolom tampil sebelum Koreksi kolom dibuka");
        h.note(`Kenali: ${expected.counts.map((c) => `${c.sheet} ${JSON.stringify(c.counts)}`).join("; ")}`);
        await shot("02-kenali.png", true);
      },
    ],
    [
      "bilah berkas tetap di atas saat halaman digulir",
      async () => {
        const first = expected.analysis.models[0];
        const article = page.getByRole("article", { name: first.sheet });
        await article.getByRole("button", { name: t.correctColumns }).click();
        assert.equal(await article.getByRole("combobox").count(), columnKeysOf(first.layout).length);
        await page.mouse.move(180, 500);
        await page.mouse.wheel(0, 3000);
        await page.waitForFunction(() => window.scrollY > 200);
        const bar = await page.getByTestId("file-bar").boundingBox();
        assert.ok(bar && Math.abs(bar.y) < 1, `bilah berkas bergeser ke y=${bar?.y} saat digulir`);
        assert.equal(await page.getByRole("button", { name: web.download }).isVisible(), true);
        await shot("02b-bilah-berkas-tetap.png");
        await page.evaluate(() => window.scrollTo(0, 0));
        await article.getByRole("button", { name: t.correctColumns }).click();
      },
    ],
    [
      "Periksa: temuan dikelompokkan per lembar lalu per baris, sesuai mesin",
      async () => {
        await page.getByRole("button", { name: t.toPeriksa }).click();
        await page.getByRole("heading", { level: 2, name: t.stepHeadings.periksa }).waitFor();
        const findings = expected.analysis.findings;
        const shownFindings = applyFilter(findings, { rule: null, sheet: null, showInfo: false });
        await page.getByText(t.shownCount(shownFindings.length, findings.length)).waitFor();
        const entries = listEntries(groupFindings(shownFindings));
        const expectedLines = lines(entries);
        const shown = await listLines(page);
        assert.ok(shown.length >= 8, `hanya ${shown.length} baris daftar tampil`);
        for (const [i, line] of shown.slice(0, 12).entries()) {
          assert.equal(line.kind, expectedLines[i].kind, `baris ${i + 1} daftar`);
          for (const words of expectedWords(expectedLines[i])) {
            assert.ok(line.text.includes(words), `baris ${i + 1} daftar: "${line.text}" tanpa "${words}"`);
          }
        }
        assert.deepEqual(await visiblePrimaryButtons(page), [t.toBuat]);
        h.note(
          `Periksa: ${findings.length} temuan, ${entries.filter((e) => e.kind === "row").length} baris berkelompok; ` +
            `baris pertama: ${shown[1].text}`,
        );
        await shot("03-periksa.png", true);
      },
    ],
    [
      "Periksa: temuan membuka angka barisnya di web; saringan aturan",
      async () => {
        const first = groupFindings(
          applyFilter(expected.analysis.findings, { rule: null, sheet: null, showInfo: false }),
        )[0].rows[0].findings[0];
        await page
          .getByRole("button", { name: t.showFigures(first.cell) })
          .first()
          .click();
        const panel = page.getByRole("region", { name: t.figuresHeading(first.row as number) });
        await panel.waitFor();
        // The figures load after the panel opens: read them once the spinner is gone (a busy machine showed it).
        await panel.getByText(t.figuresLoading).waitFor({ state: "hidden" });
        const text = await panel.innerText();
        // A budget row shows its pagu, an Evaluasi Renja one its form's Rp columns (no anggaran kas, no capaian);
        // an indikator row its target.
        const labels = text.includes(t.figureLabels.targetRenja)
          ? [t.figureLabels.realisasiTahun, t.figureLabels.realisasiSdTahun]
          : [
              text.includes(t.figureLabels.pagu) ? t.figureLabels.pagu : t.figureLabels.target,
              t.figureLabels.realisasi,
              t.figureLabels.capaian,
            ];
        for (const label of [t.figureLabels.name, ...labels]) {
          assert.ok(text.includes(label), `angka baris tanpa ${label}: ${text}`);
        }
        assert.equal(
          text.includes(t.figureLabels.targetRenja) && text.includes(t.figureLabels.kas),
          false,
          `baris Evaluasi Renja menyebut anggaran kas: ${text}`,
        );
        if (first.name) assert.ok(text.includes(first.name), `angka baris tanpa nama ${first.name}`);
        await shot("03b-periksa-angka-baris.png");
        const rule = first.rule;
        const ofRule = expected.analysis.findings.filter((f) => f.rule === rule).length;
        await page.getByRole("combobox", { name: t.ruleFilterLabel }).click();
        await page.getByRole("option", { name: `${catalog.ruleLabels[rule]} (${ofRule})` }).click();
        await page.getByText(t.shownCount(ofRule, expected.analysis.findings.length)).waitFor();
        const filtered = await page
          .locator("[data-rule]")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
        assert.ok(filtered.length > 0, "saringan aturan tidak menampilkan temuan");
        assert.ok(
          filtered.every((r) => r === rule),
          "saringan aturan meloloskan aturan lain",
        );
      },
    ],
    [
      "Buat tabel LKjIP: lembar ditulis, fokus ke hasil, Unduh hasil satu-satunya tombol utama",
      async () => {
        const download = page.getByRole("button", { name: web.download });
        assert.equal(await download.isDisabled(), true, "Unduh hasil aktif sebelum tabel dibuat");
        await page.getByRole("button", { name: t.toBuat }).click();
        await page.getByText(t.doneSummary(expected.generate.specs.length)).waitFor({ timeout: 120_000 });
        await page.waitForFunction(
          (heading) => document.activeElement?.textContent === heading,
          t.doneSummary(expected.generate.specs.length),
        );
        const written = page.getByRole("region", { name: t.writtenHeading, exact: true });
        for (const spec of expected.generate.specs) {
          await written.getByText(`${spec.name} (${t.writtenStatus.new})`, { exact: true }).waitFor();
        }
        assert.equal(await download.isEnabled(), true, "Unduh hasil tidak aktif setelah tabel dibuat");
        assert.deepEqual(await visiblePrimaryButtons(page), [web.download]);
        await page.getByText(t.dataPendukungWebBody("Data Pendukung")).waitFor();
        await shot("04-buat.png", true);
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
