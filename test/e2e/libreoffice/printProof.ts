import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Harness } from "../harness";
import { GeneratedWorkbook } from "./generated";
import { checkPrintLayout, pdfPages, PrintReport } from "./printLayout";
import { singleSheet } from "./singleSheet";
import { convert, createProfile } from "./soffice";

const SUITE = "libreoffice: cetak";

/** Pages a long table must reach in one of the samples: the issue's "long table". */
const LONG_TABLE_PAGES = 3;

interface Printed {
  label: string;
  generated: GeneratedWorkbook;
}

/**
 * The printing rules proven on LibreOffice's PDF of every generated sheet of each sample (each sheet printed alone,
 * as Excel prints a sheet): page numbers "Halaman k" from 1; no page ends with a table's caption or header; every
 * page of a continued table starts with its header rows; a table that fits a page is not split. The samples together
 * must show a table of at least three pages and a table that is not the first of its sheet moved whole to the next
 * page. A control (Realisasi Anggaran of the long sample printed without our page plan and print titles) must fail
 * the same check, else the check proves nothing. Excel's own pagination cannot be checked here.
 */
export async function printProof(h: Harness, samples: Printed[], workDir: string): Promise<void> {
  const inDir = path.join(workDir, "cetak");
  mkdirSync(inDir, { recursive: true });
  const jobs: { label: string; name: string; spec: GeneratedWorkbook["sheets"][number]["spec"]; file: string }[] = [];
  samples.forEach(({ label, generated }, s) => {
    generated.sheets.forEach(({ name, spec }, i) => {
      if (spec.kind === "data-pendukung") return;
      const file = path.join(
        inDir,
        `${s}-${String(i + 1).padStart(2, "0")}-${name.replace(/[^\p{L}\p{N}]+/gu, "-")}.xlsx`,
      );
      writeFileSync(file, singleSheet(generated.bytes, name));
      jobs.push({ label, name, spec, file });
    });
  });
  const long = samples[samples.length - 1];
  const ra = long.generated.sheets.find((x) => x.name === "LKjIP Realisasi Anggaran")!;
  const control = path.join(inDir, "kontrol-tanpa-rencana-halaman.xlsx");
  writeFileSync(control, singleSheet(long.generated.bytes, ra.name, { withoutPlan: true }));

  const profile = createProfile(path.join(workDir, "profil-cetak"), false);
  const pdfs = convert([...jobs.map((j) => j.file), control], "pdf", path.join(workDir, "pdf-cetak"), profile);
  const reports: (PrintReport & { label: string })[] = [];

  await h.check(
    SUITE,
    "setiap lembar: nomor halaman, tiada judul/kepala tabel di kaki halaman, tabel lanjutan diawali kepalanya",
    async () => {
      const problems: string[] = [];
      jobs.forEach((job, i) => {
        assert.ok(existsSync(pdfs[i]), `LibreOffice tidak menulis ${pdfs[i]}`);
        // A table sharing a sheet fits a page (sheetComposer); one on a sheet of its own is taller, and continues
        // with print titles, or with a part that brings its own header (Tabel 2.2's program list).
        const fits = (nomor: string) =>
          job.spec.kind === "lkjip-table" && !job.spec.print.repeatRows && job.spec.name !== `LKjIP Tabel ${nomor}`;
        const report = checkPrintLayout(job.spec, pdfPages(pdfs[i]), fits);
        reports.push({ ...report, label: job.label });
        for (const p of report.problems) problems.push(`${job.label} / ${job.name}: ${p}`);
      });
      assert.deepEqual(problems, [], `${problems.length} pelanggaran aturan cetak`);
      for (const label of samples.map((x) => x.label)) {
        const mine = reports.filter((r) => r.label === label);
        const pages = mine.reduce((n, r) => n + r.pages, 0);
        const detail = mine.map((r) => `${r.sheet} ${r.pages} hlm`).join("; ");
        h.note(`Cetak ${label}: ${pages} halaman dari ${mine.length} lembar (${detail})`);
      }
    },
  );

  await h.check(
    SUITE,
    `ada tabel panjang (≥ ${LONG_TABLE_PAGES} halaman), tabel kedua yang melewati batas halaman, dan tabel yang dipindah utuh`,
    async () => {
      const longTables = reports.flatMap((r) =>
        r.continued
          .filter((c) => c.pages >= LONG_TABLE_PAGES)
          .map((c) => `${r.label} ${c.nomor ? `Tabel ${c.nomor}` : r.sheet} (${c.pages} hlm, lembar "${r.sheet}")`),
      );
      assert.ok(longTables.length > 0, "tidak ada tabel sepanjang tiga halaman atau lebih");
      const moved = reports.flatMap((r) => r.movedWhole.map((n) => `${r.label} Tabel ${n} ("${r.sheet}")`));
      assert.ok(moved.length > 0, "tidak ada tabel kedua atau berikutnya yang berpindah utuh ke halaman baru");
      // A table that is not the first of its part (Tabel 2.2 after 2.1 in Bab II) and runs over a page break: on a
      // sheet of its own ("LKjIP Tabel 2.2"), so that its header rows are the print titles of every continued page.
      const splitOff = reports.flatMap((r) =>
        /^LKjIP Tabel /.test(r.sheet)
          ? r.continued.map((c) => `${r.label} Tabel ${c.nomor} (${c.pages} hlm, lembar "${r.sheet}")`)
          : [],
      );
      assert.ok(splitOff.length > 0, "tidak ada tabel kedua sebuah bab yang melewati batas halaman");
      h.note(
        `Tabel kedua sebuah bab yang melewati batas halaman, di lembarnya sendiri dengan kepala tabel sebagai judul cetak: ${splitOff.join("; ")}`,
      );
      const continued = reports.flatMap((r) =>
        r.continued.map((c) => `${r.label} ${c.nomor ? `Tabel ${c.nomor}` : r.sheet}: ${c.pages} hlm`),
      );
      const repeated = reports.reduce((n, r) => n + r.repeatedHeaders, 0);
      h.note(`Tabel panjang: ${longTables.join("; ")}`);
      h.note(
        `Tabel lanjutan: ${continued.join("; ")}; ${repeated} halaman lanjutan diawali kepala tabel (judul cetak)`,
      );
      h.note(
        `Tabel bukan-pertama dipindah utuh ke halaman berikut (pemisah halaman di atas judulnya): ${moved.length}, mis. ${moved.slice(0, 4).join(", ")}`,
      );
    },
  );

  await h.check(SUITE, "kontrol: halaman yang berakhir dengan judul atau kepala tabel ditolak", async () => {
    // The real PDF text of a sheet with a table moved whole to page 2, with that table's caption and header lines
    // moved back to the foot of page 1: what printing without the plan would risk.
    const i = jobs.findIndex((j) => reports.find((r) => r.sheet === j.name && r.movedWhole.length > 0));
    assert.ok(i >= 0, "tidak ada lembar dengan tabel yang dipindah");
    const pages = pdfPages(pdfs[i]);
    const second = pages[1];
    const caption = second.findIndex((l) => /^Tabel \d+\.\d+$/.test(l));
    assert.ok(caption >= 0, "halaman 2 tidak diawali judul tabel");
    const footer = pages[0].length - 1;
    const moved = [...pages[0].slice(0, footer), ...second.slice(0, caption + 5), pages[0][footer]];
    const report = checkPrintLayout(jobs[i].spec, [moved, second.slice(caption + 5), ...pages.slice(2)], () => false);
    assert.ok(
      report.problems.some((p) => p.includes("berakhir dengan judul atau kepala tabel")),
      `kontrol lolos: ${report.problems.join(" | ") || "tanpa masalah"}`,
    );
    h.note(`Kontrol buatan "${jobs[i].name}": ${report.problems.find((p) => p.includes("berakhir"))}`);
  });

  await h.check(SUITE, "kontrol: Realisasi Anggaran tanpa rencana halaman dan judul cetak ditolak", async () => {
    const report = checkPrintLayout(ra.spec, pdfPages(pdfs[pdfs.length - 1]), () => false);
    assert.ok(
      report.problems.length > 0,
      `kontrol tanpa rencana halaman lolos (${report.pages} hlm): pemeriksaan tidak peka`,
    );
    h.note(
      `Kontrol "${ra.name}" ${long.label} tanpa rencana halaman (${report.pages} hlm) ditolak: ${report.problems[0]}`,
    );
  });
}
