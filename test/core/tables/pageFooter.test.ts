import { pageFooter } from "../../../src/core/tables/pageFooter";
import { footerOffice } from "../../../src/core/tables/titleBlock";

describe("pageFooter", () => {
  it("names the office and the year on the left, the page of the sheet on the right; & doubled", () => {
    expect(pageFooter("Dinas Penanaman Modal & PTSP", "2022")).toBe(
      "&LDinas Penanaman Modal && PTSP · LKjIP Tahun 2022&RHalaman &P",
    );
    expect(pageFooter("", "2022")).toBe("&LLKjIP Tahun 2022&RHalaman &P");
  });

  it("on Hasil Pemeriksaan and Data Pendukung says they are no part of the report", () => {
    expect(pageFooter("Dinas Sosial", "2022", "hasil-pemeriksaan")).toBe(
      "&LDinas Sosial · LKjIP Tahun 2022 · Hasil Pemeriksaan (bukan bagian laporan)&RHalaman &P",
    );
    expect(pageFooter("Dinas Sosial", "2022", "data-pendukung")).toBe(
      "&LDinas Sosial · LKjIP Tahun 2022 · Data Pendukung (bukan bagian laporan)&RHalaman &P",
    );
  });

  it("shortens a name too long to leave the page number readable, at a word, with …", () => {
    const name =
      "DINAS KOPERASI USAHA MIKRO KECIL DAN MENENGAH PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN KEPULAUAN SERIBU UTARA PROVINSI";
    expect(name.length).toBeGreaterThan(110);
    const left = /^&L(.*) · LKjIP Tahun 2022&RHalaman &P$/.exec(pageFooter(name, "2022"))![1];
    expect(left.length).toBeLessThanOrEqual(90);
    expect(left.endsWith("…")).toBe(true);
    expect(name.startsWith(left.slice(0, -1))).toBe(true);
    expect(name[left.length - 1]).toBe(" ");
    // A name of up to 90 characters stays whole.
    const fits = name.slice(0, 88);
    expect(pageFooter(fits, "2022")).toBe(`&L${fits} · LKjIP Tahun 2022&RHalaman &P`);
  });
});

describe("the footer's office and language", () => {
  it("names the kabupaten or kota the title names, in the office name's case, once", () => {
    expect(footerOffice("Dinas Sosial", "KABUPATEN MARGALAYA")).toBe("Dinas Sosial Kabupaten Margalaya");
    expect(footerOffice("DINAS SOSIAL", "KABUPATEN MARGALAYA")).toBe("DINAS SOSIAL KABUPATEN MARGALAYA");
    expect(footerOffice("Dinas Sosial Kabupaten Margalaya", "KABUPATEN MARGALAYA")).toBe(
      "Dinas Sosial Kabupaten Margalaya",
    );
    expect(footerOffice("Dinas Sosial", undefined)).toBe("Dinas Sosial");
  });

  it("Hasil Pemeriksaan in English says so in English; the report's sheets stay in Bahasa Indonesia", () => {
    expect(pageFooter("Dinas Sosial", "2022", "hasil-pemeriksaan", "en")).toBe(
      "&LDinas Sosial · LKjIP 2022 · Check results (not part of the report)&RPage &P",
    );
    expect(pageFooter("Dinas Sosial", "2022", "lkjip-table", "en")).toBe(
      "&LDinas Sosial · LKjIP Tahun 2022&RHalaman &P",
    );
  });
});
