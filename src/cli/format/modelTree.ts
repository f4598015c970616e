import { PengukuranKinerjaModel } from "../../core/model/types";
import { SheetModel } from "../../core/model/sheetModel";
import { formatEvaluasiRenjaTree } from "./evaluasiRenjaTree";
import { countModel } from "../../core/model/counts";
import { nilaiOf, persenOf, rupiahOf } from "./angka";

const ROMAWI = ["I", "II", "III", "IV"];

/** A readable outline of one recognised sheet, numbers written the Indonesian way. */
export function formatModelTree(model: SheetModel): string[] {
  return model.layout === "evaluasi-renja" ? formatEvaluasiRenjaTree(model) : formatPengukuranKinerja(model);
}

/** Tujuan → sasaran → indikator and the programs of each sasaran. */
function formatPengukuranKinerja(model: PengukuranKinerjaModel): string[] {
  const c = countModel(model);
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
