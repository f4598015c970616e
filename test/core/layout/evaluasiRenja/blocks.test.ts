import { toA1 } from "../../../../src/core/grid/address";
import { SASARAN, TUJUAN } from "./helpers/erData";
import { buildErSheet } from "./helpers/erSheet";
import { erModel, erNodes } from "./helpers/outline";
import { validate } from "../../../../src/core/validation/validate";
import { rowEquations } from "../../../../src/core/validation/erEquations";
import { fromEvaluasiRenja } from "../../../../src/core/tables/fromEvaluasiRenja";

describe("Evaluasi Renja: tujuan, sasaran, indikator, totals and what lies around the table", () => {
  test.each(["first", "repeated"] as const)("Tujuan PD and Sasaran PD written %s are counted once each", (blocks) => {
    const built = buildErSheet({ style: "handmade", blocks, context: true });
    const m = erModel(built.grid);
    expect(m.tujuan.map((t) => t.name)).toEqual(TUJUAN);
    expect(m.tujuan.map((t) => t.sasaran.map((s) => s.name))).toEqual([[SASARAN[0]], [SASARAN[1]], SASARAN.slice(2)]);
    expect(m.sasaran).toEqual([]);
    // Visi, Misi and Sasaran RPJMD stay context of the tujuan, never sasaran.
    expect(m.tujuan[0]).toMatchObject({
      visi: "Terwujudnya Kota Probolinggo yang Maju dan Sejahtera",
      sasaranRpjmd: "Meningkatnya investasi dan lapangan kerja",
    });
    const first = built.nodes[0].row;
    expect(m.tujuan[0].cell).toBe(toA1(first, built.col("tujuan")));
    expect(m.tujuan[0].sasaran[0].cell).toBe(toA1(first, built.col("sasaran")));
  });

  test("each node knows its Sasaran PD; a Sasaran block can start at a kegiatan row", () => {
    const built = buildErSheet({ style: "export" });
    const m = erModel(built.grid);
    const sasaranCell = (kode: string) => erNodes(m).find(({ node }) => node.kode === kode)?.node.sasaranCell;
    const cellOf = (name: string) => m.tujuan.flatMap((t) => t.sasaran).find((s) => s.name === name)?.cell as string;
    expect(sasaranCell("2.18.02")).toBe(cellOf(SASARAN[0]));
    expect(sasaranCell("2.18.04.2.01.0003")).toBe(cellOf(SASARAN[1]));
    expect(sasaranCell("2.18.01.2.01")).toBe(cellOf(SASARAN[2]));
    // Administrasi Keuangan starts Sasaran 4 inside the program Penunjang of Sasaran 3.
    expect(sasaranCell("2.18.01")).toBe(cellOf(SASARAN[2]));
    expect(sasaranCell("2.18.01.2.02")).toBe(cellOf(SASARAN[3]));
    expect(sasaranCell("2.18.01.2.02.0007")).toBe(cellOf(SASARAN[3]));
  });

  test("several indikator per node; the Rp figures only once, on its first row", () => {
    const built = buildErSheet({ style: "handmade" });
    const m = erModel(built.grid);
    const promosi = erNodes(m).find(({ node }) => node.name === "PROGRAM PROMOSI PENANAMAN MODAL")?.node;
    expect(promosi?.indikator.map((i) => [i.name, i.satuan, i.persen])).toEqual([
      ["Persentase peningkatan nilai investasi", "%", true],
      ["Jumlah peminat investasi", "orang", false],
    ]);
    const [persen, orang] = promosi?.indikator ?? [];
    expect(persen.targetRenja?.value.toNumber()).toBe(5);
    expect(persen.targetRenstra?.value.toNumber()).toBe(25);
    expect(orang.realisasiTriwulan.map((q) => q?.value.toNumber())).toEqual([5, 10, 15, 10]);
    expect(orang.realisasi?.value.toNumber()).toBe(40);
    expect(orang.cell).toBe(toA1((promosi?.row as number) + 1, built.col("indikator")));
    expect(promosi?.pagu?.value.toNumber()).toBe(49421000);
    expect(promosi?.pagu?.cell).toBe(toA1(promosi?.row as number, built.col("targetRenjaRp")));
  });

  test("a labelled total row is a total, and the form's footer lines are not data", () => {
    const built = buildErSheet({ style: "handmade", total: "labelled" });
    const grid = built.grid;
    const after = (built.totalRow as number) + 1;
    grid.cells[after] = [{ value: "Rata-rata capaian kinerja (%)" }];
    grid.cells[after + 1] = [{ value: "Predikat kinerja" }, undefined, undefined, { value: "Sangat Tinggi" }];
    grid.rowCount = Math.max(grid.rowCount, after + 2);
    const m = erModel(grid);
    expect(m.totals).toEqual([
      expect.objectContaining({ row: built.totalRow, labelled: true, cell: toA1(built.totalRow as number, 3) }),
    ]);
    expect(erNodes(m)).toHaveLength(built.nodes.length);
    expect(m.findings).toEqual([]);
  });

  test("an unlabelled footer total with a SUM is a total, not a nameless node", () => {
    const built = buildErSheet({ style: "handmade", total: "unlabelled" });
    const m = erModel(built.grid);
    expect(m.totals.map((t) => [t.row, t.labelled])).toEqual([[built.totalRow, false]]);
    expect(m.findings.filter((f) => f.rule === "missing-name")).toEqual([]);
  });

  test("a block pasted below the total is recognised and marked outside the totals", () => {
    for (const style of ["handmade", "export"] as const) {
      const built = buildErSheet({ style, pasted: true, total: style === "handmade" ? "labelled" : "unlabelled" });
      const m = erModel(built.grid);
      const pasted = erNodes(m).filter(({ node }) => node.outsideTotals);
      expect(pasted.map(({ node }) => [node.row, node.level])).toEqual([
        [built.pastedRows[0], "kegiatan"],
        [built.pastedRows[1], "subKegiatan"],
      ]);
      expect(m.outsideTotals).toEqual([
        {
          rows: [built.pastedRows[0], built.pastedRows[1]],
          cell: pasted[0].node.cell,
          totalCell: m.totals[0].cell,
        },
      ]);
      expect(erNodes(m).filter(({ node }) => !node.outsideTotals)).toHaveLength(built.nodes.length - 2);
    }
  });

  test("a nameless row of numbers inside the table is a node with missing-name", () => {
    const built = buildErSheet({ style: "export" });
    const sub = built.nodes.find((n) => n.kode === "2.18.04.2.01.0002");
    const row = sub?.row as number;
    built.grid.cells[row][built.col("uraian")] = undefined;
    built.grid.cells[row][built.col("kode")] = undefined;
    const m = erModel(built.grid);
    expect(m.findings.map((f) => [f.rule, f.cell])).toEqual(
      expect.arrayContaining([["missing-name", toA1(row, built.col("uraian"))]]),
    );
    expect(m.totals).toHaveLength(1);
  });

  test("signature block and scratch formulas to the right are not data", () => {
    const built = buildErSheet({ style: "handmade", scratch: true, signature: true });
    const m = erModel(built.grid);
    expect(m.dataRows[1]).toBe(built.totalRow);
    expect(Object.values(m.columns).every((c) => (c as number) <= built.col("keterangan"))).toBe(true);
    expect(erNodes(m)).toHaveLength(built.nodes.length);
    expect(m.findings).toEqual([]);
  });

  test("the form's own signature lines end the table, wherever they stand", () => {
    const built = buildErSheet({ style: "export", signature: false });
    const at = built.grid.rowCount + 1;
    built.grid.cells[at] = [undefined, undefined, undefined, undefined, { value: "Disusun" }];
    built.grid.cells[at + 4] = [undefined, undefined, undefined, undefined, { value: "Nama Penyusun" }];
    built.grid.rowCount = at + 5;
    const m = erModel(built.grid);
    expect(m.dataRows[1]).toBe(built.totalRow);
    expect(erNodes(m)).toHaveLength(built.nodes.length);
    expect(m.findings).toEqual([]);
  });

  test.each([
    ["the sasaran column, no total row", "sasaran", "none"],
    ["the indikator column", "indikator", "unlabelled"],
  ] as const)("a signature block typed in one cell (line breaks) in %s ends the table", (_, key, total) => {
    const built = buildErSheet({ style: "export", signature: false, total });
    const at = built.grid.rowCount + 1;
    const block = "Probolinggo, 15 Januari 2023\nKepala Dinas\n\n\nNAMA KEPALA\nNIP. 19700101 199503 1 001";
    built.grid.cells[at] = [];
    built.grid.cells[at][built.col(key)] = { value: block };
    built.grid.rowCount = at + 1;
    const m = erModel(built.grid);
    const plain = erModel(buildErSheet({ style: "export", signature: false, total }).grid);
    expect(m.dataRows).toEqual(plain.dataRows);
    expect(erNodes(m)).toHaveLength(built.nodes.length);
    expect(m.sasaran.map((s) => s.name)).toEqual(plain.sasaran.map((s) => s.name));
    expect(erNodes(m).flatMap(({ node }) => node.indikator).length).toBe(
      erNodes(plain).flatMap(({ node }) => node.indikator).length,
    );
    expect(m.findings).toEqual([]);
  });

  test("title rows: the year, the triwulan, the Perangkat Daerah", () => {
    const m = erModel(buildErSheet({ style: "handmade" }).grid);
    expect(m).toMatchObject({ tahun: 2022, triwulan: 4, triwulanFrom: "judul" });
    expect(m.perangkatDaerah).toBe("Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja");
    const sd = erModel(buildErSheet({ style: "handmade", title: ["EVALUASI RENJA s/d TW III TAHUN 2022"] }).grid);
    expect(sd).toMatchObject({ tahun: 2022, triwulan: 3, triwulanFrom: "judul", perangkatDaerah: null });
    // No "Perangkat Daerah :" line, the office named in the title itself (as the report's title block reads it).
    const named = erModel(
      buildErSheet({ style: "handmade", title: ["EVALUASI RENJA DINAS PERTANIAN KABUPATEN TEMANGGUNG TAHUN 2022"] })
        .grid,
    );
    expect(named.perangkatDaerah).toBe("DINAS PERTANIAN KABUPATEN TEMANGGUNG");
  });

  test("code and name filled down onto a node's next indikator rows (an unmerged copy): one node, its indikator", () => {
    const plain = buildErSheet({ style: "export" });
    const expected = erNodes(erModel(plain.grid)).map(({ node }) => [node.cell, node.level, node.indikator.length]);
    const rpKeys = ["targetRenstraRp", "realisasiRenstraRp", "targetRenjaRp", "tw1Rp", "tw2Rp", "tw3Rp", "tw4Rp"];
    for (const withRp of [false, true]) {
      const built = buildErSheet({ style: "export" });
      const cells = built.grid.cells;
      let filled = 0;
      for (const n of built.nodes) {
        // The rows under a node that hold only its next indikator get its code and name (and, in one copy, its Rp).
        for (let r = n.row + 1; cells[r] && !cells[r][built.col("uraian")] && cells[r][built.col("indikator")]; r++) {
          cells[r][built.col("uraian")] = { value: n.name };
          if (n.kode) cells[r][built.col("kode")] = { value: n.kode };
          if (withRp) for (const k of rpKeys) cells[r][built.col(k)] = cells[n.row][built.col(k)];
          filled++;
        }
      }
      expect(filled).toBeGreaterThan(0);
      const m = erModel(built.grid);
      expect(erNodes(m).map(({ node }) => [node.cell, node.level, node.indikator.length])).toEqual(expected);
      expect(validate([m]).filter((f) => f.severity === "error")).toEqual(
        validate([erModel(plain.grid)]).filter((f) => f.severity === "error"),
      );
    }
  });

  test.each([
    [["EVALUASI HASIL RENJA TAHUN 2022", "(dalam ribuan rupiah)"], 1000, "A2"],
    [["EVALUASI HASIL RENJA TAHUN 2022", "Satuan: Rp (000)"], 1000, "A2"],
    [["EVALUASI HASIL RENJA TAHUN 2022 (dalam jutaan rupiah)"], 1_000_000, "A1"],
  ])(
    "Rupiah written in thousands or millions (%j) are read as rupiah, and the officer is told",
    (title, factor, at) => {
      // The same rows under a title of as many lines that says nothing of the unit.
      const neutral = title.map(
        (line) => line.replace(/\(dalam \w+ rupiah\)|Satuan: Rp \(000\)/, "").trim() || "DINAS",
      );
      // Written in that unit, as such a sheet is: its amounts are thousands (or millions) of rupiah.
      const plain = erNodes(erModel(buildErSheet({ style: "export", title: neutral, rpUnit: factor }).grid));
      const m = erModel(buildErSheet({ style: "export", title, rpUnit: factor }).grid);
      const scaled = erNodes(m);
      expect(m.rupiahUnit).toMatchObject({ factor, cell: at });
      scaled.forEach(({ node }, i) => {
        const before = plain[i].node;
        expect(node.pagu?.value.toString()).toBe(before.pagu?.value.times(factor).toString());
        expect(m.rupiahUnitIgnored).toBeUndefined();
        expect(node.pagu?.cell).toBe(before.pagu?.cell);
        // Tingkat capaian is a percentage in its Rp column too.
        expect(node.tingkatCapaian?.value.toString()).toBe(before.tingkatCapaian?.value.toString());
      });
      expect(validate([m]).filter((f) => f.rule === "rupiah-unit")).toEqual([
        expect.objectContaining({ cell: at, severity: "info", params: expect.objectContaining({ cell: at }) }),
      ]);
    },
  );

  test("triwulan columns headed 's.d.' hold realisasi up to each quarter: the year is the latest, not their sum", () => {
    const built = buildErSheet({ style: "export" });
    for (const row of built.grid.cells.slice(0, built.firstDataRow))
      for (const c of row ?? [])
        if (c && typeof c.value === "string") c.value = c.value.replace(/Pada Triwulan/i, "s.d. Triwulan");
    const m = erModel(built.grid);
    expect(m.triwulanKumulatif).toBe(true);
    // 13 is held to the report's quarter alone (its latest s.d. figure), not to the quarters' sum.
    const tw = m.triwulan ?? 4;
    expect(rowEquations(m)).toEqual([
      { rule: "realisasi-total-mismatch", target: "realisasi", sum: [`realisasiTw${tw}`], kumulatif: true },
      expect.objectContaining({ target: "realisasiSdTahun" }),
      expect.objectContaining({ target: "tingkatCapaian" }),
    ]);
    const node = m.program[0] ?? m.urusan[0]?.bidang[0]?.program[0];
    const lkjip = fromEvaluasiRenja(m);
    const adapted = lkjip.programs?.find((p) => p.cell === node?.cell);
    const latest = [...(node?.realisasiTriwulan ?? [])].reverse().find((q) => q !== null);
    expect(adapted?.realisasi?.value.toString()).toBe(latest?.value.toString());
    // The standard heading: quarters of their own, added up.
    expect(erModel(buildErSheet({ style: "export" }).grid).triwulanKumulatif).toBeUndefined();
  });

  test("a node of a form before 2021 has no sub kegiatan: the rows under a program are its kegiatan", () => {
    const built = buildErSheet({ style: "export", kode: false, title: ["EVALUASI HASIL RENJA", "TAHUN 2015"] });
    const levels = new Set(erNodes(erModel(built.grid)).map(({ node }) => node.level));
    expect(levels.has("subKegiatan")).toBe(false);
    expect(levels.has("kegiatan")).toBe(true);
    // The same rows in a 2022 form do hold sub kegiatan.
    const later = buildErSheet({ style: "export", kode: false, title: ["EVALUASI HASIL RENJA", "TAHUN 2022"] });
    expect(erNodes(erModel(later.grid)).some(({ node }) => node.level === "subKegiatan")).toBe(true);
  });

  test("without a triwulan in the title, the sheet's name, else the last quarter that holds realisasi", () => {
    const named = buildErSheet({
      style: "export",
      title: ["EVALUASI TERHADAP HASIL RENJA", "Tahun 2025"],
      name: "TW II",
    });
    expect(erModel(named.grid)).toMatchObject({ tahun: 2025, triwulan: 2, triwulanFrom: "lembar" });
    const built = buildErSheet({
      style: "export",
      title: ["EVALUASI TERHADAP HASIL RENJA", "Tahun 2025"],
      name: "Evaluasi Renja",
    });
    expect(erModel(built.grid)).toMatchObject({ tahun: 2025, triwulan: 4, triwulanFrom: "realisasi" });
    for (const key of ["tw4K", "tw4Rp", "tw3K", "tw3Rp"])
      for (let r = built.firstDataRow; r < built.grid.rowCount; r++)
        if (built.grid.cells[r]?.[built.col(key)]) built.grid.cells[r][built.col(key)] = { value: "0" };
    expect(erModel(built.grid)).toMatchObject({ triwulan: 2, triwulanFrom: "realisasi" });
  });
});
