import { CellValue } from "../../../src/core/grid/grid";
import { gridFromRows } from "../../../src/core/grid/gridBuilder";
import { recogniseEvaluasiRenja } from "../../../src/core/layout/evaluasiRenja/recognise";
import { CellReader } from "../../../src/core/layout/readCells";
import { erNodes } from "./evaluasiRenja/helpers/outline";

/**
 * An Evaluasi Renja export whose code columns are titled by level (`Urusan | Bidang Urusan | Program | Kegiatan |
 * Sub Kegiatan`), without the word KODE, right before the names column (as some SIPD-fed exports give it).
 */
const LEVEL_TITLES = ["Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan"];
const NAMES_TITLE = "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan";

interface Line {
  code: (string | null)[];
  name: string;
  renja: [number, number];
  tw: [number, number][];
}

const LINES: Line[] = [
  {
    code: ["1", "02", "01", null, null],
    name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
    renja: [100, 900],
    tw: [
      [50, 300],
      [50, 300],
    ],
  },
  {
    code: ["1", "02", "01", "2.01", null],
    name: "Perencanaan dan Evaluasi Kinerja",
    renja: [6, 900],
    tw: [
      [1, 300],
      [1, 300],
    ],
  },
  {
    code: ["1", "02", "01", "2.01", "0001"],
    name: "Penyusunan Dokumen Perencanaan",
    renja: [3, 500],
    tw: [
      [0, 200],
      [1, 100],
    ],
  },
  {
    code: ["1", "02", "01", "2.01", "0007"],
    name: "Evaluasi Kinerja Perangkat Daerah",
    renja: [3, 400],
    tw: [
      [1, 100],
      [0, 200],
    ],
  },
];

/** `full`: each row's whole code in its level's column; else the code's parts across the columns. */
function sheet(codes: "full" | "parts") {
  const rows: CellValue[][] = [
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"],
    ["Periode Pelaksanaan : Triwulan II Tahun 2023"],
    [],
    [
      "No",
      ...LEVEL_TITLES,
      NAMES_TITLE,
      "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
      "Satuan",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang Dievaluasi",
      null,
      "Realisasi Kinerja Pada Triwulan",
      null,
      null,
      null,
    ],
    [null, null, null, null, null, null, null, null, null, null, null, "I", null, "II", null],
    [null, null, null, null, null, null, null, null, null, "K", "Rp", "K", "Rp", "K", "Rp"],
  ];
  for (const line of LINES) {
    const level = line.code.filter((c) => c !== null).length - 3;
    const full = line.code.filter((c) => c !== null).join(".");
    const codeCells = codes === "parts" ? line.code : LEVEL_TITLES.map((_, i) => (i === level + 2 ? full : null));
    rows.push([null, ...codeCells, line.name, "Jumlah dokumen", "dokumen", ...line.renja, ...line.tw.flat()]);
  }
  const merges = [
    { top: 3, left: 9, bottom: 4, right: 10 },
    { top: 3, left: 11, bottom: 3, right: 14 },
    { top: 4, left: 11, bottom: 4, right: 12 },
    { top: 4, left: 13, bottom: 4, right: 14 },
    ...Array.from({ length: 9 }, (_, c) => ({ top: 3, left: c, bottom: 5, right: c })),
  ];
  return gridFromRows("Evaluasi Renja", rows, merges);
}

describe("code columns titled by level, without the word KODE", () => {
  test.each(["full", "parts"] as const)(
    "codes %s: names from the names column, codes from the code columns",
    (codes) => {
      const result = recogniseEvaluasiRenja(new CellReader(sheet(codes)));
      if (!result.model) throw new Error(result.reason);
      const nodes = erNodes(result.model).map(({ node }) => [node.level, node.kode, node.name, node.cell]);
      expect(nodes).toEqual([
        ["program", "1.02.01", LINES[0].name, "G7"],
        ["kegiatan", "1.02.01.2.01", LINES[1].name, "G8"],
        ["subKegiatan", "1.02.01.2.01.0001", LINES[2].name, "G9"],
        ["subKegiatan", "1.02.01.2.01.0007", LINES[3].name, "G10"],
      ]);
      expect(result.model.columns).toMatchObject({ kode: 1, uraian: 6 });
      expect(result.model.findings.filter((f) => f.rule === "missing-name")).toEqual([]);
    },
  );

  test("level columns that hold names stay the names, one column per level", () => {
    const grid = sheet("parts");
    // The same header over names written one level per column: words, not codes.
    for (let r = 6; r < grid.rowCount; r++) {
      const row = grid.cells[r];
      const name = row[6]?.value as string;
      for (let c = 1; c <= 5; c++) row[c] = undefined;
      row[6] = undefined;
      row[r === 6 ? 3 : r === 7 ? 4 : 5] = { value: name };
    }
    const result = recogniseEvaluasiRenja(new CellReader(grid));
    if (!result.model) throw new Error(result.reason);
    expect(erNodes(result.model).map(({ node }) => node.name)).toEqual(LINES.map((l) => l.name));
    expect(result.model.columns.kode).toBeUndefined();
  });
});
