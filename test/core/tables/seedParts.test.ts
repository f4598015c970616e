import { buildLkjip } from "../../../src/core/tables/buildLkjip";
import { cellOf } from "./formulaEval";
import { RTL_SS1, seedDataPendukung, seedModel, SS1 } from "./factory";
import { sheet, table } from "./specHelpers";

/** The parts of the 2021 seed the tables must have: Tabel 2.2 KET., Rencana Tindak Lanjut, Tabel 3.4 header, 3.40 lines. */
describe("what the LKjIP 2021 seed has", () => {
  const { specs, findings } = buildLkjip({ model: seedModel(), findings: [], dataPendukung: seedDataPendukung() });
  const all = (name: string) => specs.filter((s) => s.name === name || s.name.startsWith("LKjIP Tabel 2"));

  it("Tabel 2.2 KET.: the sumber dana of each program, from Data Pendukung", () => {
    const cells = all("LKjIP Bab II").flatMap((s) => s.cells.map((c) => ({ s, ...c })));
    const ket = cells.find((c) => c.cell.value === "KET.")!;
    const rowOf = (name: string) => cells.find((c) => c.cell.value === name && c.s === ket.s)!.row;
    expect(cellOf(ket.s, rowOf("Program Penanaman Modal (gabungan Tabel 3.5)"), ket.col)?.value).toBe("DAU dan DAK");
    expect(cellOf(ket.s, rowOf("Program Hubungan Industrial"), ket.col)?.value).toBe("DAU");
    expect(findings.filter((f) => f.message.includes("Sumber Dana"))).toEqual([]);
  });

  it("Tabel 2.2 KET. left empty when Data Pendukung has no sumber dana, and Hasil Pemeriksaan says where to fill it", () => {
    const dp = { ...seedDataPendukung(), program: [] };
    const built = buildLkjip({ model: seedModel(), findings: [], dataPendukung: dp });
    const f = built.findings.find((x) => x.message.includes('"Sumber Dana"'))!;
    expect(f.rule).toBe("table-cell-empty");
    expect(f.message).toContain("Tabel 2.2");
  });

  it("the Rencana Tindak Lanjut of a sasaran follows its Keberhasilan/Kegagalan table; none is printed while empty", () => {
    const ss1 = sheet(specs, "LKjIP SS I");
    const t7 = table(ss1, "3.7");
    const heading = ss1.cells.find((c) => c.cell.value === "Rencana Tindak Lanjut")!;
    expect(heading.row).toBeGreaterThan(t7.top);
    expect(heading.row).toBeLessThan(table(ss1, "3.8").top);
    expect(cellOf(ss1, heading.row - 1, 0)?.value).toBe(`Sasaran Strategis I: ${SS1}`);
    expect(cellOf(ss1, heading.row + 1, 0)?.value).toBe(RTL_SS1);
    const ss2 = sheet(specs, "LKjIP SS II");
    expect(ss2.cells.some((c) => c.cell.value === "Rencana Tindak Lanjut")).toBe(false);
    expect(findings.find((f) => f.message.includes("Rencana Tindak Lanjut"))?.message).toContain(
      "Sasaran Strategis II",
    );
  });

  it("Tabel 3.4 states the office's total budget in its header, as the seed does", () => {
    const ss1 = sheet(specs, "LKjIP SS I");
    const t = table(ss1, "3.4");
    expect([...t.columns.keys()]).toContain("% ANGGARAN THD ANGGARAN PERANGKAT DAERAH (Rp 13.255.734.286)");
  });

  it("Realisasi Anggaran: BELANJA DAERAH, BELANJA OPERASI and BELANJA PEGAWAI, then the programs", () => {
    const ra = sheet(specs, "LKjIP Realisasi Anggaran");
    const t = table(ra, "3.33");
    const lines = [0, 1, 2, 3].map((i) => cellOf(ra, t.firstData + i, 1)?.value);
    expect(lines).toEqual([
      "BELANJA DAERAH",
      "BELANJA OPERASI",
      "BELANJA PEGAWAI",
      "PROGRAM PENANAMAN MODAL (GABUNGAN TABEL 3.5)",
    ]);
    expect(cellOf(ra, t.firstData + 1, 2)?.value).toBe(13255734286);
    expect(cellOf(ra, t.firstData + 2, 3)?.value).toBe(8977751609);
    expect(cellOf(ra, t.firstData + 2, 4)?.result).toBeCloseTo(8977751609 / 9359592767, 12);
    // Without the figures only BELANJA DAERAH, as before.
    const plain = buildLkjip({ model: seedModel(), findings: [], dataPendukung: null });
    const ra2 = sheet(plain.specs, "LKjIP Realisasi Anggaran");
    const t2 = table(ra2, "3.33");
    expect(cellOf(ra2, t2.firstData + 1, 1)?.value).toBe("PROGRAM PENANAMAN MODAL (GABUNGAN TABEL 3.5)");
  });
});
