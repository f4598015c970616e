/**
 * End-to-end checks outside Excel (`npm run test:e2e`):
 *  - browser: the built web page (dist/, served on 127.0.0.1) in Debian's Chromium driven by playwright-core;
 *  - libreoffice: the generated workbook recalculated and printed by LibreOffice headless.
 *
 *   tsx test/e2e/run.ts [--build | --no-build] [--only browser|libreoffice] [--keep]
 *
 * dist/ is built with `npm run build` when it is missing or older than its sources (--build: always; --no-build:
 * never). Screenshots and the downloaded workbook go to test-results/e2e/; LibreOffice's files to a temporary
 * folder (kept with --keep). Exit code 1 when a check fails.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startStaticServer } from "../../scripts/e2e/staticServer";
import { a11yScenario, browserLanguageScenario } from "./browser/a11yScenario";
import { badFilesScenario } from "./browser/badFilesScenario";
import { editedSheetScenario } from "./browser/editedSheetScenario";
import { manyFindingsScenario } from "./browser/manyFindingsScenario";
import { largeFileScenario } from "./browser/largeFileScenario";
import { otherFormatsScenario } from "./browser/otherFormatsScenario";
import { chromiumVersion, launchBrowser } from "./browser/launch";
import { sampleScenario } from "./browser/sampleScenario";
import { webPageScenario } from "./browser/webPageScenario";
import { ensureBuild } from "./ensureBuild";
import { ER_SAMPLE, ROOT, SAMPLE, SAMPLE_2021 } from "./expectations";
import { Harness } from "./harness";
import { erCachedValues } from "./libreoffice/erCachedValues";
import { formulaProof } from "./libreoffice/formulaProof";
import { generateFromFile } from "./libreoffice/generated";
import { pdfProof } from "./libreoffice/pdfProof";
import { printProof } from "./libreoffice/printProof";
import { preservationProof } from "./libreoffice/preservationProof";
import { libreOfficeVersion } from "./libreoffice/soffice";
import { otherFormatsProof } from "./libreoffice/otherFormats";

/** The one error a plain browser is expected to log: office.js cannot load from Microsoft's CDN here. */
const EXPECTED_PAGE_ERRORS = [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/];

interface Options {
  build: "auto" | "always" | "never";
  only: "browser" | "libreoffice" | null;
  keep: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { build: "auto", only: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--build") options.build = "always";
    else if (a === "--no-build") options.build = "never";
    else if (a === "--keep") options.keep = true;
    else if (a === "--only" || a.startsWith("--only=")) {
      const v = a.includes("=") ? a.split("=")[1] : argv[++i];
      if (v !== "browser" && v !== "libreoffice") throw new Error(`--only: browser atau libreoffice, bukan ${v}`);
      options.only = v;
    } else throw new Error(`opsi tidak dikenal: ${a}`);
  }
  return options;
}

async function browserSuite(h: Harness, options: Options, outDir: string): Promise<void> {
  const dist = ensureBuild(options.build);
  const server = await startStaticServer(dist);
  const browser = await launchBrowser(server.url.replace(/\/$/, ""));
  console.log(`browser: ${chromiumVersion()} → ${server.url}taskpane.html`);
  try {
    await sampleScenario(h, browser, server.url, outDir);
    await sampleScenario(h, browser, server.url, outDir, {
      file: ER_SAMPLE,
      suite: "browser: contoh Evaluasi Renja",
      shots: "er-",
    });
    await badFilesScenario(h, browser, server.url, outDir);
    await largeFileScenario(h, browser, server.url, outDir);
    await otherFormatsScenario(h, browser, server.url, outDir);
    await editedSheetScenario(h, browser, server.url, outDir);
    await webPageScenario(h, browser, server.url, dist);
    await a11yScenario(h, browser, server.url, outDir);
    await browserLanguageScenario(h, server.url);
    await manyFindingsScenario(h, browser, server.url, outDir);
    await h.check("browser: halaman", "tanpa galat halaman selain yang diharapkan tanpa Office", async () => {
      const unexpected = browser.pageErrors.filter((e) => !EXPECTED_PAGE_ERRORS.some((re) => re.test(e)));
      if (unexpected.length > 0) throw new Error(unexpected.join("\n"));
      const offsite = [...new Set(browser.blocked.map((u) => new URL(u).origin))];
      const kinds = [...new Set(browser.pageErrors.map((e) => e.slice(0, 90)))];
      h.note(`Permintaan ke luar diblokir: ${offsite.join(", ") || "tidak ada"}`);
      h.note(`Galat yang diharapkan tanpa Office (${browser.pageErrors.length}×): ${kinds.join(" | ") || "tidak ada"}`);
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

async function libreOfficeSuite(h: Harness, options: Options): Promise<void> {
  console.log(`libreoffice: ${libreOfficeVersion()}`);
  const workDir = mkdtempSync(path.join(os.tmpdir(), "lkjip-libreoffice-"));
  try {
    const generated = await generateFromFile(SAMPLE);
    await formulaProof(h, generated, workDir);
    await pdfProof(h, generated, workDir);
    const long = await generateFromFile(SAMPLE_2021);
    const er = await generateFromFile(ER_SAMPLE);
    await printProof(
      h,
      [
        { label: "contoh 2022", generated },
        { label: "contoh Evaluasi Renja 2022", generated: er },
        // Last: its Realisasi Anggaran is the control printed without the page plan.
        { label: "contoh 2021 (tabel panjang)", generated: long },
      ],
      workDir,
    );
    await preservationProof(h, workDir);
    await erCachedValues(h, workDir);
    await otherFormatsProof(h, workDir);
  } finally {
    if (options.keep) console.log(`libreoffice: berkas kerja disimpan di ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const outDir = path.join(ROOT, "test-results", "e2e");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const h = new Harness();
  const timings: string[] = [];
  const timed = async (label: string, fn: () => Promise<void>) => {
    const started = Date.now();
    try {
      await fn();
    } catch (e) {
      await h.check(label, "persiapan", () => Promise.reject(e));
    }
    timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  if (options.only !== "libreoffice") await timed("browser", () => browserSuite(h, options, outDir));
  if (options.only !== "browser") await timed("libreoffice", () => libreOfficeSuite(h, options));

  const { passed, failed } = h.summary();
  console.log("\nRingkasan e2e");
  for (const note of h.notes) console.log(`  · ${note}`);
  console.log(`  Waktu: ${timings.join(", ")}`);
  console.log(`  Tangkapan layar dan unduhan: ${path.relative(process.cwd(), outDir)}/`);
  console.log(`  ${passed} lulus, ${failed} gagal`);
  // The plain closing line CI reads, in the form test runners use.
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
