import { ColumnKey } from "../../../src/core/model/columns";
import { recognise } from "../../../src/core/layout/recognise";
import { PengukuranKinerjaModel } from "../../../src/core/model/types";
import { seedTw1 } from "./helpers/seedData";
import { buildSheet, LayoutColumn, LayoutOptions, SEED_COLUMNS, TujuanData } from "./helpers/seedLayout";
import { outlineData, outlineModel } from "./helpers/outline";
import { pkModel } from "./helpers/pkModel";

function seed(): TujuanData[] {
  const data = seedTw1().tujuan;
  data[1].onlyFirstSasaran = true;
  return data;
}

function model(
  tujuan: TujuanData[],
  opts: LayoutOptions,
  strip?: (b: ReturnType<typeof buildSheet>) => void,
): PengukuranKinerjaModel {
  const built = buildSheet(tujuan, opts);
  strip?.(built);
  return pkModel(recognise(built.grid));
}

/** The seed data without what a layout lacks, as the outline of a recognised sheet would show it. */
function without(tujuan: TujuanData[], what: { formulasi?: boolean; capaian?: boolean }): TujuanData[] {
  const copy = JSON.parse(JSON.stringify(tujuan)) as TujuanData[];
  for (const t of copy) {
    for (const s of t.sasaran) {
      for (const i of s.indikator) {
        if (what.formulasi) i.formulasi = [];
        if (what.capaian) i.capaian = "";
      }
      for (const b of s.budget) if (what.capaian) b.capaian = "";
    }
  }
  return copy;
}

const ONE_ROW_SEED = outlineData(seed());

describe("layout variants read to the same tree as the seed", () => {
  test("one-row header: TARGET TW I … KAS TW IV each in one cell, no column numbers", () => {
    const m = model(seed(), { header: "oneRow", columnNumbers: "none" });
    expect(m.headerRows).toEqual([4, 4]);
    expect(m.columns.target3).toBe(8);
    expect(m.columns.kas2).toBe(15);
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
  });

  test("no merges at all: group words written once, tujuan and sasaran once at the top of their block", () => {
    const m = model(seed(), { header: "twoRowNoMerge", blocks: "once" }, (b) => (b.grid.merges = []));
    expect(m.columns).toMatchObject({ target1: 6, target4: 9, kas1: 14, kas4: 17 });
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
  });

  test("names repeated on every row of their block", () => {
    const m = model(seed(), { header: "twoRowNoMerge", blocks: "repeated" }, (b) => (b.grid.merges = []));
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
    expect(m.tujuan[1].sasaran).toHaveLength(2);
  });

  test("real numbers with number formats read the same as the typed text", () => {
    const m = model(seed(), { numbers: "typed" });
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
    const ind = m.tujuan[1].sasaran[0].indikator[0];
    expect(ind.target[0]?.value.toString()).toBe("84.17");
  });

  test("budget half first and kinerja columns shuffled", () => {
    const columns: ColumnKey[] = [
      "uraian",
      "pagu",
      "kas1",
      "kas2",
      "kas3",
      "kas4",
      "realisasiAnggaran",
      "capaianAnggaran",
      "no",
      "sasaran",
      "tujuan",
      "indikatorSasaran",
      "indikatorTujuan",
      "target1",
      "target2",
      "target3",
      "target4",
      "formulasi",
      "realisasiKinerja",
      "capaianKinerja",
    ];
    const m = model(seed(), { columns, columnNumbers: "sequence" });
    expect(m.columns).toMatchObject({
      uraian: 0,
      capaianAnggaran: 7,
      realisasiKinerja: 18,
      capaianKinerja: 19,
      sasaran: 9,
    });
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
    expect(m.tujuan[0].sasaran[0].program[0].cell).toBe("A8");
  });

  test("extra unknown columns are ignored; a KETERANGAN column is known and changes nothing of the tree", () => {
    const columns: LayoutColumn[] = [
      ...SEED_COLUMNS.slice(0, 12),
      { extra: "KETERANGAN" },
      ...SEED_COLUMNS.slice(12),
      { extra: "PENANGGUNG JAWAB" },
    ];
    const m = model(seed(), { columns, columnNumbers: "sequence" });
    expect(m.columns.uraian).toBe(13);
    expect(m.columns.keterangan).toBe(12);
    expect(Object.values(m.columns)).not.toContain(21);
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
  });

  test("missing optional columns: no NO, INDIKATOR TUJUAN, FORMULASI or CAPAIAN", () => {
    const dropped: ColumnKey[] = ["no", "indikatorTujuan", "formulasi", "capaianKinerja", "capaianAnggaran"];
    const columns = SEED_COLUMNS.filter((c) => !dropped.includes(c));
    const m = model(seed(), { columns, columnNumbers: "sequence" });
    for (const k of dropped) expect(m.columns[k]).toBeUndefined();
    expect(outlineModel(m)).toEqual(
      outlineData(without(seed(), { formulasi: true, capaian: true }), { noColumn: false }),
    );
    expect(m.tujuan[0].indikatorTujuan).toBeUndefined();
  });

  test("headers in any case, with line breaks, extra spaces and other common wordings", () => {
    const m = model(seed(), {
      labels: {
        no: "No.",
        tujuan: "Tujuan",
        indikatorTujuan: "Indikator\nTujuan",
        sasaran: "Sasaran  Strategis",
        indikatorSasaran: "Indikator Kinerja\nSasaran",
        formulasi: "Formulasi\nPerhitungan",
        target1: "TW 1",
        target2: "TW 2",
        target3: "TW 3",
        target4: "TW 4",
        realisasiKinerja: "Realisasi (%)",
        capaianKinerja: "Capaian\n%",
        uraian: "Program/Kegiatan/\nSub Kegiatan",
        pagu: "Pagu\n(Rp)",
        kas1: "Triwulan-I",
        kas2: "Triwulan-II",
        kas3: "Triwulan-III",
        kas4: "Triwulan-IV",
        realisasiAnggaran: "Realisasi\n(Rp.)",
        capaianAnggaran: "Capaian (%)",
      },
      groupLabels: { target: "Target", kas: "Anggaran Kas" },
    });
    expect(Object.keys(m.columns)).toHaveLength(20);
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
  });

  test("realisasi headed up to the sheet's quarter (`s/d TW IV`) is the year's realisasi", () => {
    const m = model(seed(), {
      labels: {
        realisasiKinerja: "Realisasi s/d TW IV",
        capaianKinerja: "Capaian s.d. Triwulan IV (%)",
        realisasiAnggaran: "Realisasi Anggaran\nS/D TW IV (Rp)",
        capaianAnggaran: "Capaian Anggaran sampai dengan TW IV",
      },
    });
    expect(Object.keys(m.columns)).toHaveLength(20);
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
  });

  test("bare quarters under the group words (I, II, III, IV) and Indikator Kinerja / Uraian wordings", () => {
    const m = model(seed(), {
      labels: {
        indikatorSasaran: "INDIKATOR KINERJA",
        uraian: "URAIAN",
        target1: "I",
        target2: "II",
        target3: "III",
        target4: "IV",
        kas1: "1",
        kas2: "2",
        kas3: "3",
        kas4: "4",
      },
      columnNumbers: "none",
    });
    expect(m.columns).toMatchObject({ indikatorSasaran: 4, uraian: 12, target2: 7, kas3: 16 });
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
  });

  test("a title without a blank row before the header, and a period written as s.d. Triwulan 4 Tahun 2022", () => {
    const m = model(seed(), { title: ["PENGUKURAN KINERJA", "s.d. Triwulan 4 Tahun 2022"], gapAfterTitle: 0 });
    expect(m.headerRows).toEqual([2, 3]);
    expect([m.triwulan, m.tahun]).toEqual([4, 2022]);
  });

  test("a sheet without a title starts at row 1 and has no triwulan", () => {
    const m = model(seed(), { title: [], name: "Pengukuran Kinerja" });
    expect(m.headerRows).toEqual([0, 1]);
    expect(m.title).toEqual([]);
    expect([m.triwulan, m.tahun]).toEqual([null, null]);
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
  });

  test("a title without the triwulan leaves the period to the sheet's name", () => {
    const untitled = model(seed(), { title: [] });
    expect([untitled.triwulan, untitled.tahun]).toEqual([1, 2022]);
    const yearOnly = model(seed(), { title: ["PENGUKURAN KINERJA TAHUN 2024"], name: "Triwulan II 2024" });
    expect([yearOnly.triwulan, yearOnly.tahun]).toEqual([2, 2024]);
    // The title's own triwulan wins over the name's.
    const both = model(seed(), { title: ["PENGUKURAN KINERJA S/D TRIWULAN III TAHUN 2024"], name: "TW I 2024" });
    expect([both.triwulan, both.tahun]).toEqual([3, 2024]);
    // A title with the triwulan and without the year: the year from the name.
    const noYear = model(seed(), { title: ["PENGUKURAN KINERJA S/D TRIWULAN III"], name: "PK TW III 2023" });
    expect([noYear.triwulan, noYear.tahun]).toEqual([3, 2023]);
  });

  test("a header repeated inside the data (copied onto each printed page) is skipped", () => {
    const built = buildSheet(seed(), { header: "twoRowNoMerge", blocks: "once" });
    built.grid.merges = [];
    const copy = built.grid.cells.slice(built.headerTop, built.firstDataRow).map((r) => [...r]);
    const tujuan3 = built.grid.cells.findIndex((r) => r[1]?.value === "Meningkatkan Kuantitas Penyerapan Tenaga Kerja");
    built.grid.cells.splice(tujuan3, 0, ...copy);
    built.grid.rowCount += copy.length;
    const m = pkModel(recognise(built.grid));
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
    expect(m.findings.map((f) => f.rule)).toEqual(["missing-name", "missing-name"]);
  });

  test("the signature block is not data, even when it stands in the uraian column", () => {
    const built = buildSheet(seed(), { signatureCol: 12 });
    const m = pkModel(recognise(built.grid));
    expect(m.dataRows).toEqual([built.firstDataRow, built.lastDataRow]);
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
  });

  test("a note or a link right of the table on the column-number row leaves that row out of the data", () => {
    const plain = pkModel(recognise(buildSheet(seed(), {}).grid));
    const built = buildSheet(seed(), {});
    const numbering = built.firstDataRow - 1;
    const right = built.grid.colCount + 1;
    built.grid.cells[numbering - 1][right] = { value: "Status verifikasi" };
    built.grid.cells[numbering][right] = { value: "Portal SAKIP" };
    built.grid.colCount = right + 1;
    const m = pkModel(recognise(built.grid));
    expect(m.dataRows[0]).toBe(built.firstDataRow);
    expect(outlineModel(m)).toEqual(ONE_ROW_SEED);
    expect(m.findings).toEqual(plain.findings);
  });
});
