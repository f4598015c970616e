import { SheetModel } from "../../core/model/types";
import { nilaiOf, persenOf, rupiahOf } from "./angka";

const ROMAWI = ["I", "II", "III", "IV"];

export interface NodeCounts {
  tujuan: number;
  sasaran: number;
  indikator: number;
  program: number;
  kegiatan: number;
  subKegiatan: number;
}

export function countNodes(model: SheetModel): NodeCounts {
  const c: NodeCounts = { tujuan: model.tujuan.length, sasaran: 0, indikator: 0, program: 0, kegiatan: 0, subKegiatan: 0 };
  for (const t of model.tujuan) {
    for (const s of t.sasaran) {
      c.sasaran++;
      c.indikator += s.indikator.length;
      for (const p of s.program) {
        c.program++;
        c.kegiatan += p.kegiatan.length;
        for (const k of p.kegiatan) c.subKegiatan += k.subKegiatan.length;
      }
    }
  }
  return c;
}

/** A readable outline of one recognised sheet, down to programs, numbers written the Indonesian way. */
export function formatModelTree(model: SheetModel): string[] {
  const c = countNodes(model);
  const periode = [
    model.triwulan ? `s/d Triwulan ${ROMAWI[model.triwulan - 1]}` : "triwulan tidak disebut",
    model.tahun ? `tahun ${model.tahun}` : "tahun tidak disebut",
  ].join(", ");
  const lines = [
    `Lembar "${model.sheet}" (${periode})`,
    `  ${c.tujuan} tujuan, ${c.sasaran} sasaran, ${c.indikator} indikator, ${c.program} program, ${c.kegiatan} kegiatan, ${c.subKegiatan} sub kegiatan`,
  ];
  model.tujuan.forEach((t, ti) => {
    lines.push(`  Tujuan ${t.no ?? ti + 1} [${t.cell}] ${t.name}`);
    for (const s of t.sasaran) {
      lines.push(`    Sasaran [${s.cell}] ${s.name}`);
      for (const i of s.indikator) {
        const target = i.target.map((v) => nilaiOf(v, i.persen)).join(" | ");
        lines.push(
          `      Indikator [${i.cell}] ${i.name || "(tanpa nama)"}: target TW I–IV ${target}; realisasi ${nilaiOf(i.realisasi, i.persen)}; capaian ${persenOf(i.capaian)}`,
        );
      }
      for (const p of s.program) {
        const kode = p.kode ? `${p.kode} ` : "";
        lines.push(
          `      Program [${p.cell}] ${kode}${p.name || "(tanpa nama)"}: pagu ${rupiahOf(p.pagu)}; realisasi ${rupiahOf(p.realisasi)}; capaian ${persenOf(p.capaian)}; ${p.kegiatan.length} kegiatan`,
        );
      }
    }
  });
  return lines;
}
