import { recognise } from "../../../../src/core/layout/recognise";
import { buildSheet } from "../helpers/seedLayout";
import { seedTw1, seedTw4 } from "../helpers/seedData";

test("smoke", () => {
  for (const s of [seedTw1(), seedTw4()]) {
    const built = buildSheet(s.tujuan, { title: s.title, signature: s.signature, numbers: s.name.includes("IV") ? "typed" : "text" });
    const res = recognise(built.grid);
    if (!res.model) { console.log(res); continue; }
    const m = res.model;
    const lines: string[] = [JSON.stringify({ tw: m.triwulan, th: m.tahun, cols: m.columns, h: m.headerRows, d: m.dataRows, built: [built.firstDataRow, built.lastDataRow] })];
    for (const t of m.tujuan) {
      lines.push(`T ${t.no} ${t.name} ${t.cell} it=${t.indikatorTujuan}`);
      for (const sa of t.sasaran) {
        lines.push(`  S ${sa.name} ${sa.cell}`);
        for (const i of sa.indikator) lines.push(`    I ${i.name} ${i.cell} f=${JSON.stringify(i.formulasi)} t=${i.target.map(x=>x?.value.toString()).join("/")} r=${i.realisasi?.value} c=${i.capaian?.value} p=${i.persen}`);
        for (const p of sa.program) {
          lines.push(`    P ${p.name} ${p.cell} ${p.pagu?.value} ${p.levelEvidence}`);
          for (const k of p.kegiatan) {
            lines.push(`      K ${k.name.slice(0,40)} ${k.cell} ${k.pagu?.value} ${k.levelEvidence}`);
            for (const sk of k.subKegiatan) lines.push(`        SK ${sk.name.slice(0,40)} ${sk.cell} ${sk.pagu?.value} ${sk.levelEvidence}`);
          }
        }
      }
    }
    for (const f of m.findings) lines.push(`F ${f.rule} ${f.cell} ${f.message}`);
    console.log(lines.join("\n"));
  }
});
