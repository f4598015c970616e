import { recognise } from "../../../../src/core/layout/recognise";
import { buildSheet, BudgetRowData, TujuanData } from "../helpers/seedLayout";

function fmt(n: number): string { return n.toLocaleString("de-DE"); }
function row(level: BudgetRowData["level"], uraian: string, pagu: number): BudgetRowData {
  return { level, uraian, pagu: fmt(pagu), kas: [fmt(pagu), "-", "-", "-"], realisasi: fmt(Math.floor(pagu / 2)), capaian: "50,00" };
}
function data(programs: number, kegiatan: number, subs: number, broken = false): TujuanData[] {
  const budget: BudgetRowData[] = [];
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
  for (let p = 0; p < programs; p++) {
    const ks: BudgetRowData[][] = [];
    let ptotal = 0;
    for (let k = 0; k < kegiatan; k++) {
      const ss = Array.from({ length: subs }, (_, s) => row("subKegiatan", `Sub ${p}.${k}.${s}`, (rnd() % 100000) * 1000));
      const total = ss.reduce((a, b) => a + Number(b.pagu.replace(/\./g, "")), 0) + (broken ? 1000 : 0);
      ptotal += total;
      ks.push([row("kegiatan", `Kegiatan ${p}.${k}`, total), ...ss]);
    }
    budget.push(row("program", `PROGRAM ${p}`, ptotal), ...ks.flat());
  }
  return [{ no: "1", name: "Tujuan", indikatorTujuan: "", sasaran: [{ name: "Sasaran", indikator: [{ name: "Ind", formulasi: [], target: ["1%", "1%", "1%", "1%"], realisasi: "1%", capaian: "100%" }], budget }] }];
}
test.each([
  ["200x10x10", 200, 10, 10, false],
  ["1x1x20000", 1, 1, 20000, false],
  ["1x10000x2", 1, 10000, 2, false],
  ["200x10x10 broken", 200, 10, 10, true],
  ["1x100x200 broken", 1, 100, 200, true],
])("%s", (label, p, k, s, broken) => {
  const built = buildSheet(data(p as number, k as number, s as number, broken as boolean), { numbers: "typed" });
  const t0 = Date.now();
  const r = recognise(built.grid);
  const ms = Date.now() - t0;
  const m = r.model!;
  const progs = m.tujuan[0].sasaran[0].program;
  console.log(label, ms, "ms", progs.length, progs.reduce((n, p) => n + p.kegiatan.length, 0), m.findings.length);
});
