import { gridsOf } from "../test/file/gridsOf";
import { analyseWorkbook } from "../src/core/pipeline";
import { readErData, ER_HANDMADE_PATH, ER_EXPORT_PATH, ER_EXPORT_HTML_PATH } from "./sample-er/data";
import { ErNode } from "../src/core/model/evaluasiRenja";
(async () => {
  const data = readErData();
  const levelOf = new Map<string, string>();
  let total = 0;
  for (const t of data.tujuan) for (const sa of t.sasaran) for (const p of sa.program) {
    levelOf.set(p.uraian, "program"); levelOf.set(p.nomenklatur, "program"); total++;
    for (const k of p.kegiatan) {
      levelOf.set(k.uraian, "kegiatan"); levelOf.set(k.nomenklatur, "kegiatan"); total++;
      for (const x of k.subKegiatan) { levelOf.set(x.uraian, "subKegiatan"); levelOf.set(x.nomenklatur, "subKegiatan"); total++; }
    }
  }
  for (const file of [ER_HANDMADE_PATH, ER_EXPORT_PATH, ER_EXPORT_HTML_PATH]) {
    let grids;
    try { grids = await gridsOf(file); } catch (e) { console.log(file, "cannot read:", (e as Error).message); continue; }
    const a = analyseWorkbook(grids);
    for (const m of a.models) {
      if (m.layout !== "evaluasi-renja") continue;
      const got: string[] = [];
      const walk = (n: ErNode) => { if (["program", "kegiatan", "subKegiatan"].includes(n.level)) got.push(`${n.level} ${n.name}`); const k = n as any; for (const c of [...(k.bidang ?? []), ...(k.program ?? []), ...(k.kegiatan ?? []), ...(k.subKegiatan ?? [])]) walk(c); };
      [...m.urusan, ...m.bidang, ...m.program].forEach(walk);
      let ok = 0; const miss: string[] = [];
      for (const g of got) { const [lvl, ...rest] = g.split(" "); const name = rest.join(" "); if (levelOf.get(name) === lvl) ok++; else miss.push(`${g.slice(0, 80)} (data: ${levelOf.get(name)})`); }
      console.log(file.split("/").pop(), m.sheet, "urusan", m.urusan.length, "bidang", m.urusan.flatMap((u) => u.bidang).length + m.bidang.length, `levels ${ok}/${got.length} (data ${total})`, "tujuan", m.tujuan.length, "sasaran", m.tujuan.reduce((n, t) => n + t.sasaran.length, 0) + m.sasaran.length, "tw", m.triwulan, "findings", m.findings.map((f) => `${f.rule}@${f.cell}`).join(" "));
      for (const x of miss.slice(0, 8)) console.log("  ", x);
    }
    for (const s of a.skipped) console.log("  skipped", s.sheet, s.reason);
  }
})();
