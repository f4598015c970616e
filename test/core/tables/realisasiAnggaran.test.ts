import { capaianAnggaran } from "../../../src/core/formulas";
import { toA1 } from "../../../src/core/grid/address";
import { buildLkjip, buildLkjipSheets } from "../../../src/core/tables/buildLkjip";
import { cellOf, evaluateCell, referencedCells } from "./formulaEval";
import { indikator, kegiatan, model, program, sasaran, seedModel, subKegiatan, tujuan } from "./factory";
import { sheet, table } from "./specHelpers";

describe("Tabel 3.N Realisasi Anggaran", () => {
  const ra = sheet(
    buildLkjipSheets({ model: seedModel(), findings: [], dataPendukung: null }),
    "LKjIP Realisasi Anggaran",
  );
  const t = table(ra, "3.33");
  const rows = Array.from({ length: t.bottom - t.firstData + 1 }, (_, i) => t.firstData + i);
  const no = (r: number) => cellOf(ra, r, 0)?.value ?? null;
  const uraian = (r: number) => cellOf(ra, r, 1)?.value ?? null;

  it("letters programs, numbers kegiatan, and numbers each kegiatan's sub kegiatan after it (2.1 under kegiatan 2)", () => {
    const listed = rows.filter((r) => uraian(r) !== null && !cellOf(ra, r, 1)?.italic).map((r) => [no(r), uraian(r)]);
    expect(listed.slice(0, 9)).toEqual([
      [null, "BELANJA DAERAH"],
      ["A", "PROGRAM PENANAMAN MODAL (GABUNGAN TABEL 3.5)"],
      ["B", "PROGRAM PELAYANAN PENANAMAN MODAL"],
      ["C", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"],
      ["D", "PROGRAM HUBUNGAN INDUSTRIAL"],
      ["1", "Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama"],
      ["1.1", "Pengesahan Peraturan Perusahaan bagi Perusahaan"],
      ["1.2", "Penyelenggaraan Pendataan dan Informasi Sarana Hubungan Industrial"],
      ["2", "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial"],
    ]);
    expect(listed[9]).toEqual(["2.1", "Pencegahan Perselisihan Hubungan Industrial"]);
    const programRow = rows.find((r) => no(r) === "A")!;
    expect(cellOf(ra, programRow, 1)?.bold).toBe(true);
    expect(cellOf(ra, programRow + 5, 1)?.bold).toBeFalsy();
  });

  it("totals BELANJA DAERAH from the program rows only", () => {
    const total = t.firstData;
    const programRows = rows.filter((r) => /^[A-Z]$/.test(String(no(r))));
    expect(referencedCells(cellOf(ra, total, 2)!.formula!)).toEqual(programRows.map((r) => ({ row: r, col: 2 })));
    expect(cellOf(ra, total, 2)?.result).toBe(681067100 + 276649300 + 10931433866 + 202248000 + 268644500);
    expect(evaluateCell(ra, total, 3)).toBeCloseTo(530921722 + 260966450 + 10377143130.77 + 194837360 + 263538600, 2);
    expect(cellOf(ra, total, 3)?.numFmt).toBe("#,##0.00");
    expect(cellOf(ra, total, 2)?.numFmt).toBe("#,##0");
  });

  it("computes each % as realisasi / anggaran of its row, as capaianAnggaran gives it", () => {
    const c = rows.find((r) => no(r) === "C")!;
    expect(cellOf(ra, c, 4)?.formula).toBe(`IF(${toA1(c, 2)}=0,"",${toA1(c, 3)}/${toA1(c, 2)})`);
    expect(cellOf(ra, c, 4)?.result).toBe(capaianAnggaran("10377143130.77", 10931433866).div(100).toNumber());
    expect(cellOf(ra, c, 3)).toMatchObject({ value: 10377143130.77, numFmt: "#,##0.00" });
  });
});

describe("Realisasi Anggaran on paper", () => {
  it("never leaves a program or kegiatan row alone at a page's foot: it goes with its first item", () => {
    // Programs of varying size, so that page ends fall on every kind of row somewhere.
    const programs = Array.from({ length: 30 }, (_, p) =>
      program(
        `PROGRAM ${p + 1}`,
        1_000_000,
        500_000,
        Array.from({ length: 1 + (p % 4) }, (_, k) =>
          kegiatan(
            `Kegiatan ${p + 1}.${k + 1}`,
            1_000_000,
            500_000,
            Array.from({ length: (p + k) % 5 }, (_, s) => subKegiatan(`Sub ${p + 1}.${k + 1}.${s + 1}`, 1_000, 500)),
          ),
        ),
      ),
    );
    const m = model([tujuan("Tujuan", [sasaran("Sasaran", [indikator("Indikator", 90, 95)], programs)])]);
    const ra = sheet(buildLkjipSheets({ model: m, findings: [], dataPendukung: null }), "LKjIP Realisasi Anggaran");
    const level = (r: number) => {
      const no = String(cellOf(ra, r, 0)?.value ?? "");
      return /^[A-Z]+$/.test(no) ? "program" : /^\d+$/.test(no) ? "kegiatan" : /^\d+\.\d+$/.test(no) ? "sub" : null;
    };
    const breaks = ra.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    const alone = breaks.filter(
      (b) =>
        (level(b - 1) === "program" && level(b) === "kegiatan") || (level(b - 1) === "kegiatan" && level(b) === "sub"),
    );
    expect(alone).toEqual([]);
  });
});

describe("a program whose pagu or realisasi could not be read", () => {
  /** The seed with PROGRAM HUBUNGAN INDUSTRIAL's realisasi a SUM short by a number typed as text: not read. */
  function unread() {
    const m = seedModel();
    const p = m.tujuan[2].sasaran[0].program[0];
    p.realisasi = null;
    p.unreadable = ["realisasiAnggaran"];
    return { m, p, built: buildLkjip({ model: m, findings: [], dataPendukung: null }) };
  }

  it("leaves BELANJA DAERAH's realisasi and % empty rather than short, says why, and keeps the pagu total", () => {
    const { p, built } = unread();
    const ra = sheet(built.specs, "LKjIP Realisasi Anggaran");
    const t = table(ra, "3.33");
    expect(cellOf(ra, t.firstData, 1)?.value).toBe("BELANJA DAERAH");
    expect(cellOf(ra, t.firstData, 2)?.formula).toMatch(/^SUM\(/);
    expect(cellOf(ra, t.firstData, 3)).toMatchObject({ value: null });
    expect(cellOf(ra, t.firstData, 3)?.formula).toBeUndefined();
    expect(cellOf(ra, t.firstData, 4)?.formula).toBeUndefined();
    const said = built.findings.filter((f) => f.messageKey === "table-cell-empty.unreadable-realisasi");
    expect(said.map((f) => f.message)).toContainEqual(
      expect.stringMatching(/^Tabel 3\.33: kolom REALISASI dibiarkan kosong untuk "BELANJA DAERAH", karena realisasi/),
    );
    expect(said[0].cell).toBe(p.cell.replace(/^[A-Z]+/, "M"));
  });

  it("leaves the sasaran's capaian anggaran empty with that reason, not 'no realisasi in the sheet'", () => {
    const { built } = unread();
    const keys = built.findings.map((f) => f.messageKey);
    expect(keys).toContain("table-cell-empty.unreadable-realisasi");
    expect(keys).not.toContain("table-cell-empty.no-realisasi");
    const ss4 = built.findings.find(
      (f) => f.messageKey === "table-cell-empty.unreadable-realisasi" && f.message.includes("Tabel 3.29"),
    );
    expect(ss4?.message).toContain("realisasi anggaran sebuah programnya tidak terbaca");
  });
});

describe("a program whose pagu could not be read, in the Alokasi tables", () => {
  /** The seed with PROGRAM HUBUNGAN INDUSTRIAL's pagu not read; Data Pendukung gives no total anggaran. */
  function unreadPagu() {
    const m = seedModel();
    const p = m.tujuan[2].sasaran[0].program[0];
    p.pagu = null;
    p.unreadable = ["pagu"];
    return buildLkjip({ model: m, findings: [], dataPendukung: null });
  }

  it("leaves every sasaran's share empty (the total of all pagu would be short) and says why at each", () => {
    const built = unreadPagu();
    const alokasi = built.specs.flatMap((s) =>
      s.cells.filter((c) => typeof c.cell.value === "string" && c.cell.value.startsWith("% ANGGARAN THD")),
    );
    expect(alokasi.length).toBeGreaterThan(1);
    // No total named in the header: the one the engine could add up would leave that program out.
    for (const c of alokasi) expect(c.cell.value).toBe("% ANGGARAN THD ANGGARAN PERANGKAT DAERAH");
    const said = built.findings.filter(
      (f) => f.messageKey === "table-cell-empty.unreadable-pagu" && f.message.includes("kolom % Anggaran"),
    );
    expect(said).toHaveLength(alokasi.length);
    const notes = built.specs.flatMap((s) =>
      s.cells.map((c) => c.cell.value).filter((v) => typeof v === "string" && v.includes("% Anggaran tidak dihitung")),
    );
    expect(notes).toHaveLength(alokasi.length);
    expect(notes).toContainEqual(expect.stringContaining("jadi jumlah anggaran sasaran ini akan kurang"));
  });
});

describe("Alokasi per-Sasaran with several indikator", () => {
  it("lists them in one cell, one per line, beside the programs (no indikator reads as its neighbour program's)", () => {
    const m = seedModel();
    const s = m.tujuan[0].sasaran[0];
    s.indikator = [s.indikator[0], { ...s.indikator[0], name: "Jumlah investor baru", cell: "C99" }];
    const built = buildLkjip({ model: m, findings: [], dataPendukung: null });
    const spec = built.specs.find((x) => x.cells.some((c) => c.cell.value === "Alokasi per-Sasaran Pembangunan"))!;
    const cell = spec.cells.find((c) => typeof c.cell.value === "string" && c.cell.value.startsWith("1. "))!;
    expect(cell.cell.value).toBe(`1. ${s.indikator[0].name}\n2. Jumlah investor baru`);
    expect(cell.cell.sources).toEqual(expect.arrayContaining([s.indikator[0].cell, "C99"]));
    const merge = spec.merges.find((r) => r.top === cell.row && r.left === 1 && r.right === 1)!;
    expect(merge.bottom - merge.top + 1).toBe(Math.max(2, s.program.length));
  });
});
