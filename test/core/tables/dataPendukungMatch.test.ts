import { Grid } from "../../../src/core/grid/grid";
import { buildLkjip } from "../../../src/core/tables/buildLkjip";
import { buildDataPendukungTemplate, readDataPendukung } from "../../../src/core/tables/dataPendukung";
import {
  buildDataPendukungAdditions,
  ORPHAN_NOTE_HEADING,
  planDataPendukungAdditions,
} from "../../../src/core/tables/dataPendukungAdditions";
import { matchDataPendukung } from "../../../src/core/tables/dataPendukungMatch";
import { nameSimilarity, sasaranSimilarity } from "../../../src/core/tables/nameSimilarity";
import { specToGrid } from "../../../src/core/tables/specToGrid";
import { cellOf } from "./formulaEval";
import { FILL_INPUT } from "../../../src/core/tables/cellStyles";
import { IND2, IND4A, seedModel } from "./factory";
import { sheet, table } from "./specHelpers";

/** The template as the officer fills it: every value of every indikator, each one different. */
function filledTemplate(): {
  grid: Grid;
  values: Map<string, { target: number; realisasi: number; renstra: number; analisis: string; program: string }>;
} {
  const grid = specToGrid(buildDataPendukungTemplate(seedModel()));
  const header = grid.cells.findIndex((r) => r?.some((c) => c?.value === "Indikator Kinerja"));
  const col = (start: string) =>
    grid.cells[header].findIndex((c) => typeof c?.value === "string" && c.value.startsWith(start));
  const values = new Map();
  for (let r = header + 1; grid.cells[r]?.[col("Indikator Kinerja")]?.value; r++) {
    const name = grid.cells[r][col("Indikator Kinerja")]!.value as string;
    const k = r - header;
    const v = {
      target: k,
      realisasi: 10 + k,
      renstra: 20 + k,
      analisis: `Analisis ${k}`,
      program: `Program penunjang ${k}`,
    };
    grid.cells[r][col("Target Tahun Lalu")] = { value: v.target };
    grid.cells[r][col("Realisasi Tahun Lalu")] = { value: v.realisasi };
    grid.cells[r][col("Target Akhir")] = { value: v.renstra };
    grid.cells[r][col("Analisis")] = { value: v.analisis };
    grid.cells[r][col("Program/Kegiatan")] = { value: v.program };
    values.set(name, v);
  }
  return { grid, values };
}

/** The filled template with an indikator the officer wrote by hand under the last one, matching nothing. */
function withOrphanRow(): { grid: Grid; header: number; orphan: number } {
  const { grid } = filledTemplate();
  const header = grid.cells.findIndex((r) => r?.some((c) => c?.value === "Indikator Kinerja"));
  let last = header + 1;
  while (grid.cells[last + 1]?.[2]?.value) last++;
  // The row under the last indikator is blank in the template: the officer writes an indikator there by hand.
  const orphan = last + 1;
  grid.cells[orphan] = [];
  grid.cells[orphan][1] = { value: "Meningkatnya nilai penanaman modal" };
  grid.cells[orphan][2] = { value: "Jumlah investor baru yang difasilitasi" };
  return { grid, header, orphan };
}

/** The seed with the second indikator of one sasaran unnamed in the source, and the officer naming it in the template. */
function officerNamesUnnamedIndikator(prepare: (model: ReturnType<typeof seedModel>) => void = () => undefined) {
  const model = seedModel();
  prepare(model);
  const tk = model.tujuan[2].sasaran[0];
  tk.indikator[1].name = "";
  const grid = specToGrid(buildDataPendukungTemplate(model));
  const header = grid.cells.findIndex((r) => r?.some((c) => c?.value === "Indikator Kinerja"));
  const rows: number[] = [];
  for (let r = header + 1; grid.cells[r]?.some((c) => c?.value); r++) rows.push(r);
  const unnamed = rows.find((r) => grid.cells[r][1]?.value === tk.name && !grid.cells[r][2]?.value)!;
  // Typed into the template's input cell, whose fill stays.
  grid.cells[unnamed][2] = { value: "Jumlah kasus PHK yang dimediasi", fill: `#${FILL_INPUT}` };
  return { model, tk, grid, rows, unnamed };
}

describe("Data Pendukung keeps what the officer typed", () => {
  it("after the source renames indikator, every value typed for them still reaches the tables", () => {
    const { grid, values } = filledTemplate();
    const { data, findings } = readDataPendukung(grid);
    expect(findings).toEqual([]);
    const renamed = seedModel();
    const ss2 = renamed.tujuan[1].sasaran[0].indikator[0];
    const ss4a = renamed.tujuan[2].sasaran[0].indikator[0];
    // A corrected wording, and a rewording at the same place.
    ss2.name = "Persentase Izin yang Diterbitkan Tepat Waktu";
    ss4a.name = "Persentase Perusahaan yang Memenuhi Syarat-syarat Kerja";
    const built = buildLkjip({ model: renamed, findings: [], dataPendukung: data });
    const old = new Map([
      [ss2.name, IND2],
      [ss4a.name, IND4A],
    ]);
    let checked = 0;
    for (const [i, t] of renamed.tujuan.flatMap((x) => x.sasaran).entries()) {
      const nomor = (k: number) => `3.${i * 8 + k}`;
      const spec = sheet(built.specs, `LKjIP SS ${["I", "II", "III", "IV"][i]}`);
      t.indikator.forEach((ind, j) => {
        const v = values.get(old.get(ind.name) ?? ind.name)!;
        const row = (k: number) => table(spec, nomor(k)).firstData + j;
        expect(cellOf(spec, row(2), 1)?.value).toBe(ind.name);
        expect(cellOf(spec, row(2), 2)?.value).toBe(v.target / 100);
        expect(cellOf(spec, row(2), 3)?.value).toBe(v.realisasi / 100);
        expect(cellOf(spec, row(3), 2)?.value).toBe(v.renstra / 100);
        expect(cellOf(spec, row(7), 4)?.value).toBe(v.analisis);
        expect(cellOf(spec, row(8), 4)?.value).toBe(v.program);
        checked++;
      });
    }
    expect(checked).toBe(5);
    // Not silently: both renamed matches are reported for the officer to confirm, naming the Data Pendukung row.
    const uncertain = built.findings.filter((f) => f.rule === "data-pendukung-uncertain");
    expect(uncertain.map((f) => f.expected).sort()).toEqual([ss2.name, ss4a.name].sort());
    expect(uncertain.every((f) => f.sheet === "Data Pendukung" && /^C\d+$/.test(f.cell))).toBe(true);
    // And no second row is appended for them.
    const additions = buildDataPendukungAdditions(renamed, grid, matchDataPendukung(renamed, data, "Data Pendukung"));
    expect(additions?.cells.filter((c) => c.col === 2 && typeof c.cell.value === "string") ?? []).toEqual([]);
  });

  it("an entry that matches nothing stays in the sheet, is marked beside it, and is a finding", () => {
    const { grid, header, orphan } = withOrphanRow();
    grid.cells[orphan][8] = { value: "Analisis yang tidak boleh hilang" };
    const before = JSON.stringify(grid.cells);
    const { data } = readDataPendukung(grid);
    const model = seedModel();
    const built = buildLkjip({ model, findings: [], dataPendukung: data });
    const found = built.findings.filter((f) => f.rule === "data-pendukung-orphan");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: "Data Pendukung", cell: `C${orphan + 1}`, severity: "warning" });
    expect(found[0].message).toContain("Jumlah investor baru yang difasilitasi");
    expect(found[0].message).toContain("tetap disimpan");
    // It is listed in Hasil Pemeriksaan too.
    const hp = sheet(built.specs, "Hasil Pemeriksaan");
    expect(hp.cells.some((c) => c.cell.value === found[0].message)).toBe(true);
    // What the next run writes into Data Pendukung: a note beside the orphan row, in empty cells only.
    const additions = buildDataPendukungAdditions(model, grid, matchDataPendukung(model, data, "Data Pendukung"))!;
    const note = additions.cells.find((c) => c.row === orphan)!;
    expect(note.col).toBe(10);
    expect(String(note.cell.value)).toContain("tidak dipakai");
    expect(additions.cells.find((c) => c.row === header && c.col === 10)?.cell.value).toBe(ORPHAN_NOTE_HEADING);
    for (const c of additions.cells) expect(grid.cells[c.row]?.[c.col]?.value ?? null).toBeNull();
    expect(JSON.stringify(grid.cells)).toBe(before);

    // The officer keeps notes of their own right of the table, on that row: the note goes past them, with its heading.
    grid.cells[orphan][10] = { value: "catatan petugas" };
    grid.cells[orphan][11] = { value: "lagi" };
    const past = buildDataPendukungAdditions(model, grid, matchDataPendukung(model, data, "Data Pendukung"))!;
    expect(past.cells.find((c) => c.row === orphan)?.col).toBe(12);
    expect(past.cells.find((c) => c.row === header && c.col === 12)?.cell.value).toBe(ORPHAN_NOTE_HEADING);
    for (const c of past.cells) expect(grid.cells[c.row]?.[c.col]?.value ?? null).toBeNull();
  });

  it("a re-run finds its own note column again: no second note, no new column, and an old note is reported", () => {
    const { grid, header, orphan } = withOrphanRow();
    const model = seedModel();
    const plan = () => {
      const { data } = readDataPendukung(grid);
      return planDataPendukungAdditions(model, grid, matchDataPendukung(model, data, "Data Pendukung"));
    };
    // The first run writes the heading and the note in column K (10), as the writers then hold them.
    const first = plan();
    const written = first.spec!.cells.filter((c) => c.col === 10);
    expect(written.map((c) => c.row)).toEqual([header, orphan]);
    for (const c of written) (grid.cells[c.row] ??= [])[c.col] = { value: c.cell.value as string };
    // The second run on that workbook: nothing more to write, nothing reported as old.
    const second = plan();
    expect(second.spec).toBeNull();
    expect(second.findings).toEqual([]);
    // The officer empties the row (its entry moved elsewhere): the note beside it is old now, and named, not erased.
    grid.cells[orphan][1] = { value: null };
    grid.cells[orphan][2] = { value: null };
    const third = plan();
    expect(third.spec?.cells.some((c) => c.row === orphan) ?? false).toBe(false);
    expect(third.findings).toHaveLength(1);
    expect(third.findings[0]).toMatchObject({
      rule: "data-pendukung-stale-note",
      severity: "info",
      sheet: "Data Pendukung",
      cell: `K${orphan + 1}`,
    });
    expect(third.findings[0].message).toContain(`K${orphan + 1}`);
  });

  it("a sorted indikator table keeps the name the officer gave an unnamed indikator: rows go by their No", () => {
    const { model, tk, grid, rows, unnamed } = officerNamesUnnamedIndikator();
    grid.cells[unnamed][3] = { value: "kasus" };
    const named = (g: Grid) => {
      const m = matchDataPendukung(model, readDataPendukung(g).data, "Data Pendukung");
      return m.indikator.get(tk.indikator[1]);
    };
    expect(named(grid)).toMatchObject({ how: "posisi", data: { indikator: "Jumlah kasus PHK yang dimediasi" } });
    // The officer sorts the table's rows (No column included) by Indikator Kinerja, as the sheet allows.
    const sorted = rows
      .map((r) => grid.cells[r])
      .sort((a, b) => String(a[2]?.value).localeCompare(String(b[2]?.value)));
    expect(sorted.map((r) => r[0]?.value)).not.toEqual(rows.map((r) => grid.cells[r][0]?.value));
    rows.forEach((r, i) => (grid.cells[r] = sorted[i]));
    expect(named(grid)).toMatchObject({
      how: "posisi",
      data: { indikator: "Jumlah kasus PHK yang dimediasi", satuan: "kasus" },
    });
  });

  it("an unnamed indikator whose sasaran lost an indikator in the source keeps the row the officer named, reported", () => {
    const { model, tk, grid } = officerNamesUnnamedIndikator();
    const data = () => readDataPendukung(grid).data;
    // Both indikator still there: the named one by its name, the unnamed one by its place, surely.
    expect(matchDataPendukung(model, data(), "Data Pendukung").indikator.get(tk.indikator[1])).toMatchObject({
      how: "posisi",
      certain: true,
    });
    // The office drops the first indikator: the unnamed one is now first under its sasaran, where the dropped one's
    // row is. That row holds the dropped indikator's own name (the template's read-only cell): never the unnamed
    // one's, whose figures it would print under a name the source no longer has (probe dp25 F1). The row the officer
    // named stays its own, reported; the dropped one's is reported as matching nothing.
    const dropped = tk.indikator.shift()!;
    const match = matchDataPendukung(model, data(), "Data Pendukung");
    expect(match.indikator.get(tk.indikator[0])).toMatchObject({
      how: "posisi",
      certain: false,
      data: { indikator: "Jumlah kasus PHK yang dimediasi" },
    });
    expect(match.orphans.map((o) => o.name)).toEqual([dropped.name]);
    expect(match.findings.map((f) => f.messageKey)).toContain("data-pendukung-uncertain.unnamed");
  });

  it("an unnamed indikator keeps the row the officer named when its sasaran is reworded like another one (dp25 F2)", () => {
    // As in the sample: the sasaran before it is `Meningkatnya Penempatan Tenaga Kerja`.
    const { model, tk, grid } = officerNamesUnnamedIndikator((m) => {
      m.tujuan.flatMap((t) => t.sasaran)[2].name = "Meningkatnya Penempatan Tenaga Kerja";
    });
    // Reworded as the probe's officer did: its old name in Data Pendukung is now nearer that other sasaran's.
    tk.name = "Terwujudnya Jaminan Sosial dan Perlindungan Pekerja";
    const match = matchDataPendukung(model, readDataPendukung(grid).data, "Data Pendukung");
    expect(match.indikator.get(tk.indikator[1])).toMatchObject({
      data: { indikator: "Jumlah kasus PHK yang dimediasi" },
    });
    expect(match.indikator.get(tk.indikator[0])).toMatchObject({ data: { indikator: tk.indikator[0].name } });
    expect(match.orphans.filter((o) => o.kind === "indikator")).toEqual([]);
  });

  it("an unnamed indikator keeps the row the officer named when its sasaran is reworded AND the indikator above it is dropped (dp26 D3)", () => {
    const { model, tk, grid } = officerNamesUnnamedIndikator((m) => {
      m.tujuan.flatMap((t) => t.sasaran)[2].name = "Meningkatnya Penempatan Tenaga Kerja";
    });
    tk.name = "Terwujudnya Jaminan Sosial dan Perlindungan Pekerja";
    const dropped = tk.indikator.shift()!;
    const match = matchDataPendukung(model, readDataPendukung(grid).data, "Data Pendukung");
    expect(match.indikator.get(tk.indikator[0])).toMatchObject({
      certain: false,
      data: { indikator: "Jumlah kasus PHK yang dimediasi" },
    });
    expect(match.orphans.filter((o) => o.kind === "indikator").map((o) => o.name)).toEqual([dropped.name]);
  });

  it("the row the officer named for an unnamed indikator stays its own when they delete a row above it", () => {
    const { model, tk, grid, rows, unnamed } = officerNamesUnnamedIndikator();
    // The officer deletes the named indikator's row right above: the rows under it move up by one.
    const deleted = rows[rows.indexOf(unnamed) - 1];
    expect(grid.cells[deleted][2]?.value).toBe(tk.indikator[0].name);
    grid.cells.splice(deleted, 1);
    const match = matchDataPendukung(model, readDataPendukung(grid).data, "Data Pendukung");
    // Its name is no name of the source's: it was given to the unnamed one, not to the indikator now at its place.
    expect(match.indikator.get(tk.indikator[1])).toMatchObject({
      certain: false,
      data: { indikator: "Jumlah kasus PHK yang dimediasi" },
    });
    expect(match.indikator.get(tk.indikator[0])).toBeUndefined();
    expect(match.findings.map((f) => f.messageKey)).toContain("data-pendukung-uncertain.unnamed");
  });

  it("rows are matched by their place when the officer reorders nothing but the source renames, by kode for programs", () => {
    const model = seedModel();
    const program = model.tujuan[2].sasaran[0].program[0];
    program.kode = "2.07.05";
    const dp = readDataPendukung(specToGrid(buildDataPendukungTemplate(model))).data;
    dp.program = dp.program!.map((p) =>
      p.program === program.name ? { ...p, kode: "2.07.05", program: "Nama lama program", sumberDana: "DAU" } : p,
    );
    const match = matchDataPendukung(model, dp, "Data Pendukung");
    expect(match.program.get(program)).toMatchObject({ how: "kode", certain: true });
    expect(match.program.get(program)?.data.sumberDana).toBe("DAU");
  });

  it("a program whose name the source lengthened keeps its row, reported; a name shared by two is taken by neither (dp25 F6)", () => {
    const model = seedModel();
    const program = model.tujuan[2].sasaran[0].program[0];
    const dp = readDataPendukung(specToGrid(buildDataPendukungTemplate(model))).data;
    const row = dp.program!.find((p) => p.program === program.name)!;
    row.sumberDana = "DAU";
    program.name = `${program.name} DAN PERLUASAN KESEMPATAN KERJA`;
    const match = matchDataPendukung(model, dp, "Data Pendukung");
    expect(match.program.get(program)).toMatchObject({ how: "kemiripan", certain: false, data: { sumberDana: "DAU" } });
    // Two programs that both begin with the row's name: which one it was is not known.
    const other = model.tujuan
      .flatMap((t) => t.sasaran)
      .flatMap((x) => x.program)
      .find((p) => p !== program && p.name !== program.name)!;
    other.name = `${row.program} DAN PENGEMBANGAN KAPASITAS LEMBAGA`;
    const both = matchDataPendukung(model, dp, "Data Pendukung");
    expect(both.program.get(program)).toBeUndefined();
    expect(both.program.get(other)).toBeUndefined();
  });

  it("two rows naming one program: the lowest is used and the other named, never called unmatched (dp35 D1)", () => {
    const model = seedModel();
    const program = model.tujuan[2].sasaran[0].program[0];
    const dp = readDataPendukung(specToGrid(buildDataPendukungTemplate(model))).data;
    const row = dp.program!.find((p) => p.program === program.name)!;
    row.sumberDana = "DANA LAMA";
    // The officer's old row renamed to the name a later run added a row for, with the newer entry.
    const later = { ...row, sumberDana: "DANA BARU", cell: "B44", row: 43 };
    dp.program = [...dp.program!, later];
    const match = matchDataPendukung(model, dp, "Data Pendukung");
    expect(match.program.get(program)).toMatchObject({ how: "nama", certain: true, data: { sumberDana: "DANA BARU" } });
    expect(match.orphans).toEqual([]);
    const said = match.findings.filter((f) => f.sheet === "Data Pendukung");
    expect(said.map((f) => [f.cell, f.messageKey])).toEqual([[row.cell, "data-pendukung-uncertain.duplicate"]]);
    expect(said[0].message).toContain(`Yang dipakai isian baris B44`);
  });

  it("names alike as people retype them are alike; other indikator are not alike enough to be taken elsewhere", () => {
    expect(nameSimilarity("Persentase Izin Yang Tepat Waktu", "persentase izin yang tepat  waktu.")).toBe(1);
    expect(
      nameSimilarity("Persentase Izin Yang Tepat Waktu", "Persentase Izin yang Diterbitkan Tepat Waktu"),
    ).toBeGreaterThan(0.75);
    expect(nameSimilarity(IND4A, "Persentase penurunan kasus perselisihan hubungan industrial")).toBeLessThan(0.75);
    expect(nameSimilarity("Indeks Kepuasan Masyarakat", "Persentase Izin Yang Tepat Waktu")).toBeLessThan(0.3);
    expect(nameSimilarity("", "apa saja")).toBe(0);
  });

  it("the renaming seen between the 2021 and 2022 seeds is matched at its place and reported", () => {
    const { grid } = filledTemplate();
    const { data } = readDataPendukung(grid);
    const renamed = seedModel();
    renamed.tujuan[0].sasaran[0].indikator[0].name = "Persentase Potensi dan Peluang Investasi yang Dipromosikan";
    const match = matchDataPendukung(renamed, data, "Data Pendukung");
    expect(match.indikator.get(renamed.tujuan[0].sasaran[0].indikator[0])).toMatchObject({
      how: "posisi",
      certain: false,
    });
    expect(match.orphans).toEqual([]);
    // Two indikator of one sasaran keep their own rows even though their names share words.
    const ss4 = renamed.tujuan[2].sasaran[0].indikator;
    expect(match.indikator.get(ss4[0])?.data.indikator).toBe(ss4[0].name);
    expect(match.indikator.get(ss4[1])?.data.indikator).toBe(ss4[1].name);
  });

  it("a sasaran replaced in the source does not take the old one's rows by its place: they are kept and reported", () => {
    const model = seedModel();
    const old = model.tujuan[2].sasaran[0];
    const dp = readDataPendukung(specToGrid(buildDataPendukungTemplate(model))).data;
    // Only the word every sasaran begins with in common (0,54 alike by character pairs; taken by place before).
    old.name = "Meningkatnya Kinerja Lembaga dan Aparatur";
    expect(
      nameSimilarity(old.name, "Meningkatnya Penempatan Tenaga Kerja Pada Sektor Formal dan Informal"),
    ).toBeGreaterThan(0.3);
    expect(
      sasaranSimilarity(old.name, "Meningkatnya Penempatan Tenaga Kerja Pada Sektor Formal dan Informal"),
    ).toBeLessThan(0.3);
    const match = matchDataPendukung(model, dp, "Data Pendukung");
    expect(match.sasaran.get(old)).toBeUndefined();
    // A sasaran renamed a little is still its own row, at its place.
    const renamed = seedModel();
    const s0 = renamed.tujuan[0].sasaran[0];
    s0.name = `${s0.name} Daerah`;
    expect(matchDataPendukung(renamed, dp, "Data Pendukung").sasaran.get(s0)).toMatchObject({ how: "posisi" });
  });
});
