import { openingFraction, OpeningProgress, openXlsxFile } from "../../src/taskpane/web/openXlsxFile";
import { sampleBytes } from "./helpers";

describe("openXlsxFile (the web page's open step)", () => {
  it("reads the picked file, then reports each parsed worksheet, ending at the whole bar", async () => {
    const seen: OpeningProgress[] = [];
    const file = new File([sampleBytes().buffer as ArrayBuffer], "pengukuran.xlsx");
    const workbook = await openXlsxFile(file, (p) => seen.push(p));
    expect(workbook.fileName).toBe("pengukuran.xlsx");
    expect(seen[0]).toEqual({ stage: "berkas", fileName: "pengukuran.xlsx" });
    const last = seen[seen.length - 1];
    expect(last.stage).toBe("lembar");
    expect(openingFraction(last)).toBe(1);
    const fractions = seen.map(openingFraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it("passes the adapter's message on for a file that is not an .xlsx", async () => {
    const file = new File(["bukan excel"], "catatan.xlsx");
    await expect(openXlsxFile(file, () => undefined)).rejects.toThrow(
      'Berkas "catatan.xlsx" bukan buku kerja yang dapat dibaca',
    );
  });
});
