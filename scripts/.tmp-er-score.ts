import fs from "node:fs";
import { gridsOf } from "../test/file/gridsOf";
import { analyseWorkbook } from "../src/core/pipeline";
import { EvaluasiRenjaModel, ErNode } from "../src/core/model/evaluasiRenja";
import { fromA1, toA1 } from "../src/core/grid/address";

function nodes(m: EvaluasiRenjaModel): ErNode[] {
  const out: ErNode[] = [];
  const walk = (n: ErNode) => {
    out.push(n);
    const k = n as any;
    for (const c of [...(k.bidang ?? []), ...(k.program ?? []), ...(k.kegiatan ?? []), ...(k.subKegiatan ?? [])]) walk(c);
  };
  [...m.urusan, ...m.bidang, ...m.program].forEach(walk);
  return out;
}
(async () => {
  const files = process.argv.slice(2);
  for (const file of files) {
    const truthFile = file.replace(/\.xlsx$/, ".truth.json");
    const truth = fs.existsSync(truthFile) ? JSON.parse(fs.readFileSync(truthFile, "utf8")) : null;
    const grids = await gridsOf(file);
    const a = analyseWorkbook(grids);
    console.log("==", file, "models", a.models.map((m) => `${m.sheet}:${m.layout}`), "skipped", a.skipped.map((s) => `${s.sheet}: ${s.reason}`));
    for (const m of a.models) {
      if (m.layout !== "evaluasi-renja") continue;
      const ns = nodes(m);
      console.log(" header", m.headerRows.map((r) => r + 1), "data", m.dataRows.map((r) => r + 1), "tw", m.triwulan, m.triwulanFrom, "tahun", m.tahun, "tujuan", m.tujuan.length, "sasaran", m.tujuan.reduce((n, t) => n + t.sasaran.length, 0) + m.sasaran.length, "totals", m.totals.map((t) => t.cell), "outside", JSON.stringify(m.outsideTotals), "amb", JSON.stringify(m.ambiguousColumns));
      console.log(" eq", m.equations.map((e) => `${e.text} sum=${e.sum} ratio=${JSON.stringify(e.ratio)}`));
      const sheetTruth = truth?.sheets.find((s: any) => s.sheet === m.sheet);
      if (!sheetTruth) continue;
      const byRow = new Map(ns.map((n) => [n.row + 1, n]));
      let ok = 0;
      const wrong: string[] = [];
      for (const r of sheetTruth.rows) {
        const n = byRow.get(r.row);
        if (n && n.level === r.level) ok++;
        else wrong.push(`row ${r.row} want ${r.level} got ${n?.level ?? "none"} ${r.name?.slice(0, 40)}`);
      }
      for (const c of sheetTruth.contextRows ?? []) {
        const n = byRow.get(c.row);
        if (!n || n.level !== c.level) wrong.push(`ctx row ${c.row} want ${c.level} got ${n?.level ?? "none"}`);
      }
      const truthRows = new Set([...sheetTruth.rows.map((r: any) => r.row), ...(sheetTruth.contextRows ?? []).map((c: any) => c.row)]);
      for (const n of ns) if (!truthRows.has(n.row + 1)) wrong.push(`extra node row ${n.row + 1} ${n.level} ${n.name.slice(0, 40)}`);
      console.log(` levels ${ok}/${sheetTruth.rows.length} = ${((ok / sheetTruth.rows.length) * 100).toFixed(1)}%; tujuan ${m.tujuan.length}/${sheetTruth.tujuanCount} sasaran ${m.tujuan.reduce((n, t) => n + t.sasaran.length, 0) + m.sasaran.length}/${sheetTruth.sasaranCount}; totals truth ${JSON.stringify(sheetTruth.totalRows)}`);
      for (const w of wrong.slice(0, 30)) console.log("   ", w);
      const outsideTruth = sheetTruth.rows.filter((r: any) => r.outsideTotals).map((r: any) => r.row);
      console.log(" outside truth", outsideTruth, "got", ns.filter((n) => n.outsideTotals).map((n) => n.row + 1));
      console.log(" findings", m.findings.map((f) => `${f.rule}@${f.cell}`).join(" "));
    }
  }
})();
