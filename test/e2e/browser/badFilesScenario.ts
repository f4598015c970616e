import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../../../src/core/pipeline";
import { gridsOf } from "../../file/gridsOf";
import { checkWorkbookBytes } from "../../../src/file/fileErrors";
import { missingWords } from "../../../src/taskpane/components/NoTableMessage";
import { Harness } from "../harness";
import { Browser } from "./launch";
import { chooseFile, dropFile, openPage, openStep, screenshot, t, web } from "./pane";

const SUITE = "browser: berkas salah";

/** A tidy workbook of another kind: a shopping list, no Pengukuran Kinerja header words. */
async function notPengukuranKinerja(): Promise<{ buffer: Buffer; workbook: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Daftar Belanja");
  ws.addRow(["No", "Nama Barang", "Jumlah", "Harga Satuan", "Total"]);
  ws.addRow([1, "Kertas A4", 10, 55000, { formula: "C2*D2", result: 550000 }]);
  ws.addRow([2, "Tinta printer", 4, 120000, { formula: "C3*D3", result: 480000 }]);
  return { buffer: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), workbook: wb };
}

/** A workbook that is not a Pengukuran Kinerja workbook, and a text file named .xlsx: each gets a clear message. */
export async function badFilesScenario(h: Harness, browser: Browser, url: string, outDir: string): Promise<void> {
  const page = await browser.newPage();

  await h.check(SUITE, "buku kerja lain: pesan menyebut judul kolom yang tidak ditemukan", async () => {
    const { buffer, workbook } = await notPengukuranKinerja();
    const analysis = analyseWorkbook(await gridsOf(new Uint8Array(buffer)));
    assert.equal(analysis.models.length, 0, "mesin mengenali daftar belanja sebagai tabel");
    await openPage(page, url);
    await chooseFile(page, { name: "daftar-belanja.xlsx", buffer });
    await page.getByText(t.noTableTitle).first().waitFor();
    for (const s of analysis.skipped) {
      assert.ok(s.missingHeaders.length > 0, `${s.sheet}: mesin tidak menyebut judul kolom yang hilang`);
      await page
        .getByText(t.missingHeaders(s.sheet, missingWords(s, t)))
        .first()
        .waitFor();
    }
    h.note(`Daftar Belanja: judul kolom tidak ditemukan: ${analysis.skipped[0].missingHeaders.join(", ")}`);
    await screenshot(page, outDir, "06-bukan-pengukuran-kinerja.png");
    await openStep(page, "buat");
    await page.getByRole("button", { name: t.generateButton }).click();
    await page.getByRole("region", { name: t.stepHeadings.buat }).getByText(t.noTableTitle).waitFor();
    assert.equal(
      await page.getByRole("button", { name: web.download }).isDisabled(),
      true,
      "Unduh hasil aktif tanpa hasil",
    );
    await screenshot(page, outDir, "07-bukan-pengukuran-kinerja-buat.png");
  });

  await h.check(SUITE, "berkas teks bernama .xlsx: pesan jelas, berkas yang terbuka tetap", async () => {
    const buffer = Buffer.from("Ini catatan rapat, bukan buku kerja Excel.\n");
    const message = checkWorkbookBytes(new Uint8Array(buffer), "catatan.xlsx")?.message;
    assert.ok(message, "mesin menerima berkas teks");
    await chooseFile(page, { name: "catatan.xlsx", buffer });
    await page.getByText(web.openFailed).waitFor();
    await page.getByText(message, { exact: true }).waitFor();
    // The workbook opened before stays open.
    await page.getByText(`${web.currentFile}: daftar-belanja.xlsx`).waitFor();
    await screenshot(page, outDir, "08-bukan-xlsx-saat-terbuka.png");
  });

  await h.check(SUITE, "berkas teks bernama .xlsx di halaman awal: pesan jelas", async () => {
    const fresh = await browser.newPage();
    const buffer = Buffer.from("NO;TUJUAN;SASARAN\n1;Meningkatnya investasi;…\n");
    const message = checkWorkbookBytes(new Uint8Array(buffer), "pengukuran.xlsx")?.message;
    assert.ok(message);
    await openPage(fresh, url);
    await chooseFile(fresh, { name: "pengukuran.xlsx", buffer });
    await fresh.getByText(web.openFailed).waitFor();
    await fresh.getByText(message, { exact: true }).waitFor();
    await fresh.getByRole("button", { name: web.openButton }).waitFor();
    h.note(`Pesan: ${message}`);
    await screenshot(fresh, outDir, "09-bukan-xlsx.png");
    await fresh.close();
  });
  await h.check(SUITE, "seret dan lepas: berkas yang dilepas di halaman dibuka", async () => {
    const fresh = await browser.newPage();
    const { buffer } = await notPengukuranKinerja();
    await openPage(fresh, url);
    await dropFile(fresh, "dilepas.xlsx", buffer);
    await fresh.getByText(`${web.currentFile}: dilepas.xlsx`).waitFor();
    await fresh.getByText(t.noTableTitle).first().waitFor();
    await fresh.close();
  });
  await page.close();
}
