import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readSampleData, SAMPLE_XLSX_PATH, SampleData, SampleSheet, writeSampleXlsx } from "../../scripts/build-sample";
import { layoutOf, seedNumber } from "./sampleLayout";

const NUMBER_COLUMNS = ["G", "H", "I", "J", "K", "L", "N", "O", "P", "Q", "R", "S", "T"];

let data: SampleData;
let wb: ExcelJS.Workbook;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

function sheetOf(name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} missing`);
  return ws;
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as unknown as { merges: string[] }).merges;
}

/** The cell's own value: null for the covered cells of a merge (exceljs reports the master's value there). */
function own(ws: ExcelJS.Worksheet, address: string): ExcelJS.CellValue {
  const cell = ws.getCell(address);
  return cell.isMerged && cell.master.address !== cell.address ? null : cell.value;
}

beforeAll(async () => {
  data = readSampleData();
  wb = await load(SAMPLE_XLSX_PATH);
});

describe("data file", () => {
  it("holds the two seed sheets with four tujuan each, complete rows and transcription notes", () => {
    expect(data.sheets.map((s) => s.name)).toEqual(["TW I 2022", "TW IV 2022"]);
    expect(data.notes.length).toBeGreaterThan(10);
    for (const sheet of data.sheets) {
      expect(sheet.tujuan.map((t) => t.no)).toEqual(
        sheet.numbers === "text" ? ["1", "2", "3", "4"] : ["1", "2", "3", "4."],
      );
      for (const s of sheet.tujuan.flatMap((t) => t.sasaran)) {
        expect(s.budget[0].level).toBe("program");
        for (const b of s.budget) {
          expect(["program", "kegiatan", "subKegiatan"]).toContain(b.level);
          expect(b.kas).toHaveLength(4);
        }
        for (const i of s.indikator) expect(i.target).toHaveLength(4);
      }
    }
    const rows = data.sheets.map((s) => s.tujuan.flatMap((t) => t.sasaran).reduce((n, s) => n + s.budget.length, 0));
    expect(rows).toEqual([70, 39]);
  });
});

describe("workbook layout", () => {
  it("has the two sheets in order and a fixed creator and date", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["TW I 2022", "TW IV 2022"]);
    expect(wb.creator).toBe("lkjip-excel");
    expect(new Date(wb.created).toISOString()).toBe("2022-12-30T00:00:00.000Z");
  });

  it.each(["TW I 2022", "TW IV 2022"])("%s: title rows merged across the table, centred and bold", (name) => {
    const ws = sheetOf(name);
    const sheet = data.sheets.find((s) => s.name === name)!;
    sheet.title.forEach((line, i) => {
      const cell = ws.getCell(`A${i + 1}`);
      expect(cell.value).toBe(line);
      expect(cell.font.bold).toBe(true);
      expect(cell.alignment.horizontal).toBe("center");
      expect(mergesOf(ws)).toContain(`A${i + 1}:T${i + 1}`);
    });
    expect(ws.getCell("A3").value).toBe(
      name === "TW I 2022" ? "S/D TRIWULAN I TAHUN 2022" : "S/D TRIWULAN IV TAHUN 2022",
    );
  });

  it.each(["TW I 2022", "TW IV 2022"])(
    "%s: two-row header with group and single merges, then the column numbers",
    (name) => {
      const ws = sheetOf(name);
      expect(own(ws, "A5")).toBe("NO");
      expect(own(ws, "F5")).toBe("FORMULASI PERHITUNGAN INDIKATOR KINERJA");
      expect(own(ws, "G5")).toBe("TARGET");
      expect(["G6", "H6", "I6", "J6"].map((a) => own(ws, a))).toEqual(["TRW I", "TRW II", "TRW III", "TRW IV"]);
      expect(own(ws, "M5")).toBe("PROGRAM / KEGIATAN / SUB KEGIATAN");
      expect(own(ws, "O5")).toBe("ANGGARAN KAS");
      expect(["O6", "P6", "Q6", "R6"].map((a) => own(ws, a))).toEqual([
        "TRIWULAN I",
        "TRIWULAN II",
        "TRIWULAN III",
        "TRIWULAN IV",
      ]);
      expect(own(ws, "S5")).toBe("REALISASI (Rp)");
      expect(own(ws, "T5")).toBe("CAPAIAN (%)");
      const merges = mergesOf(ws);
      for (const m of [
        "G5:J5",
        "O5:R5",
        "A5:A6",
        "B5:B6",
        "F5:F6",
        "K5:K6",
        "L5:L6",
        "M5:M6",
        "N5:N6",
        "S5:S6",
        "T5:T6",
      ]) {
        expect(merges).toContain(m);
      }
      const numbers = "ABCDEFGHIJKLMNOPQRST".split("").map((c) => ws.getCell(`${c}7`).value);
      const seedNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 8, 9, 10, 11, 12, 13];
      const shown: (string | number)[] = name === "TW I 2022" ? seedNumbers.map(String) : seedNumbers;
      expect(numbers).toEqual([...shown, null, null]);
    },
  );

  it("TW I: tujuan and sasaran cells merged over their blocks", () => {
    const merges = mergesOf(sheetOf("TW I 2022"));
    for (const m of [
      "A8:A20",
      "B8:B20",
      "C8:C20",
      "D8:D20",
      "A21:A59",
      "D21:D26",
      "D27:D59",
      "A60:A70",
      "D60:D70",
      "A71:A77",
      "D71:D77",
    ]) {
      expect(merges).toContain(m);
    }
    expect(merges).toEqual(expect.arrayContaining(["E8:E9", "G8:G9", "L8:L9", "E71:E72", "E73:E74", "K73:K74"]));
    expect(merges).not.toContain("F8:F9");
  });

  it("TW IV: tujuan and sasaran cells merged over their blocks", () => {
    const merges = mergesOf(sheetOf("TW IV 2022"));
    for (const m of [
      "A8:A20",
      "D8:D20",
      "A21:A28",
      "D21:D28",
      "A29:A39",
      "C29:C39",
      "A40:A46",
      "D40:D46",
      "E40:E41",
      "E42:E43",
    ]) {
      expect(merges).toContain(m);
    }
  });

  it.each(["TW I 2022", "TW IV 2022"])("%s: merges, row count and signature follow the data file", (name) => {
    const ws = sheetOf(name);
    const sheet = data.sheets.find((s) => s.name === name)!;
    const layout = layoutOf(sheet);
    const merges = mergesOf(ws);
    for (const [top, bottom] of layout.tujuan) {
      for (const c of ["A", "B", "C"]) expect(merges).toContain(`${c}${top}:${c}${bottom}`);
    }
    for (const [top, bottom] of layout.sasaran) expect(merges).toContain(`D${top}:D${bottom}`);
    for (const { row, height } of layout.indikator) {
      for (const c of ["E", "G", "H", "I", "J", "K", "L"])
        expect(merges).toContain(`${c}${row}:${c}${row + height - 1}`);
    }
    expect(layout.lastRow).toBe(name === "TW I 2022" ? 77 : 46);
    expect(ws.getCell(`M${layout.lastRow}`).border.bottom?.style).toBe("thin");
    expect(ws.getCell(`M${layout.lastRow + 1}`).value).toBeNull();
    const firstSignature = layout.lastRow + 2;
    sheet.signature.forEach((line, i) =>
      expect(ws.getCell(`P${firstSignature + i}`).value).toBe(line === "" ? null : line),
    );
    expect(ws.pageSetup.orientation).toBe("landscape");
  });
});

describe("cell values", () => {
  function expectEveryBudgetRow(
    sheet: SampleSheet,
    check: (ws: ExcelJS.Worksheet, row: number, texts: string[]) => void,
  ) {
    const ws = sheetOf(sheet.name);
    for (const { row, budget } of layoutOf(sheet).budget) {
      expect(own(ws, `M${row}`)).toBe(budget.uraian === "" ? null : budget.uraian);
      expect(ws.getCell(`M${row}`).font.bold === true).toBe(budget.level === "program");
      check(ws, row, [budget.pagu, ...budget.kas, budget.realisasi, budget.capaian]);
    }
  }

  it("TW I: every budget row holds the seed's text, numbers as text exactly as typed", () => {
    expectEveryBudgetRow(data.sheets[0], (ws, row, texts) => {
      ["N", "O", "P", "Q", "R", "S", "T"].forEach((c, i) =>
        expect(ws.getCell(`${c}${row}`).value).toBe(texts[i] === "" ? null : texts[i]),
      );
    });
  });

  it("TW IV: every budget row holds the seed's figures as numbers, dashes as text", () => {
    expectEveryBudgetRow(data.sheets[1], (ws, row, texts) => {
      ["N", "O", "P", "Q", "R", "S", "T"].forEach((c, i) => {
        const value = ws.getCell(`${c}${row}`).value;
        if (texts[i] === "") expect(value).toBeNull();
        else if (texts[i] === "-") expect(value).toBe("-");
        else expect(value).toBe(seedNumber(texts[i]));
      });
    });
  });

  it("TW I: indikator and formulasi cells hold the seed's text", () => {
    const ws = sheetOf("TW I 2022");
    for (const { row, indikator } of layoutOf(data.sheets[0]).indikator) {
      expect(own(ws, `E${row}`)).toBe(indikator.name === "" ? null : indikator.name);
      indikator.formulasi.forEach((line, i) => expect(ws.getCell(`F${row + i}`).value).toBe(line));
      const texts = [...indikator.target, indikator.realisasi, indikator.capaian];
      ["G", "H", "I", "J", "K", "L"].forEach((c, i) => expect(ws.getCell(`${c}${row}`).value).toBe(texts[i]));
    }
  });

  it("seed values at known addresses", () => {
    const tw1 = sheetOf("TW I 2022");
    const tw4 = sheetOf("TW IV 2022");
    const at = (ws: ExcelJS.Worksheet, a: string) => ws.getCell(a).value;
    expect(at(tw1, "M8")).toBe("PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL");
    expect(at(tw1, "N14")).toBe("412.786.800,00");
    expect(at(tw1, "O14")).toBe("72.110.600");
    expect(at(tw1, "O8")).toBe("-");
    expect(at(tw1, "K8")).toBe("-0,89%");
    expect(at(tw1, "L21")).toBe("99%");
    expect(at(tw1, "T17")).toBe("16,81");
    expect(at(tw1, "F27")).toBe("Jumlah kegiatan dgn capaian kinerja minimal 80% x 100 %");
    expect(own(tw1, "M70")).toBeNull();
    expect(at(tw1, "R70")).toBe("4.999.700,00");
    expect(own(tw1, "E73")).toBeNull();
    expect(at(tw1, "F74")).toBe("Jumlah Total Perusahaan");
    expect(at(tw1, "O71")).toBeNull();
    expect(at(tw1, "T71")).toBe("-");

    expect(at(tw4, "M8")).toBe("PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL");
    expect(at(tw4, "N8")).toBe(55599900);
    expect(["O8", "P8", "Q8", "R8"].map((a) => at(tw4, a))).toEqual([0, 55599900, 0, 0]);
    expect(at(tw4, "T8")).toBe(99.84);
    expect(at(tw4, "L8")).toBe(0.9744);
    expect(at(tw4, "G21")).toBe(0.83);
    expect(at(tw4, "N21")).toBe(250634400);
    expect(at(tw4, "N22")).toBe(246174400);
    expect(at(tw4, "S27")).toBe(9659891309);
    expect(at(tw4, "T27")).toBe(102.18);
    expect(at(tw4, "M28")).toBe("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah");
    expect(at(tw1, "A21")).toBe("2");
    expect(at(tw4, "A21")).toBe(2);
    expect(at(tw4, "A40")).toBe("4.");
    expect(at(tw4, "K40")).toBe(0.038);
    expect(at(tw4, "S40")).toBe(0);
    expect(at(tw4, "O40")).toBeNull();
    expect(own(tw4, "M39")).toBeNull();
    expect(at(tw4, "S45")).toBe(114404520);
  });

  it("TW IV number formats show the seed's digits", () => {
    const ws = sheetOf("TW IV 2022");
    const fmt = (a: string) => ws.getCell(a).numFmt;
    expect(fmt("N8")).toBe("#,##0");
    expect(fmt("O8")).toBe("#,##0");
    expect(fmt("T8")).toBe("0.00");
    expect(fmt("G8")).toBe("0.00%");
    expect(fmt("L8")).toBe("0.00%");
    expect(fmt("G21")).toBe("0%");
    expect(fmt("L21")).toBe("0%");
    expect(fmt("K40")).toBe("0.0%");
    expect(fmt("L42")).toBe("0.00%");
  });

  it.each([
    ["TW I 2022", "string"],
    ["TW IV 2022", "number"],
  ])("%s: every filled number cell of the table is a %s (dashes aside)", (name, type) => {
    const ws = sheetOf(name);
    const layout = layoutOf(data.sheets.find((s) => s.name === name)!);
    let seen = 0;
    for (let r = 8; r <= layout.lastRow; r++) {
      for (const c of NUMBER_COLUMNS) {
        const v = own(ws, `${c}${r}`);
        if (v === null || v === "-") continue;
        expect(typeof v).toBe(type);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(200);
  });
});

describe("rebuild", () => {
  it("writes the same workbook again, byte for byte and cell for cell", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-sample-"));
    try {
      const file = path.join(dir, "rebuilt.xlsx");
      await writeSampleXlsx(readSampleData(), file);
      const again = await load(file);
      for (const ws of wb.worksheets) {
        const other = again.getWorksheet(ws.name)!;
        expect(other.rowCount).toBe(ws.rowCount);
        expect(mergesOf(other)).toEqual(mergesOf(ws));
        ws.eachRow({ includeEmpty: true }, (row, r) =>
          row.eachCell({ includeEmpty: true }, (cell) => {
            expect({ at: cell.address, v: other.getCell(cell.address).value }).toEqual({
              at: cell.address,
              v: cell.value,
            });
          }),
        );
      }
      expect(fs.readFileSync(file).equals(fs.readFileSync(SAMPLE_XLSX_PATH))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
