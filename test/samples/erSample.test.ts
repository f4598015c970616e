import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { buildErSamples, sampleFindings } from "../../scripts/build-sample-er";
import {
  ER_EXPORT_HTML_PATH,
  ER_EXPORT_PATH,
  ER_HANDMADE_PATH,
  ErData,
  ErDataSub,
  readErData,
} from "../../scripts/sample-er/data";
import { readXlsxSheets, XmlCell } from "../e2e/libreoffice/sheetXml";

/** Building and reading whole workbooks takes seconds, more on a busy machine. */
const SLOW = 60_000;

/**
 * Figures of the seed "Pengukuran Kinerja Tahun 2022" (../shared/seeds), transcribed here independently of the
 * data file: pagu and realisasi s/d TW I of every sub kegiatan (TW I report), and pagu and realisasi s/d TW IV
 * where the TW IV report lists the sub kegiatan.
 */
const SEED: Record<string, { pagu1: number; tw1: number; pagu4?: number; year?: number }> = {
  "2.18.02.2.02.0001": { pagu1: 55599900, tw1: 0, pagu4: 55599900, year: 55511475 },
  "2.18.03.2.01.0002": { pagu1: 49421000, tw1: 800000, pagu4: 49421000, year: 47509789 },
  "2.18.05.2.01.0002": { pagu1: 375108000, tw1: 17936000, pagu4: 375108000, year: 340942500 },
  "2.18.05.2.01.0003": { pagu1: 37678800, tw1: 6334000, pagu4: 37678800, year: 31912000 },
  "2.18.06.2.01.0001": { pagu1: 69068400, tw1: 2259988, pagu4: 69068400, year: 66763924 },
  "2.18.04.2.01.0001": { pagu1: 110765800, tw1: 25651190, pagu4: 110765800, year: 109210232 },
  "2.18.04.2.01.0002": { pagu1: 71159800, tw1: 10165860, pagu4: 56176300, year: 53671174 },
  "2.18.04.2.01.0003": { pagu1: 3249800, tw1: 0, pagu4: 3249800, year: 849800 },
  "2.18.04.2.01.0005": { pagu1: 60999000, tw1: 5575000, pagu4: 80442500, year: 73728900 },
  "2.18.01.2.01.0001": { pagu1: 33935000, tw1: 4632620 },
  "2.18.01.2.01.0006": { pagu1: 16030000, tw1: 1850000 },
  "2.18.01.2.02.0001": { pagu1: 8030725352, tw1: 1649490529 },
  "2.18.01.2.02.0003": { pagu1: 126793900, tw1: 4312620 },
  "2.18.01.2.02.0005": { pagu1: 7565800, tw1: 2854800 },
  "2.18.01.2.03.0006": { pagu1: 23910000, tw1: 3982620 },
  "2.18.01.2.05.0002": { pagu1: 1600000, tw1: 0 },
  "2.18.01.2.06.0002": { pagu1: 35812400, tw1: 9766200 },
  "2.18.01.2.06.0003": { pagu1: 1355000, tw1: 333500 },
  "2.18.01.2.06.0004": { pagu1: 9999400, tw1: 2730400 },
  "2.18.01.2.06.0005": { pagu1: 2868300, tw1: 1108400 },
  "2.18.01.2.06.0006": { pagu1: 1500000, tw1: 460000 },
  "2.18.01.2.06.0008": { pagu1: 4500000, tw1: 1205000 },
  "2.18.01.2.06.0009": { pagu1: 134321000, tw1: 26492420 },
  "2.18.01.2.06.0011": { pagu1: 80000000, tw1: 17295000 },
  "2.18.01.2.07.0006": { pagu1: 3625000, tw1: 0 },
  "2.18.01.2.08.0001": { pagu1: 69606000, tw1: 11515952 },
  "2.18.01.2.08.0002": { pagu1: 366000000, tw1: 68721100 },
  "2.18.01.2.08.0003": { pagu1: 124506000, tw1: 19963496 },
  "2.18.01.2.08.0004": { pagu1: 240655800, tw1: 40181928 },
  "2.18.01.2.09.0001": { pagu1: 36625000, tw1: 2872000 },
  "2.18.01.2.09.0002": { pagu1: 51753000, tw1: 7734113 },
  "2.18.01.2.09.0006": { pagu1: 39805000, tw1: 4995000 },
  "2.18.01.2.09.0009": { pagu1: 10000000, tw1: 0 },
  "2.07.03.2.01.0001": { pagu1: 3269187850, tw1: 5455824, pagu4: 3419187850, year: 2016543501 },
  "2.07.03.2.01.0002": { pagu1: 94508610, tw1: 15132368, pagu4: 94508610, year: 93073806 },
  "2.07.04.2.01.0002": { pagu1: 81299650, tw1: 16199004, pagu4: 81299650, year: 81189204 },
  "2.07.04.2.03.0003": { pagu1: 34994800, tw1: 0, pagu4: 34994800, year: 32994800 },
  "2.07.04.2.04.0001": { pagu1: 4999700, tw1: 0, pagu4: 4999700, year: 4999700 },
  "2.07.05.2.01.0001": { pagu1: 9759500, tw1: 9733000, pagu4: 9759500, year: 9733000 },
  "2.07.05.2.01.0003": { pagu1: 37979800, tw1: 600000, pagu4: 37979800, year: 35527100 },
  "2.07.05.2.02.0001": { pagu1: 112523900, tw1: 4491620, pagu4: 112523900, year: 114404520 },
  "2.07.05.2.02.0003": { pagu1: 10000000, tw1: 0, pagu4: 10000000, year: 0 },
};

/** Program totals in the seed: pagu and realisasi s/d the sheet's triwulan, as the hand-made sheets must show them. */
const SEED_PROGRAMS: Record<string, { tw1: [number, number]; tw4: [number, number] }> = {
  "PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL": { tw1: [55599900, 0], tw4: [55599900, 55511475] },
  "PROGRAM PROMOSI PENANAMAN MODAL": { tw1: [49421000, 800000], tw4: [49421000, 47509789] },
  "PROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN MODAL": { tw1: [412786800, 24270000], tw4: [412786800, 372854500] },
  "PROGRAM PENGELOLAAN DATA DAN SISTEM INFORMASI PENANAMAN MODAL": {
    tw1: [69068400, 2259988],
    tw4: [69068400, 66763924],
  },
  "PROGRAM PELAYANAN PENANAMAN MODAL": { tw1: [246174400, 41392050], tw4: [250634400, 237460106] },
  // TW I 1.866.896.585: the seed's program figure, which leaves out pemeliharaan BMD (the formula slip).
  "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA": {
    tw1: [9453491952, 1866896585],
    tw4: [9453491952, 9659891309],
  },
  "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA": {
    tw1: [3363696460, 20588192],
    tw4: [3513696460, 2109617307],
  },
  // TW IV 114.184.004: the seed's program figure, which leaves out Pelindungan PMI (the formula slip).
  "PROGRAM PENEMPATAN TENAGA KERJA": { tw1: [121294150, 16199004], tw4: [121294150, 114184004] },
};

const FIRST_ROW = 12;
const TOTAL_ROW = 87;

let data: ErData;
let handmade: ExcelJS.Workbook;
let exported: ExcelJS.Workbook;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function subs(d: ErData): ErDataSub[] {
  return d.tujuan.flatMap((t) =>
    t.sasaran.flatMap((s) => s.program.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan))),
  );
}

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  return v === null || v === undefined
    ? ""
    : typeof v === "object" && "richText" in v
      ? v.richText.map((r) => r.text).join("")
      : String(v);
}

function result(cell: ExcelJS.Cell): number {
  const v = cell.value;
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "formula" in v) return (v.result as number) ?? 0;
  throw new Error(`${cell.address}: no number (${JSON.stringify(v)})`);
}

function rowOf(ws: ExcelJS.Worksheet, name: string): number {
  for (let r = FIRST_ROW; r < TOTAL_ROW; r++) if (text(ws.getCell(r, 4)) === name) return r;
  throw new Error(`${ws.name}: no row named ${name}`);
}

beforeAll(async () => {
  data = readErData();
  handmade = await load(ER_HANDMADE_PATH);
  exported = await load(ER_EXPORT_PATH);
}, SLOW);

describe("data file", () => {
  it("says which figures are from the seed and which are made up", () => {
    expect(data.notes.some((n) => n.startsWith("FROM THE SEED"))).toBe(true);
    expect(data.notes.filter((n) => n.startsWith("MADE UP")).length).toBeGreaterThanOrEqual(4);
    expect(data.sheets.map((s) => [s.name, s.triwulan])).toEqual([
      ["TW I 2022", 1],
      ["TW IV 2022", 4],
    ]);
  });

  it("holds the seed's pagu and Triwulan I realisasi of all 42 sub kegiatan, and its year totals where the seed has them", () => {
    const all = subs(data);
    expect(all.map((s) => s.kode).sort()).toEqual(Object.keys(SEED).sort());
    for (const s of all) {
      const seed = SEED[s.kode];
      expect({ kode: s.kode, pagu: s.anggaran.paguMurni, tw1: s.anggaran.realisasi[0] }).toEqual({
        kode: s.kode,
        pagu: seed.pagu1,
        tw1: seed.tw1,
      });
      expect(s.anggaran.paguPerubahan).toBe(seed.pagu4 ?? seed.pagu1);
      const year = s.anggaran.realisasi.reduce((a, v) => a.plus(v), new Decimal(0)).toNumber();
      if (seed.year !== undefined) expect({ kode: s.kode, year }).toEqual({ kode: s.kode, year: seed.year });
      expect(s.anggaran.realisasi.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    }
  });

  it("makes PROGRAM PENUNJANG's sub kegiatan add up to the seed's 9.659.891.309", () => {
    const penunjang = subs(data).filter((s) => s.kode.startsWith("2.18.01."));
    const year = penunjang.flatMap((s) => s.anggaran.realisasi).reduce((a, v) => a.plus(v), new Decimal(0));
    expect(year.toNumber()).toBe(9659891309);
  });
});

describe("hand-made workbook", () => {
  const sheets = () => handmade.worksheets;

  it("has the two sheets with the year, the triwulan and the Perangkat Daerah line in the title rows", () => {
    expect(sheets().map((ws) => ws.name)).toEqual(["TW I 2022", "TW IV 2022"]);
    expect(text(sheets()[0].getCell("A3"))).toContain("Triwulan I Tahun 2022");
    expect(text(sheets()[1].getCell("A3"))).toContain("Triwulan IV Tahun 2022");
    for (const ws of sheets()) expect(text(ws.getCell("A5"))).toMatch(/^Perangkat Daerah : Dinas Penanaman Modal/);
  });

  it("has a merged header with the triwulan group, the equations in the number row and a K / Rp row", () => {
    for (const ws of sheets()) {
      expect(text(ws.getCell("M8"))).toBe("Realisasi Kinerja Pada Triwulan");
      expect(["M9", "O9", "Q9", "S9"].map((a) => text(ws.getCell(a)))).toEqual(["I", "II", "III", "IV"]);
      expect(text(ws.getCell("U10"))).toBe("13 = 9 + 10 + 11 + 12");
      expect(text(ws.getCell("W10"))).toBe("14 = 7 + 13");
      expect(text(ws.getCell("Y10"))).toBe("15 = 14 / 6 x 100");
      for (let c = 7; c <= 26; c++) expect(text(ws.getCell(11, c))).toBe(c % 2 === 1 ? "K" : "Rp");
      const merges = (ws.model as unknown as { merges: string[] }).merges;
      expect(merges).toEqual(expect.arrayContaining(["M8:T8", "M9:N9", "U10:V10", "A8:A9"]));
    }
  });

  it("shows levels by fill and bold, with no code column", () => {
    for (const ws of sheets()) {
      let programs = 0;
      for (let r = FIRST_ROW; r < TOTAL_ROW; r++) {
        const name = ws.getCell(r, 4);
        for (let c = 1; c <= 28; c++) {
          const v = ws.getCell(r, c).value;
          if (typeof v === "string") expect(v).not.toMatch(/^\d+(\.\d+){1,5}$/);
        }
        if (!text(name) || (name.isMerged && name.master !== name)) continue;
        const fill = name.fill as ExcelJS.FillPattern | undefined;
        if (text(name).startsWith("PROGRAM")) {
          programs++;
          expect(name.font?.bold).toBe(true);
          expect(fill?.fgColor).toEqual({ theme: 6, tint: 0.5999938962981048 });
        }
      }
      expect(programs).toBe(9);
      const kegiatan = ws.getCell(rowOf(ws, "Administrasi Keuangan Perangkat Daerah"), 4);
      expect((kegiatan.fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: "FFDAEEF3" });
      const sub = ws.getCell(rowOf(ws, "Penyediaan Gaji dan Tunjangan ASN"), 4);
      expect(sub.fill?.type === "pattern" ? (sub.fill as ExcelJS.FillPattern).fgColor : undefined).toBeUndefined();
    }
  });

  it("holds SUM formulas in parents and typed numbers in sub kegiatan", () => {
    for (const ws of sheets()) {
      const keg = rowOf(ws, "Administrasi Keuangan Perangkat Daerah");
      const pagu = ws.getCell(keg, 12).value as ExcelJS.CellFormulaValue;
      expect(pagu.formula).toBe(`SUM(L${keg + 1}:L${keg + 3})`);
      const prog = rowOf(ws, "PROGRAM PROMOSI PENANAMAN MODAL");
      expect((ws.getCell(prog, 12).value as ExcelJS.CellFormulaValue).formula).toBe(`SUM(L${prog + 2})`);
      expect(typeof ws.getCell(keg + 1, 12).value).toBe("number");
      expect((ws.getCell(keg + 1, 22).value as ExcelJS.CellFormulaValue).formula).toBe(
        `SUM(N${keg + 1},P${keg + 1},R${keg + 1},T${keg + 1})`,
      );
    }
  });

  it("shows the seed's program pagu and realisasi (formula results)", () => {
    for (const [i, ws] of sheets().entries()) {
      for (const [name, figures] of Object.entries(SEED_PROGRAMS)) {
        const r = rowOf(ws, name);
        const [pagu, realisasi] = i === 0 ? figures.tw1 : figures.tw4;
        expect({ name, pagu: result(ws.getCell(r, 12)), realisasi: result(ws.getCell(r, 22)) }).toEqual({
          name,
          pagu,
          realisasi,
        });
      }
    }
  });

  it("keeps the seed's formula slips: Penunjang leaves out pemeliharaan in TW I, Penempatan leaves out Pelindungan PMI", () => {
    const [tw1, tw4] = sheets();
    const refs = (ws: ExcelJS.Worksheet, row: number) =>
      (ws.getCell(row, 14).value as ExcelJS.CellFormulaValue).formula;
    const penunjang = (ws: ExcelJS.Worksheet) =>
      rowOf(ws, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
    const pemeliharaan = (ws: ExcelJS.Worksheet) =>
      rowOf(ws, "pemeliharaan Barang Milik Daerah Penunjang urusan Pemerintah");
    expect(refs(tw1, penunjang(tw1))).not.toContain(`N${pemeliharaan(tw1)}`);
    expect(refs(tw4, penunjang(tw4))).toContain(`N${pemeliharaan(tw4)}`);
    for (const ws of sheets()) {
      const pmi = rowOf(ws, "Pelindungan PMI (Pra dan Purna)");
      expect(refs(ws, rowOf(ws, "PROGRAM PENEMPATAN TENAGA KERJA"))).not.toContain(`N${pmi}`);
    }
  });

  it("fills Tujuan PD and Sasaran PD on the first row of their blocks and leaves one sub kegiatan unnamed", () => {
    for (const ws of sheets()) {
      const filled = (col: number) =>
        Array.from({ length: TOTAL_ROW - FIRST_ROW }, (_, i) => text(ws.getCell(FIRST_ROW + i, col))).filter(Boolean);
      expect(filled(2)).toHaveLength(4);
      expect(filled(3)).toHaveLength(5);
      const unnamed = Array.from({ length: TOTAL_ROW - FIRST_ROW }, (_, i) => FIRST_ROW + i).filter(
        (r) => !text(ws.getCell(r, 4)) && text(ws.getCell(r, 12)) !== "",
      );
      expect(unnamed).toEqual([78]);
      expect(text(ws.getCell(TOTAL_ROW, 4))).toBe("JUMLAH");
    }
    // Below the table: three faktor lines, a blank row, then the signature block (name on its eighth line).
    expect(text(sheets()[1].getCell(TOTAL_ROW + 13, 22))).toBe("MUHAMMAD ABAS, S.Sos., M.Si");
    expect(text(sheets()[0].getCell(TOTAL_ROW + 13, 22))).toBe("MIMAD ABAS, S.Sos., M.Si");
  });

  it("stores formula results that agree with the row equations 13 = 9+10+11+12, 14 = 7 + 13, 15 = 14/6×100", () => {
    const xml = readXlsxSheets(fs.readFileSync(ER_HANDMADE_PATH));
    for (const name of xml.names) {
      const cells = new Map<string, XmlCell>(xml.cells(name).map((c) => [c.address, c]));
      const n = (a: string) => Number(cells.get(a)?.value ?? 0);
      let checked = 0;
      for (let r = FIRST_ROW; r <= TOTAL_ROW; r++) {
        if (!cells.get(`V${r}`)?.formula) continue;
        expect({ r, v: n(`V${r}`) }).toEqual({
          r,
          v: new Decimal(n(`N${r}`))
            .plus(n(`P${r}`))
            .plus(n(`R${r}`))
            .plus(n(`T${r}`))
            .toNumber(),
        });
        expect({ r, x: n(`X${r}`) }).toEqual({ r, x: new Decimal(n(`J${r}`)).plus(n(`V${r}`)).toNumber() });
        expect(Math.abs(n(`Z${r}`) - (n(`X${r}`) / n(`H${r}`)) * 100)).toBeLessThan(1e-9);
        checked++;
      }
      // 9 programs, 19 kegiatan, 42 sub kegiatan and the JUMLAH row.
      expect(checked).toBe(71);
    }
  });
});

describe("app export", () => {
  const ws = () => exported.worksheets[0];

  it("is one sheet of text: Rupiah grouped by dots, decimals with a comma, a KODE column", () => {
    expect(exported.worksheets.map((w) => w.name)).toEqual(["Laporan"]);
    let rupiah = 0;
    for (let r = 10; r <= 88; r++) {
      for (let c = 1; c <= 28; c++) {
        const v = ws().getCell(r, c).value;
        if (v !== null && v !== undefined)
          expect({ at: ws().getCell(r, c).address, type: typeof v }).toEqual({
            at: ws().getCell(r, c).address,
            type: "string",
          });
      }
      for (const c of [8, 10, 12, 14, 16, 18, 20, 22, 24]) {
        const t = text(ws().getCell(r, c));
        if (t) {
          expect(t).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
          rupiah++;
        }
      }
    }
    expect(rupiah).toBeGreaterThan(500);
    expect(text(ws().getCell("Q12"))).toBe("15,8");
    expect(text(ws().getCell("Z12"))).toMatch(/^\d+,\d\d$/);
  });

  it("has urusan and bidang rows, codes for every node and an unlabelled total row adding up the programs", () => {
    expect([10, 11, 31].map((r) => text(ws().getCell(r, 3)))).toEqual(["2", "2.07", "2.18"]);
    const programs: number[] = [];
    for (let r = 12; r <= 87; r++) {
      const kode = text(ws().getCell(r, 3));
      if (!kode || r === 31) continue;
      expect(kode).toMatch(/^2\.(07|18)\.\d\d(\.2\.\d\d(\.\d{4})?)?$/);
      if (kode.split(".").length === 3) programs.push(r);
    }
    expect(programs).toHaveLength(9);
    for (const c of [1, 2, 3, 4, 5, 6]) expect(text(ws().getCell(88, c))).toBe("");
    const number = (t: string) => Number(t.replace(/\./g, ""));
    const pagu = programs.reduce((a, r) => a + number(text(ws().getCell(r, 12))), 0);
    expect(number(text(ws().getCell(88, 12)))).toBe(pagu);
    expect(text(ws().getCell(88, 22))).toBe(
      (
        Number.parseInt(programs.reduce((a, r) => a + number(text(ws().getCell(r, 22))), 0).toString(), 10) + ""
      ).replace(/\B(?=(\d{3})+(?!\d))/g, "."),
    );
  });

  it("is also an HTML table saved as .xls, every cell marked text, decimals with a dot", () => {
    const html = fs.readFileSync(ER_EXPORT_HTML_PATH, "utf8");
    const tds = html.match(/<td\b/g)!.length;
    expect(html.match(/mso-number-format:"\\@"/g)!.length).toBe(tds);
    expect(html).toMatch(/<td rowspan="3"[^>]*>No<\/td>/);
    expect(html).toMatch(/<td colspan="8"[^>]*>Realisasi Kinerja Pada Triwulan<\/td>/);
    expect(html).toContain(">13 = 9+10+11+12<");
    expect(html).toContain(">83.37<");
    expect(html).toContain(">9.659.891.309<");
    const foot = /<tfoot>([\s\S]*)<\/tfoot>/.exec(html)![1];
    expect(foot).toContain(`>${text(ws().getCell(88, 12))}<`);
  });
});

describe("rebuild", () => {
  it(
    "writes the same three files again, byte for byte",
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "er-sample-"));
      const files = await buildErSamples(readErData(), dir);
      for (const [file, committed] of [
        [files[0], ER_HANDMADE_PATH],
        [files[1], ER_EXPORT_PATH],
        [files[2], ER_EXPORT_HTML_PATH],
      ])
        expect({ file: path.basename(file), same: fs.readFileSync(file).equals(fs.readFileSync(committed)) }).toEqual({
          file: path.basename(file),
          same: true,
        });
    },
    SLOW,
  );
});

describe("what the rules find (as documented in assets/samples/README.md)", () => {
  it(
    "lists the seed's slips and anomalies and nothing else",
    () => {
      const found = sampleFindings(readErData()).map((s) => ({
        sheet: s.sheet,
        cells: s.anomalies.map((a) => `${a.rule} ${a.cell}`).sort(),
        totals: s.onTotals,
      }));
      const slipsPenempatan = ["N72", "P72", "R72", "T72"].map((c) => `formula-range ${c}`);
      expect(found).toEqual([
        {
          sheet: "TW I 2022",
          cells: [
            "formula-range N34",
            "formula-range P34",
            "formula-range R34",
            "formula-range T34",
            ...slipsPenempatan,
            "missing-name D78",
            "realisasi-vs-children V34",
          ].sort(),
          totals: [],
        },
        {
          sheet: "TW IV 2022",
          cells: [
            ...slipsPenempatan,
            "missing-name D78",
            "realisasi-over-pagu V34",
            "realisasi-over-pagu V39",
            "realisasi-over-pagu V40",
            "realisasi-over-pagu V85",
            "realisasi-vs-children V72",
          ].sort(),
          totals: [],
        },
        {
          sheet: "Laporan (ekspor)",
          cells: [
            "realisasi-over-pagu V29",
            "realisasi-over-pagu V32",
            "realisasi-over-pagu V37",
            "realisasi-over-pagu V38",
          ],
          totals: [],
        },
      ]);
    },
    SLOW,
  );
});
