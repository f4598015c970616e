import { BuiltEr, buildErSheet, ErLayoutOptions } from "./helpers/erSheet";
import { erModel, erNodes, expectedLevels, levelsOf } from "./helpers/outline";

/** The parent of every built node: the nearest node above it one level up. */
function expectedParents(built: BuiltEr): Record<string, string | null> {
  const order = ["urusan", "bidang", "program", "kegiatan", "subKegiatan"];
  const out: Record<string, string | null> = {};
  built.nodes.forEach((n, i) => {
    let parent: string | null = null;
    for (let k = i - 1; k >= 0; k--) {
      if (order.indexOf(built.nodes[k].level) === order.indexOf(n.level) - 1) {
        parent = built.nodes[k].cell;
        break;
      }
    }
    out[n.cell] = parent;
  });
  return out;
}

function parentsOf(built: BuiltEr): Record<string, string | null> {
  const m = erModel(built.grid);
  return Object.fromEntries(erNodes(m).map(({ node, parent }) => [node.cell, parent]));
}

describe("Evaluasi Renja: the level of every row", () => {
  test("hand-made: fills, bold and SUM formulas, no code column", () => {
    const built = buildErSheet({ style: "handmade" });
    const m = erModel(built.grid);
    expect(m.layout).toBe("evaluasi-renja");
    expect(m.columns.kode).toBeUndefined();
    expect(levelsOf(m)).toEqual(expectedLevels(built));
    expect(parentsOf(built)).toEqual(expectedParents(built));
    const evidence = new Set(erNodes(m).map(({ node }) => node.levelEvidence));
    // Urusan, bidang and programs by their words; kegiatan and sub kegiatan by format and by the parents' SUMs.
    expect([...evidence].sort()).toEqual(["format", "kata", "rumus"]);
    expect(m.findings).toEqual([]);
  });

  test("hand-made without the words: program names without PROGRAM, no urusan rows; format alone", () => {
    const built = buildErSheet({ style: "handmade", programWord: false, urusan: false });
    const m = erModel(built.grid);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
    expect(parentsOf(built)).toEqual(expectedParents(built));
    expect(m.urusan).toEqual([]);
    expect(m.program.map((p) => p.name)).toEqual([
      "PENGEMBANGAN IKLIM PENANAMAN MODAL",
      "PROMOSI PENANAMAN MODAL",
      "PELAYANAN PENANAMAN MODAL",
      "PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    ]);
    expect(m.findings.filter((f) => f.rule === "level-uncertain")).toEqual([]);
  });

  test("hand-made, programs without the word: a parent's SUM over its kegiatan makes it a program", () => {
    const built = buildErSheet({ style: "handmade", programWord: false });
    const m = erModel(built.grid);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
    const penunjang = erNodes(m).find(({ node }) => node.name.startsWith("PENUNJANG"))?.node;
    expect(penunjang).toMatchObject({ level: "program", levelEvidence: "rumus" });
  });

  test("app export: text numbers, a code column and an unlabelled total row", () => {
    const built = buildErSheet({ style: "export" });
    const m = erModel(built.grid);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
    expect(parentsOf(built)).toEqual(expectedParents(built));
    expect(erNodes(m).every(({ node }) => node.levelEvidence === "kode")).toBe(true);
    expect(erNodes(m).map(({ node }) => node.kode)).toEqual(built.nodes.map((n) => n.kode));
    // The footer total is a total, not a nameless node.
    expect(m.totals).toEqual([
      expect.objectContaining({ row: built.totalRow, labelled: false, cell: `M${(built.totalRow as number) + 1}` }),
    ]);
    expect(m.findings).toEqual([]);
    const sub = erNodes(m).find(({ node }) => node.kode === "2.18.04.2.01.0001")?.node;
    expect(sub?.pagu?.value.toNumber()).toBe(110765800);
    expect(sub?.realisasiTriwulan.map((q) => q?.value.toNumber())).toEqual([25651190, 30000000, 28000000, 26000000]);
    expect(sub?.realisasi?.value.toNumber()).toBe(109651190);
    expect(m.totals[0].pagu?.value.toNumber()).toBe(8566245352);
  });

  test("app export without urusan rows: programs directly under the sheet", () => {
    const built = buildErSheet({ style: "export", urusan: false });
    const m = erModel(built.grid);
    expect(m.urusan).toEqual([]);
    expect(m.bidang).toEqual([]);
    expect(m.program.map((p) => p.kode)).toEqual(["2.18.02", "2.18.03", "2.18.04", "2.18.01"]);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
  });

  test("urusan → bidang → program nesting", () => {
    const m = erModel(buildErSheet({ style: "export" }).grid);
    expect(m.urusan).toHaveLength(1);
    expect(m.urusan[0]).toMatchObject({ kode: "2", level: "urusan" });
    expect(m.urusan[0].bidang.map((b) => b.kode)).toEqual(["2.18"]);
    expect(m.urusan[0].bidang[0].program).toHaveLength(4);
    expect(m.urusan[0].program).toEqual([]);
  });

  test("without code, word, format or formula the levels are guessed by arithmetic, each with level-uncertain", () => {
    const built = buildErSheet({ style: "export", kode: false, programWord: false, urusan: false });
    const m = erModel(built.grid);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
    const uncertain = m.findings.filter((f) => f.rule === "level-uncertain").map((f) => f.cell);
    expect(uncertain).toEqual(built.nodes.map((n) => n.cell));
    expect(m.findings.every((f) => f.severity === "info")).toBe(true);
  });

  test.each<[string, Partial<ErLayoutOptions>]>([
    ["two header rows", { header: "twoRows" }],
    ["three header rows, numbers in the middle", { header: "threeRows" }],
    ["four header rows, numbers last", { header: "fourRows" }],
    ["five header rows, numbers in the middle, K / % / Rp", { header: "fiveRows" }],
  ])("hand-made with %s reads the same tree", (_, opts) => {
    const built = buildErSheet({ style: "handmade", ...opts });
    const m = erModel(built.grid);
    expect(m.headerRows).toEqual(built.headerRows);
    expect(m.dataRows[0]).toBe(built.firstDataRow);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
    expect(m.columns).toMatchObject({
      uraian: built.col("uraian"),
      indikator: built.col("indikator"),
      targetRenjaRp: built.col("targetRenjaRp"),
      realisasiTw3K: built.col("tw3K"),
      realisasiTw3Rp: built.col("tw3Rp"),
      realisasiRp: built.col("realisasiRp"),
      realisasiSdTahunK: built.col("realisasiSdTahunK"),
      tingkatCapaianRp: built.col("tingkatCapaianRp"),
    });
    if (opts.header === "fiveRows") expect(m.columns.realisasiTw2Persen).toBe(built.col("tw2Persen"));
  });
});

describe("Evaluasi Renja: levels stay right where the sheet is wrong", () => {
  const rpKeys = ["targetRenstraRp", "realisasiRenstraRp", "targetRenjaRp", "tw1Rp", "tw2Rp", "tw3Rp", "tw4Rp"];

  test("a program's SUM that double counts its sub kegiatan, a kegiatan's SUM that leaves one out", () => {
    const built = buildErSheet({ style: "handmade", programWord: false });
    const row = (kode: string) => built.nodes.find((n) => n.kode === kode)?.row as number;
    const L = (key: string) => String.fromCharCode(65 + built.col(key));
    for (const key of rpKeys) {
      const col = built.col(key);
      // PENUNJANG reads its kegiatan and their sub kegiatan (A:B:C reaching into the grandchildren).
      built.grid.cells[row("2.18.01")][col] = {
        value: 1,
        formula: `SUM(${L(key)}${row("2.18.01.2.01") + 1}:${L(key)}${row("2.18.01.2.02") + 1}:${L(key)}${row("2.18.01.2.02.0007") + 1})`,
      };
      // Pelayanan Perizinan leaves out its last sub kegiatan.
      built.grid.cells[row("2.18.04.2.01")][col] = {
        value: 1,
        formula: `SUM(${L(key)}${row("2.18.04.2.01.0001") + 1}:${L(key)}${row("2.18.04.2.01.0003") + 1})`,
      };
    }
    const m = erModel(built.grid);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
    expect(parentsOf(built)).toEqual(expectedParents(built));
    // Without fills the double-counting SUM still names PENUNJANG's kegiatan: the rows it reads through their
    // own SUMs are grandchildren.
    for (const r of built.grid.cells) for (const cell of r ?? []) if (cell?.fill) delete cell.fill;
    const cells = new Set(built.nodes.filter((n) => n.kode.startsWith("2.18.01.2.0")).map((n) => n.cell));
    const plain = erNodes(erModel(built.grid)).filter(({ node }) => cells.has(node.cell));
    expect(plain.map(({ node }) => [node.level, node.levelEvidence])).toEqual([
      ["kegiatan", "rumus"],
      ["subKegiatan", "rumus"],
      ["subKegiatan", "rumus"],
      ["kegiatan", "rumus"],
      ["subKegiatan", "rumus"],
      ["subKegiatan", "rumus"],
      ["subKegiatan", "rumus"],
    ]);
  });

  test("a sub kegiatan formatted as a kegiatan, in a sheet without formulas: the sums decide", () => {
    const built = buildErSheet({ style: "handmade" });
    for (const row of built.grid.cells) for (const cell of row ?? []) if (cell?.formula) delete cell.formula;
    const sub = built.nodes.find((n) => n.kode === "2.18.04.2.01.0002") as { row: number };
    built.grid.cells[sub.row][built.col("uraian")] = {
      ...built.grid.cells[sub.row][built.col("uraian")],
      value: built.grid.cells[sub.row][built.col("uraian")]?.value ?? null,
      fill: "#FFF2CC",
      bold: true,
    };
    const m = erModel(built.grid);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
  });

  test("no fills, bold from urusan down to kegiatan, no formulas: the sums place kegiatan and sub kegiatan", () => {
    const built = buildErSheet({ style: "handmade" });
    for (const row of built.grid.cells)
      for (const cell of row ?? []) {
        if (cell?.formula) delete cell.formula;
        if (cell?.fill) delete cell.fill;
      }
    const m = erModel(built.grid);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
  });

  test("no fill, no bold, no formulas: names indented with spaces mark kegiatan and sub kegiatan", () => {
    const built = buildErSheet({ style: "handmade", programWord: false });
    for (const row of built.grid.cells)
      for (const cell of row ?? []) {
        if (!cell) continue;
        delete cell.formula;
        delete cell.fill;
        delete cell.bold;
      }
    // Sub kegiatan pagu that do not add up: arithmetic alone cannot tell the levels.
    const paguCol = built.col("targetRenjaRp");
    for (const n of built.nodes) {
      const cell = built.grid.cells[n.row][built.col("uraian")];
      const pad = n.level === "kegiatan" ? "    " : n.level === "subKegiatan" ? "        " : "";
      built.grid.cells[n.row][built.col("uraian")] = { value: `${pad}${cell?.value}` };
      if (n.level === "subKegiatan") built.grid.cells[n.row][paguCol] = { value: 1000 + n.row };
    }
    const m = erModel(built.grid);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
    const kegiatan = erNodes(m).find(({ node }) => node.level === "kegiatan")?.node;
    expect(kegiatan).toMatchObject({
      name: "Pembuatan Peta Potensi Investasi Kabupaten/Kota",
      levelEvidence: "format",
    });
  });

  test("codes written in front of the names, urusan and bidang codes included", () => {
    const built = buildErSheet({ style: "export", kode: false });
    for (const n of built.nodes) {
      const cell = built.grid.cells[n.row][built.col("uraian")];
      built.grid.cells[n.row][built.col("uraian")] = { value: `${n.kode} ${cell?.value}` };
    }
    const m = erModel(built.grid);
    expect(levelsOf(m)).toEqual(expectedLevels(built));
    expect(erNodes(m).map(({ node }) => [node.kode, node.levelEvidence])).toEqual(
      built.nodes.map((n) => [n.kode, "kode"]),
    );
    expect(m.urusan[0].name).toBe("URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR");
  });
});
