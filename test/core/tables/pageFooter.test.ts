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

  it("prints a name longer than 90 characters whole in 7 points, and shortens one beyond 170 at a word, with … (printpk38 D6: the kabupaten was cut off)", () => {
    const name =
      "DINAS KOPERASI USAHA MIKRO KECIL DAN MENENGAH PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN KEPULAUAN SERIBU UTARA PROVINSI";
    expect(name.length).toBeGreaterThan(110);
    expect(pageFooter(name, "2022")).toBe(`&L&7${name} · LKjIP Tahun 2022&RHalaman &P`);
    // A name of up to 90 characters stays whole, in the footer's own size.
    const fits = name.slice(0, 88);
    expect(pageFooter(fits, "2022")).toBe(`&L${fits} · LKjIP Tahun 2022&RHalaman &P`);
    const longest = `${name} DAERAH KHUSUS IBUKOTA JAKARTA BAGIAN UTARA DAN SEKITARNYA SERTA PULAU-PULAU`;
    expect(longest.length).toBeGreaterThan(170);
    const left = /^&L&7(.*) · LKjIP Tahun 2022&RHalaman &P$/.exec(pageFooter(longest, "2022"))![1];
    expect(left.length).toBeLessThanOrEqual(170);
    expect(left.endsWith("…")).toBe(true);
    expect(longest.startsWith(left.slice(0, -1))).toBe(true);
    expect(longest[left.length - 1]).toBe(" ");
    // Within Excel's 255 characters with the longest rest of a footer.
    expect(pageFooter(longest, "2022", "data-pendukung").length).toBeLessThanOrEqual(255);
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
