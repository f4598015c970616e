import { periodeText } from "./periode";
import { PengukuranKinerjaModel } from "../../core/model/types";
import { SheetModel } from "../../core/model/sheetModel";
import { formatEvaluasiRenjaTree } from "./evaluasiRenjaTree";
import { countModel } from "../../core/model/counts";
import { TARGET_COLUMN_KEYS } from "../../core/model/columns";
import { nilaiOf, persenOf, rupiahOf } from "./angka";

/** A readable outline of one recognised sheet, numbers written the Indonesian way. */
export function formatModelTree(model: SheetModel): string[] {
  return model.layout === "evaluasi-renja" ? formatEvaluasiRenjaTree(model) : formatPengukuranKinerja(model);
}

/** Tujuan → sasaran → indikator and the programs of each sasaran. */
function formatPengukuranKinerja(model: PengukuranKinerjaModel): string[] {
  const c = countModel(model);
  const lines = [
    `Lembar "${model.sheet}" (${periodeText(model)})`,
    `  ${c.tujuan} tujuan, ${c.sasaran} sasaran, ${c.indikator} indikator, ${c.program} program, ${c.kegiatan} kegiatan, ${c.subKegiatan} sub kegiatan`,
  ];
  model.tujuan.forEach((t, ti) => {
    lines.push(`  Tujuan ${t.no ?? ti + 1} [${t.cell}] ${t.name || "(tanpa nama)"}`);
    for (const s of t.sasaran) {
      lines.push(`    Sasaran [${s.cell}] ${s.name || "(tanpa nama)"}`);
      for (const i of s.indikator) {
        // A range, a bound or a value on a scale as written (`90-95`, `≥ 80`, `BB`); a number the Indonesian way.
        const target = i.target
          .map((v, q) => {
            const k = i.kualitatif?.[TARGET_COLUMN_KEYS[q]]?.nilai;
            return k ?? i.targetRentang?.[q]?.text ?? i.targetBatas?.[q]?.text ?? nilaiOf(v, i.persen);
          })
          .join(" | ");
        const realisasi = i.kualitatif?.realisasiKinerja?.nilai ?? nilaiOf(i.realisasi, i.persen);
        const capaian = i.kualitatif?.capaianKinerja?.nilai ?? persenOf(i.capaian);
        lines.push(
          `      Indikator [${i.cell}] ${i.name || "(tanpa nama)"}: target TW I–IV ${target}; realisasi ${realisasi}; capaian ${capaian}`,
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
